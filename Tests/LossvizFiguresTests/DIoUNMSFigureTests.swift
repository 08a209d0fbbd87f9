@testable import LossvizFigures
import LossvizLosses
import LossvizPlot
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

    /// Labels sit off the boxes: every label point lies outside all boxes, and its leader
    /// ends on its own box's edge at least 3 px from every other box's edges.
    @Test func labelsSitOutsideTheSceneAndPointAtTheirOwnEdge() {
        let boxes = DIoUNMSFigure.detections.map(\.box) + DIoUNMSFigure.objects.map(\.box)
        func inside(_ p: Point, _ b: Box) -> Bool { p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2 }
        func edgeDistance(_ p: Point, _ b: Box) -> Double {
            let dx = max(b.x1 - p.x, 0, p.x - b.x2), dy = max(b.y1 - p.y, 0, p.y - b.y2)
            if dx > 0 || dy > 0 { return (dx * dx + dy * dy).squareRoot() }
            return min(p.x - b.x1, b.x2 - p.x, p.y - b.y1, b.y2 - p.y)
        }
        #expect(DIoUNMSFigure.detections.count == 4)
        for (index, detection) in DIoUNMSFigure.detections.enumerated() {
            #expect(boxes.allSatisfy { !inside(detection.labelPoint, $0) }, "\(detection.name)")
            #expect(edgeDistance(detection.edgePoint, detection.box) < 1e-12, "\(detection.name)")
            for (other, box) in DIoUNMSFigure.detections.map(\.box).enumerated() where other != index {
                #expect(edgeDistance(detection.edgePoint, box) >= 3, "\(detection.name)")
            }
        }
    }
}
