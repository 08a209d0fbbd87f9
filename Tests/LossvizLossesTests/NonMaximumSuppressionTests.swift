import LossvizLosses
import LossvizTestSupport
import Testing

@Suite struct NonMaximumSuppressionTests {
    static func detection(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, score: Double) -> ScoredBox {
        ScoredBox(box: Box(x1: x1, y1: y1, x2: x2, y2: y2), score: score)
    }

    @Test func classicSuppressesOverlapsAboveTheThreshold() {
        let detections = [
            Self.detection(0, 0, 10, 10, score: 0.9),
            Self.detection(1, 1, 11, 11, score: 0.8),      // IoU 81/119 = 0.68 with the first
            Self.detection(20, 20, 30, 30, score: 0.7),    // apart
            Self.detection(0, 0, 10, 5, score: 0.95),      // IoU 0.5 with the first
        ]
        #expect(NonMaximumSuppression.classic(detections, iouThreshold: 0.5) == [3, 0, 2])
        #expect(NonMaximumSuppression.classic(detections, iouThreshold: 0.49) == [3, 1, 2])   // IoU(3, 1) = 36/114
        #expect(NonMaximumSuppression.classic(detections, iouThreshold: 0.7) == [3, 0, 1, 2])
    }

    /// DIoU-NMS keeps a box whose centre is far from the kept one even when
    /// their IoU alone would suppress it (occluded neighbours, DIoU paper Fig. 6).
    @Test func distanceIoUKeepsOverlappingBoxesWithDistantCentres() {
        let detections = [
            Self.detection(0, 0, 10, 10, score: 0.9),
            Self.detection(4, 0, 14, 10, score: 0.8),   // IoU 60/140 = 0.43, rho^2/c^2 = 16/(196 + 100) = 0.054
        ]
        #expect(NonMaximumSuppression.classic(detections, iouThreshold: 0.4) == [0])
        #expect(NonMaximumSuppression.distanceIoU(detections, threshold: 0.4) == [0, 1])
        #expect(NonMaximumSuppression.distanceIoU(detections, threshold: 0.35) == [0])
        // beta > 1 shrinks the penalty: 0.43 - 0.054^2 >= 0.4.
        #expect(NonMaximumSuppression.distanceIoU(detections, threshold: 0.4, beta: 2) == [0])
    }

    @Test func equalScoresKeepInputOrderAndNaNScoresComeLast() {
        let detections = [
            Self.detection(0, 0, 1, 1, score: .nan),
            Self.detection(5, 5, 6, 6, score: 0.5),
            Self.detection(10, 10, 11, 11, score: 0.5),
            Self.detection(5, 5, 6, 6, score: 0.5),       // duplicate of index 1, later in input
        ]
        #expect(NonMaximumSuppression.classic(detections, iouThreshold: 0.5) == [1, 2, 0])
        #expect(NonMaximumSuppression.distanceIoU(detections) == [1, 2, 0])
    }

    @Test func emptyInputKeepsNothing() {
        #expect(NonMaximumSuppression.classic([], iouThreshold: 0.5).isEmpty)
        #expect(NonMaximumSuppression.distanceIoU([]).isEmpty)
    }

    @Test func intersectionOverUnionOfKnownPairs() {
        let a = Box(x1: 0, y1: 0, x2: 2, y2: 2)
        #expect((NonMaximumSuppression.intersectionOverUnion(a, Box(x1: 1, y1: 1, x2: 3, y2: 3))).isApproximatelyEqual(to: 1.0 / 7, absoluteTolerance: 1e-15))
        #expect(abs(NonMaximumSuppression.intersectionOverUnion(a, Box(x1: 3, y1: 3, x2: 4, y2: 4))) <= 0)
        #expect((NonMaximumSuppression.intersectionOverUnion(a, a)).isApproximatelyEqual(to: 1, absoluteTolerance: 1e-15))
    }
}
