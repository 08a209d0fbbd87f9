import LossvizLosses
import LossvizTestSupport
import Testing

/// The properties docs/losses.md section 1 lists for the IoU family.
@Suite struct PropertyTests {
    static let boxLossNames = LossCatalogue.descriptors.filter { $0.kind == .box }.map(\.name)

    static func randomPairs(seed: UInt64, count: Int = 50, spread: Double = 1) -> [(Box, Box)] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let random = { (range: ClosedRange<Double>) in Double.random(in: range, using: &generator) }
            let target = Box(cx: random(-5...5), cy: random(-5...5), w: random(0.2...4), h: random(0.2...4))
            let prediction = Box(
                cx: target.cx + random(-spread...spread) * 3, cy: target.cy + random(-spread...spread) * 3,
                w: random(0.2...4), h: random(0.2...4)
            )
            return (prediction, target)
        }
    }

    static func value(_ name: String, _ options: LossOptions = LossOptions(), _ prediction: Box, _ target: Box) throws -> Double {
        try LossCatalogue.boxLoss(name, options: options).evaluate(prediction: prediction, target: target).value
    }

    /// Zero for identical boxes, to 1e-6 (eps = 1e-7 in the union of boxes of area >= 0.04);
    /// the alpha-IoU family adds eps inside its powers, which keeps it within 1e-6 too.
    @Test(arguments: boxLossNames)
    func identicalBoxesHaveZeroLoss(loss: String) throws {
        for (prediction, _) in Self.randomPairs(seed: 1) {
            let value = try Self.value(loss, LossOptions(), prediction, prediction)
            #expect(abs(value) <= 1e-6, "\(loss) at \(prediction): \(value)")
        }
    }

    /// Every IoU-family loss depends only on relative positions: a common shift
    /// changes values by rounding only (1e-9 relative to the shift's size).
    @Test(arguments: boxLossNames)
    func translationInvariance(loss: String) throws {
        for (prediction, target) in Self.randomPairs(seed: 2) where loss != "log-iou" || prediction.x2 > target.x1 {
            let shift = (dx: 123.25, dy: -47.5)
            let moved = { (b: Box) in Box(x1: b.x1 + shift.dx, y1: b.y1 + shift.dy, x2: b.x2 + shift.dx, y2: b.y2 + shift.dy) }
            let before = try Self.value(loss, LossOptions(), prediction, target)
            let after = try Self.value(loss, LossOptions(), moved(prediction), moved(target))
            guard before.isFinite else { continue }
            #expect(abs(before - after) <= 1e-9 * max(1, abs(before)) * 200, "\(loss): \(before) vs \(after)")
        }
    }

    /// IoU, GIoU, DIoU, CIoU, EIoU (and SIoU, Shape-IoU, Wise-IoU) are
    /// scale-invariant; with eps = 0 a common scaling changes them by rounding only.
    @Test(arguments: ["iou", "giou", "diou", "ciou", "eiou", "siou", "shape-iou", "wiou", "inner-iou"])
    func scaleInvariance(loss: String) throws {
        for (prediction, target) in Self.randomPairs(seed: 3) {
            let scaled = { (b: Box) in Box(x1: b.x1 * 37.5, y1: b.y1 * 37.5, x2: b.x2 * 37.5, y2: b.y2 * 37.5) }
            let before = try Self.value(loss, ["eps": .number(0)], prediction, target)
            let after = try Self.value(loss, ["eps": .number(0)], scaled(prediction), scaled(target))
            #expect(abs(before - after) <= 1e-12 * max(1, abs(before)) * 100, "\(loss): \(before) vs \(after)")
        }
    }

    @Test func mpdiouIsNotScaleInvariant() throws {
        let prediction = Box(x1: 0, y1: 0, x2: 2, y2: 2), target = Box(x1: 1, y1: 1, x2: 3, y2: 3)
        let scaled = { (b: Box) in Box(x1: b.x1 * 10, y1: b.y1 * 10, x2: b.x2 * 10, y2: b.y2 * 10) }
        let before = try Self.value("mpdiou", ["eps": .number(0)], prediction, target)
        let after = try Self.value("mpdiou", ["eps": .number(0)], scaled(prediction), scaled(target))
        // Corner distances grow with the boxes while W, H stay: (d1^2 + d2^2)/(W^2 + H^2) goes from 4 to 400 over 2 * 640^2.
        #expect(((after - before)).isApproximatelyEqual(to: (400 - 4) / (2 * 640.0 * 640), absoluteTolerance: 1e-12))
    }

    @Test func generalizedIoUEqualsIoUWhenOneBoxContainsTheOther() throws {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<50 {
            let outer = Box(cx: 0, cy: 0, w: Double.random(in: 2...6, using: &generator), h: Double.random(in: 2...6, using: &generator))
            let inner = Box(
                cx: Double.random(in: -0.4...0.4, using: &generator), cy: Double.random(in: -0.4...0.4, using: &generator),
                w: Double.random(in: 0.2...1, using: &generator), h: Double.random(in: 0.2...1, using: &generator)
            )
            for (p, t) in [(inner, outer), (outer, inner)] {
                #expect(try Self.value("giou", LossOptions(), p, t).isApproximatelyEqual(to: Self.value("iou", LossOptions(), p, t), absoluteTolerance: 1e-12))
            }
        }
    }

    /// `-1 < GIoU <= IoU <= 1`, i.e. `L_iou <= L_giou < 2`.
    @Test func generalizedIoUIsBoundedByIoU() throws {
        for (prediction, target) in Self.randomPairs(seed: 5, count: 200, spread: 3) {
            let iouLoss = try Self.value("iou", LossOptions(), prediction, target)
            let giouLoss = try Self.value("giou", LossOptions(), prediction, target)
            #expect(iouLoss >= 0 && iouLoss <= 1)
            #expect(giouLoss >= iouLoss - 1e-15 && giouLoss < 2, "\(prediction) vs \(target): \(iouLoss), \(giouLoss)")
        }
    }

    @Test(arguments: ["giou", "diou"])
    func lossTendsToTwoFarApart(loss: String) throws {
        let target = Box(x1: 0, y1: 0, x2: 1, y2: 1)
        var previous = 0.0
        for distance in [10.0, 1e2, 1e4, 1e6] {
            let value = try Self.value(loss, LossOptions(), Box(x1: distance, y1: distance, x2: distance + 1, y2: distance + 1), target)
            #expect(value > previous && value < 2)
            previous = value
        }
        #expect(previous > 2 - 1e-5)
    }

    /// Symmetric losses: swapping prediction and target leaves IoU, GIoU, DIoU unchanged.
    @Test(arguments: ["iou", "giou", "diou"])
    func swappingBoxesLeavesSymmetricLossesUnchanged(loss: String) throws {
        for (prediction, target) in Self.randomPairs(seed: 6) {
            let forward = try Self.value(loss, LossOptions(), prediction, target)
            let backward = try Self.value(loss, LossOptions(), target, prediction)
            #expect(abs(forward - backward) <= 1e-14 * 10)
        }
    }

    /// Mirroring both boxes in x (`x -> -x`) keeps every loss and mirrors its
    /// gradient: `(d_x1, d_y1, d_x2, d_y2) -> (-d_x2, d_y1, -d_x1, d_y2)`.
    @Test(arguments: boxLossNames)
    func mirroredPairsHaveMirroredGradients(loss: String) throws {
        let configured = try LossCatalogue.boxLoss(loss)
        for (prediction, target) in Self.randomPairs(seed: 8) {
            let mirror = { (b: Box) in Box(x1: -b.x2, y1: b.y1, x2: -b.x1, y2: b.y2) }
            let original = configured.evaluate(prediction: prediction, target: target)
            let mirrored = configured.evaluate(prediction: mirror(prediction), target: mirror(target))
            guard original.value.isFinite else { continue }
            let expected = [-original.gradient.x2, original.gradient.y1, -original.gradient.x1, original.gradient.y2]
            #expect(abs(original.value - mirrored.value) <= 1e-12 * max(1, abs(original.value)))
            #expect(zip(mirrored.gradient.corners, expected).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }, "\(loss)")
        }
    }

    /// At the kinks the gradient is torch's subgradient: a shared left side
    /// (`x1 = x1t`) splits the intersection's and the enclosing box's slope in half.
    @Test func sharedSideGetsHalfTheSlope() {
        let target = Box(x1: 0, y1: 0, x2: 2, y2: 2)
        let tied = IoULoss(eps: 0).evaluate(prediction: Box(x1: 0, y1: 0.5, x2: 1, y2: 1.5), target: target).gradient.x1
        let inside = IoULoss(eps: 0).evaluate(prediction: Box(x1: 1e-9, y1: 0.5, x2: 1, y2: 1.5), target: target).gradient.x1
        let outside = IoULoss(eps: 0).evaluate(prediction: Box(x1: -1e-9, y1: 0.5, x2: 1, y2: 1.5), target: target).gradient.x1
        #expect(tied.isApproximatelyEqual(to: (inside + outside) / 2, absoluteTolerance: 1e-6))
    }

    /// Touching boxes have zero intersection and, as in torchvision, no IoU gradient.
    @Test func touchingBoxesHaveNoIoUGradient() {
        let result = IoULoss().evaluate(prediction: Box(x1: 0, y1: 0, x2: 1, y2: 1), target: Box(x1: 1, y1: 0, x2: 2, y2: 1))
        #expect(result.value.isApproximatelyEqual(to: 1, absoluteTolerance: 0) && result.gradient.corners.allSatisfy { abs($0) <= 0 })
    }
}
