@testable import LossvizFigures
import LossvizLosses
import LossvizTestSupport
import Testing

/// Which detections classic NMS and DIoU-NMS keep at ε = 0.45, and the numbers printed for the decisive pair.
@Suite struct DIoUNMSFigureTests {
    @Test func diouNMSKeepsTheSecondObjectThatClassicNMSRemoves() throws {
        let product = try DIoUNMSFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? DIoUNMSFigure.Numbers)
        #expect(numbers.classicKept == ["A1"])
        #expect(numbers.distanceIoUKept == ["A1", "B1"])
        // The kept detections are the best boxes of the two objects.
        let objectB = try #require(DIoUNMSFigure.objects.first { $0.name == "B" }).box
        let objectA = try #require(DIoUNMSFigure.objects.first { $0.name == "A" }).box
        #expect(NonMaximumSuppression.intersectionOverUnion(DIoUNMSFigure.detections[0].box, objectA) > 0.9)
        #expect(NonMaximumSuppression.intersectionOverUnion(DIoUNMSFigure.detections[1].box, objectB) > 0.9)
        // The two objects overlap.
        #expect(NonMaximumSuppression.intersectionOverUnion(objectA, objectB) > 0.3)
    }

    @Test func decisivePairSitsClearlyOnBothSidesOfTheThreshold() throws {
        let product = try DIoUNMSFigure().make(in: FigureContext())
        let pair = try #require(product.data as? DIoUNMSFigure.Numbers).decisivePair
        let rounded = { (x: Double) in (x * 100).rounded() / 100 }
        #expect([rounded(pair.iou), rounded(pair.penalty), rounded(pair.criterion)] == [0.48, 0.06, 0.42])
        #expect(pair.iou - DIoUNMSFigure.threshold > 0.02)
        #expect(DIoUNMSFigure.threshold - pair.criterion > 0.02)
        // A1 = (20, 20, 100, 60), B1 = (48, 20, 128, 60): I = 52 x 40, U = 2 x 3200 − 2080; ρ = 28, c² = 108² + 40².
        #expect(pair.iou.isApproximatelyEqual(to: 2080.0 / 4320, absoluteTolerance: 1e-12))
        #expect(pair.penalty.isApproximatelyEqual(to: 784.0 / (108 * 108 + 40 * 40), absoluteTolerance: 1e-12))
    }

    @Test func everyOtherDetectionIsRemovedByBothMethodsWithMargin() {
        // A2, B2, A3 and AB are removed by A1 (or B1) under both rules, none within 0.02 of ε.
        let detections = DIoUNMSFigure.detections
        let a1 = detections[0].box
        for other in detections.dropFirst(2) {
            let iou = NonMaximumSuppression.intersectionOverUnion(a1, other.box)
            let pair = BoxPairDiagram(target: a1, prediction: other.box)
            let criterion = iou - pair.centreDistanceSquared / pair.enclosingDiagonalSquared
            #expect(iou > DIoUNMSFigure.threshold + 0.02, "\(other.name)")
            #expect(criterion > DIoUNMSFigure.threshold + 0.02, "\(other.name)")
        }
    }
}
