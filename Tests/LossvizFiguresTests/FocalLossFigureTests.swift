import Foundation
@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// Lin et al. Fig. 1: at p_t = 0.9 the focal loss with gamma 2 is 100x lower than CE.
@Suite struct FocalLossFigureTests {
    func numbers() throws -> FocalLossFigure.Numbers {
        try #require(try FocalLossFigure().make(in: FigureContext()).data as? FocalLossFigure.Numbers)
    }

    @Test func focalLossAtGammaTwoIsOneHundredTimesLowerAtPointNine() throws {
        let a = try numbers().annotation
        #expect(a.pT.isApproximatelyEqual(to: 0.9, absoluteTolerance: 1e-15) && a.gamma.isApproximatelyEqual(to: 2, absoluteTolerance: 1e-15))
        // (1 - 0.9)^-2 = 100; the library's values agree to rounding (relative 1e-12).
        #expect(a.ratio.isApproximatelyEqual(to: 100, absoluteTolerance: 1e-10))
        #expect(a.ce.isApproximatelyEqual(to: -log(0.9), absoluteTolerance: 1e-12))
    }

    @Test func curvesAreTheFiveGammasOfLinFigureOne() throws {
        let n = try numbers()
        #expect(n.curves.map(\.gamma) == [0, 0.5, 1, 2, 5])
        // FL = -(1 - p)^gamma ln p at every sample (absolute 1e-12).
        for curve in n.curves {
            for (p, loss) in zip(n.pT, curve.loss) {
                #expect(loss.isApproximatelyEqual(to: -pow(1 - p, curve.gamma) * log(p), absoluteTolerance: 1e-12))
            }
        }
    }

    @Test func wellClassifiedExamplesAreDownWeighted() throws {
        let n = try numbers()
        let ce = n.curves[0].loss
        // Larger gamma, smaller loss, everywhere in (0, 1).
        for k in n.pT.indices {
            for (lower, higher) in zip(n.curves.dropLast(), n.curves.dropFirst()) {
                #expect(higher.loss[k] < lower.loss[k])
            }
        }
        // At gamma = 2 the loss keeps over 80 % of CE at p_t = 0.1 but under 25 % beyond p_t = 0.5.
        let gamma2 = try #require(n.curves.first { $0.gamma == 2 })
        let at = { (p: Double) in try #require(n.pT.firstIndex { abs($0 - p) < 1e-12 }) }
        #expect(gamma2.loss[try at(0.1)] / ce[try at(0.1)] > 0.8)
        for k in n.pT.indices where n.pT[k] > 0.5 { #expect(gamma2.loss[k] / ce[k] < 0.25) }
    }
}
