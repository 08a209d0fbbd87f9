@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// Three pairs with IoU 1/3 whose GIoU, DIoU and CIoU differ.
@Suite struct IoUSameValueFigureTests {
    @Test func iouIsTheSameAndTheOtherMeasuresDiffer() throws {
        let product = try IoUSameValueFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? IoUSameValueFigure.Numbers)
        #expect(numbers.pairs.count == 3)
        for pair in numbers.pairs {
            #expect(pair.iou.isApproximatelyEqual(to: 1.0 / 3, absoluteTolerance: 1e-6))  // eps 1e-7 in the union
        }
        let rounded = { (x: Double) in (x * 100).rounded() / 100 }
        // GIoU = IoU − (|C| − U)/|C|: C = 24 = U; C = 30, U = 27; C = 32, U = 24.
        #expect(numbers.pairs.map { rounded($0.giou) } == [0.33, 0.23, 0.08])
        // DIoU = IoU − ρ²/c²: ρ² = 4, c² = 52; ρ² = 3.25, c² = 61; ρ = 0.
        #expect(numbers.pairs[0].diou.isApproximatelyEqual(to: (1.0 / 3 - 4.0 / 52), absoluteTolerance: 1e-6))
        #expect(numbers.pairs[1].diou.isApproximatelyEqual(to: (1.0 / 3 - 3.25 / 61), absoluteTolerance: 1e-6))
        #expect(numbers.pairs[2].diou.isApproximatelyEqual(to: 1.0 / 3, absoluteTolerance: 1e-6))
        #expect(numbers.pairs.map { rounded($0.diou) } == [0.26, 0.28, 0.33])
        #expect(numbers.pairs.map { rounded($0.ciou) } == [0.26, 0.28, 0.32])
        // CIoU's aspect term is zero for the equal-shape pair and largest for the 2 x 8 box.
        #expect(numbers.pairs[0].ciou.isApproximatelyEqual(to: numbers.pairs[0].diou, absoluteTolerance: 1e-12))
        #expect(numbers.pairs[2].diou - numbers.pairs[2].ciou > numbers.pairs[1].diou - numbers.pairs[1].ciou)
    }
}
