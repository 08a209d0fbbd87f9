@testable import LossvizFigures
import Testing

/// The DIoU paper's Fig. 2 values: IoU and GIoU losses 0.75 everywhere, DIoU 0.81 / 0.77 / 0.75.
@Suite struct GIoUDegeneratesFigureTests {
    @Test func reproducesThePublishedValues() throws {
        let product = try GIoUDegeneratesFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? GIoUDegeneratesFigure.Numbers)
        let rounded = { (x: Double) in (x * 100).rounded() / 100 }
        #expect(numbers.cases.map { rounded($0.iou) } == [0.75, 0.75, 0.75])
        #expect(numbers.cases.map { rounded($0.giou) } == [0.75, 0.75, 0.75])
        #expect(numbers.cases.map { rounded($0.diou) } == [0.81, 0.77, 0.75])
    }
}
