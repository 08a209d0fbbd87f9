import Losses
import Testing

/// The reference values printed in LOSSES.md (6 decimals): agreement to 5e-7,
/// half a unit of the last printed digit.
@Suite struct ReferenceValueTests {
    static let printed = Tolerance(relative: 0, absolute: 5e-7)

    /// LOSSES.md section 5: pred, target, IoU, -ln IoU, L_giou, L_diou, L_ciou, L_eiou.
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
            #expect(Self.printed.agrees(a, e), "row \(row + 1) \(name): \(a) vs \(e)")
        }
    }

    @Test func logIoUOfDisjointBoxesIsInfiniteWithUndefinedGradient() {
        let result = LogIoULoss().evaluate(prediction: Box(x1: 0, y1: 0, x2: 1, y2: 1), target: Box(x1: 2, y1: 2, x2: 3, y2: 3))
        #expect(result.value.isInfinite && result.value > 0)
        #expect(result.gradient.corners.allSatisfy { $0.isNaN })
    }

    /// LOSSES.md section 4 (torchvision formula, alpha 0.25, gamma 2).
    @Test(arguments: [
        (-2.0, 1.0, 0.412520), (-2.0, 0.0, 0.001353), (0.0, 1.0, 0.043322),
        (0.0, 0.0, 0.129965), (2.0, 1.0, 0.000451), (2.0, 0.0, 1.237559),
    ])
    func focalLossValues(logit: Double, target: Double, expected: Double) {
        let value = SigmoidFocalLoss().evaluate(logit: logit, target: target).value
        #expect(Self.printed.agrees(value, expected), "\(value) vs \(expected)")
    }
}
