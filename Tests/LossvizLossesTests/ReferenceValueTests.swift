import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// The reference values printed in docs/losses.md (6 decimals): agreement to 5e-7,
/// half a unit of the last printed digit.
@Suite struct ReferenceValueTests {
    static func agreesWithPrinted(_ actual: Double, _ printed: Double) -> Bool {
        actual.agreesIncludingNaN(with: printed, absoluteTolerance: 5e-7)
    }

    /// docs/losses.md section 5: pred, target, IoU, -ln IoU, L_giou, L_diou, L_ciou, L_eiou.
    static let boxTable: [(Box, Box, [Double])] = [
        (Box(x1: 0, y1: 0, x2: 2, y2: 2), Box(x1: 1, y1: 1, x2: 3, y2: 3), [0.142857, 1.945910, 1.079365, 0.968254, 0.968254, 0.968254]),
        (Box(x1: 0, y1: 0, x2: 1, y2: 1), Box(x1: 2, y1: 2, x2: 3, y2: 3), [0, .infinity, 1.777778, 1.444444, 1.444444, 1.444444]),
        (Box(x1: 0, y1: 0, x2: 4, y2: 2), Box(x1: 1, y1: 0, x2: 3, y2: 2), [0.5, 0.693147, 0.5, 0.5, 0.503248, 0.75]),
        (Box(x1: 9.5, y1: 8.8, x2: 10.5, y2: 11.2), Box(x1: 9.5, y1: 9.5, x2: 10.5, y2: 10.5), [0.416667, 0.875469, 0.583333, 0.583333, 0.589260, 0.923611]),
    ]

    @Test(arguments: boxTable.indices)
    func boxLossTable(row: Int) {
        let (prediction, target, expected) = Self.boxTable[row]
        let losses: [any BoxLoss] = [IoULoss(), LogIoULoss(), GeneralizedIoULoss(), DistanceIoULoss(), CompleteIoULoss(), EfficientIoULoss()]
        let values = losses.map { $0.evaluate(prediction: prediction, target: target).value }
        let actual = [1 - values[0]] + values[1...]
        for (name, (a, e)) in zip(["IoU", "-ln IoU", "giou", "diou", "ciou", "eiou"], zip(actual, expected)) {
            #expect(Self.agreesWithPrinted(a, e), "row \(row + 1) \(name): \(a) vs \(e)")
        }
    }

    @Test func logIoUOfDisjointBoxesIsInfiniteWithUndefinedGradient() {
        let result = LogIoULoss().evaluate(prediction: Box(x1: 0, y1: 0, x2: 1, y2: 1), target: Box(x1: 2, y1: 2, x2: 3, y2: 3))
        #expect(result.value.isInfinite && result.value > 0)
        #expect(result.gradient.corners.allSatisfy { $0.isNaN })
    }

    /// Issue 9's example for the alpha-IoU distance penalty `(rho^2)^a / ((c^2)^a + eps)`
    /// (paper `rho^(2a)/c^(2a)`): a = 3, prediction (0,0,1,1), target (2,0,3,1),
    /// disjoint, `rho^2 = 4`, `c^2 = 3^2 + 1^2 = 10`. With eps = 0 the loss is
    /// `1 + (4/10)^3 = 1.064` (the authors' first upload gave `1 + 4^6/2^6/(3^6 + 1^6)
    /// = 1.0876712`). Its gradient by hand: `d(rho^6)/dx1 = 3 rho^4 (-2) = -96`,
    /// `d(c^6)/dx1 = 3 c^4 (2 C_w (-1)) = -1800`, so `dL/dx1 = (-96 * 1000 + 64 * 1800)/1000^2
    /// = 0.0192`, `dL/dx2 = -96/1000`; in y the centres agree and the enclosing
    /// height ties on both sides (half the gradient each): `dL/dy1 = -dL/dy2 = 64 * 300/1000^2`.
    /// With the default eps = 1e-7 the value is `1 - eps^3 + 64/(1000 + eps)`, 6.4e-12 below 1.064.
    @Test func alphaIoUDistancePenaltyIsThePapers() {
        let prediction = Box(x1: 0, y1: 0, x2: 1, y2: 1), target = Box(x1: 2, y1: 0, x2: 3, y2: 1)
        let exact = AlphaIoULoss(eps: 0, power: 3, penalty: .diou).evaluate(prediction: prediction, target: target)
        #expect(exact.value.isApproximatelyEqual(to: 1.064, absoluteTolerance: 1.064.ulp), "\(exact.value)")
        for (a, e) in zip(exact.gradient.corners, [0.0192, 0.0192, -0.096, -0.0192]) {
            #expect(a.isApproximatelyEqual(to: e, absoluteTolerance: 0, relativeTolerance: 1e-15), "\(exact.gradient.corners)")
        }
        let defaultEps = AlphaIoULoss(power: 3, penalty: .diou).evaluate(prediction: prediction, target: target).value
        #expect(defaultEps.isApproximatelyEqual(to: 1 - pow(1e-7, 3) + 64 / (1000 + 1e-7), absoluteTolerance: 1.064.ulp), "\(defaultEps)")
        let ciou = AlphaIoULoss(eps: 0, power: 3, penalty: .ciou).evaluate(prediction: prediction, target: target).value
        #expect(ciou.isApproximatelyEqual(to: 1.064, absoluteTolerance: 1.064.ulp), "equal shapes: v = 0, so ciou is diou: \(ciou)")
    }

    /// docs/losses.md section 4 (torchvision formula, alpha 0.25, gamma 2).
    @Test(arguments: [
        (-2.0, 1.0, 0.412520), (-2.0, 0.0, 0.001353), (0.0, 1.0, 0.043322),
        (0.0, 0.0, 0.129965), (2.0, 1.0, 0.000451), (2.0, 0.0, 1.237559),
    ])
    func focalLossValues(logit: Double, target: Double, expected: Double) {
        let value = SigmoidFocalLoss().evaluate(logit: logit, target: target).value
        #expect(Self.agreesWithPrinted(value, expected), "\(value) vs \(expected)")
    }
}
