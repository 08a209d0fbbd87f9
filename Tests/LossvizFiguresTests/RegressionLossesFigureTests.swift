@testable import LossvizFigures
import Testing

/// The numbers `regression-losses` draws: L2's derivative grows, L1's is ±1
/// with autograd's 0 at 0, Smooth L1 is quadratic inside |x| < beta and linear outside.
@Suite struct RegressionLossesFigureTests {
    let tolerance = 1e-12

    func numbers() throws -> RegressionLossesFigure.Numbers {
        try #require(try RegressionLossesFigure().make(in: FigureContext()).data as? RegressionLossesFigure.Numbers)
    }

    func curve(_ name: String, in numbers: RegressionLossesFigure.Numbers) throws -> RegressionLossesFigure.Curve {
        try #require(numbers.curves.first { $0.loss == name })
    }

    @Test func drawsTheFourLossesOverMinusThreeToThree() throws {
        let n = try numbers()
        #expect(n.curves.map(\.loss) == ["l2", "l1", "smooth-l1", "huber"])
        #expect(abs(n.residual.first! + 3) < tolerance && abs(n.residual.last! - 3) < tolerance)
        #expect(n.residual.contains { abs($0) < 1e-15 })
        for curve in n.curves {
            #expect(curve.value.count == n.residual.count && curve.derivative.count == n.residual.count)
        }
    }

    @Test func l2GradientGrowsWithoutBound() throws {
        let n = try numbers()
        let l2 = try curve("l2", in: n)
        #expect(abs(n.l2DerivativeAtRangeEnd - 6) < tolerance)
        for (x, d) in zip(n.residual, l2.derivative) { #expect(abs(d - 2 * x) < tolerance) }
    }

    @Test func l1GradientIsConstantWithAutogradZeroAtZero() throws {
        let n = try numbers()
        let l1 = try curve("l1", in: n)
        #expect(abs(n.l1DerivativeAtZero) < tolerance)
        for (x, d) in zip(n.residual, l1.derivative) where abs(x) > 1e-12 {
            #expect(abs(abs(d) - 1) < tolerance)
        }
    }

    @Test func smoothL1IsQuadraticInsideBetaAndLinearOutside() throws {
        let n = try numbers()
        let smooth = try curve("smooth-l1", in: n), huber = try curve("huber", in: n)
        for (k, x) in n.residual.enumerated() {
            if abs(x) < n.beta {
                #expect(abs(smooth.value[k] - 0.5 * x * x / n.beta) < tolerance)
                #expect(abs(smooth.derivative[k] - x / n.beta) < tolerance)
            } else {
                #expect(abs(smooth.value[k] - (abs(x) - 0.5 * n.beta)) < tolerance)
                #expect(abs(abs(smooth.derivative[k]) - 1) < tolerance)
            }
            // Huber with delta = beta = 1 is the same curve.
            #expect(abs(huber.value[k] - smooth.value[k]) < tolerance)
        }
    }
}
