@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// Seed fig 7: IoU loss is flat once the boxes are disjoint, GIoU and DIoU keep
/// a slope; GIoU <= IoU for every pair.
@Suite struct IoUVersusGIoUFigureTests {
    func numbers() throws -> IoUVersusGIoUFigure.Numbers {
        try #require(try IoUVersusGIoUFigure().make(in: FigureContext()).data as? IoUVersusGIoUFigure.Numbers)
    }

    @Test func iouLossIsFlatOnceDisjointAndGIoUKeepsASlope() throws {
        let n = try numbers()
        let curve = { (name: String) in try #require(n.curves.first { $0.loss == name }) }
        let iou = try curve("iou"), giou = try curve("giou")
        for (k, dx) in n.offset.enumerated() where abs(dx) > 1 {
            #expect(iou.value[k].isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12) && abs(iou.derivative[k]) < 1e-12)
            // GIoU loss: 1 + (|dx| - 1)/(|dx| + 1), slope 2/(|dx| + 1)^2 away from the target (eps 1e-7).
            #expect(giou.value[k].isApproximatelyEqual(to: (1 + (abs(dx) - 1) / (abs(dx) + 1)), absoluteTolerance: 1e-6))
            let slope: Double = (dx > 0 ? 1 : -1) * 2 / ((abs(dx) + 1) * (abs(dx) + 1))
            #expect(giou.derivative[k].isApproximatelyEqual(to: slope, absoluteTolerance: 1e-6))
        }
    }

    @Test func printedDerivativesAtTheAnnotatedOffset() throws {
        let n = try numbers()
        #expect(n.annotatedOffset.isApproximatelyEqual(to: 2, absoluteTolerance: 1e-15))
        #expect(abs(try #require(n.annotatedDerivatives["iou"])) < 1e-12)
        // d/dx [1 + (x - 1)/(x + 1)] = 2/9; d/dx [x^2/((1 + x)^2 + 1)] = 16/100 at x = 2 (eps 1e-7).
        #expect(abs(try #require(n.annotatedDerivatives["giou"]) - 2.0 / 9) < 1e-6)
        #expect(abs(try #require(n.annotatedDerivatives["diou"]) - 0.16) < 1e-6)
    }

    @Test func giouNeverExceedsIoU() throws {
        let p = try numbers().pairs
        #expect(p.iou.count == p.count && p.giou.count == p.count)
        for (iou, giou) in zip(p.iou, p.giou) {
            #expect(iou >= 0 && iou <= 1)
            #expect(giou > -1 && giou <= iou + 1e-12)
        }
        #expect(p.maxGIoUMinusIoU < 1e-12)
        #expect(p.disjoint > 0 && p.disjoint < p.count)
    }
}
