import Foundation
@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// Seed 2.10: M = (N_j/N_i)^p below 1, C = (s_j/s_i)^q above 1, and S = M C
/// crosses 1 at (N_i/N_j)^(p/q), all read from SeesawLoss.factors.
@Suite struct SeesawFigureTests {
    func numbers() throws -> SeesawFigure.Numbers {
        try #require(try SeesawFigure().make(in: FigureContext()).data as? SeesawFigure.Numbers)
    }

    /// Relative agreement to 1e-12 (the factors pass through softmax and pow).
    func close(_ a: Double, _ b: Double) -> Bool {
        a.isApproximatelyEqual(to: b, absoluteTolerance: 1e-12, relativeTolerance: 1e-12)
    }

    @Test func mitigationIsTheCountRatioToThePBelowOne() throws {
        let m = try numbers().mitigation
        #expect(m.curves.map(\.exponent) == [0.2, 0.5, 0.8, 1])
        for family in m.curves {
            for (ratio, factor) in zip(m.countRatio, family.factor) {
                #expect(close(factor, ratio < 1 ? pow(ratio, family.exponent) : 1))
            }
        }
    }

    @Test func compensationIsTheScoreRatioToTheQAboveOne() throws {
        let c = try numbers().compensation
        #expect(c.curves.map(\.exponent) == [1, 2, 3])
        for family in c.curves {
            for (ratio, factor) in zip(c.scoreRatio, family.factor) {
                // s_j/s_i = exp(ln r) = r up to rounding: relative 1e-12.
                #expect(close(factor, ratio > 1 ? pow(ratio, family.exponent) : 1))
            }
        }
    }

    @Test func productProtectsTheTailUntilTheCrossing() throws {
        let product = try numbers().product
        #expect(product.p.isApproximatelyEqual(to: 0.8, absoluteTolerance: 1e-15) && product.q.isApproximatelyEqual(to: 2, absoluteTolerance: 1e-15))
        for curve in product.curves {
            #expect(close(curve.crossing, pow(1 / curve.countRatio, 0.4)))
            #expect(curve.factorAtCrossing.isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
            for (ratio, factor) in zip(product.scoreRatio, curve.factor) where abs(ratio / curve.crossing - 1) > 1e-9 {
                #expect((factor < 1) == (ratio < curve.crossing))
            }
        }
    }
}
