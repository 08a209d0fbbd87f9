import Foundation
@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// Seed 2.9.1: the focal L1 gradient peaks at x = 1/(e beta), with height
/// alpha/(e beta), and vanishes for small errors.
@Suite struct FocalL1FigureTests {
    func numbers() throws -> FocalL1Figure.Numbers {
        try #require(try FocalL1Figure().make(in: FigureContext()).data as? FocalL1Figure.Numbers)
    }

    @Test func gradientPeaksAtOneOverEBeta() throws {
        let n = try numbers()
        #expect(n.curves.count == 4)
        for curve in n.curves {
            #expect(curve.peakX.isApproximatelyEqual(to: 1 / (M_E * curve.beta), absoluteTolerance: 1e-12))
            // The library's gradient there is alpha/(e beta) (relative 1e-12) ...
            #expect(curve.peakGradient.isApproximatelyEqual(to: n.alpha / (M_E * curve.beta), absoluteTolerance: 1e-12))
            // ... and the sampled maximum lies within one grid step (0.001) of it.
            #expect(abs(curve.sampledPeakX - curve.peakX) <= 0.001 + 1e-12)
        }
    }

    @Test func smallErrorsGetAlmostNoGradientAndLargeOnesAConstantOne() throws {
        let n = try numbers()
        for curve in n.curves {
            #expect(abs(curve.gradientMagnitude[0]) < 1e-15)
            // At x = 0.01 the gradient is -0.01 ln(0.01 beta) <= 0.057: under 6 % of L1's 1.
            let small = try #require(n.x.firstIndex { $0 >= 0.01 })
            #expect(curve.gradientMagnitude[small] < 0.06)
            for (k, x) in n.x.enumerated() where x > 1 {
                #expect(curve.gradientMagnitude[k].isApproximatelyEqual(to: -n.alpha * log(curve.beta), absoluteTolerance: 1e-12))
            }
        }
    }
}
