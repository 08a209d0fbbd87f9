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

    /// The drawn lengths: `c` is the target's diagonal (5 for 3 × 4) in every case, `ρ` the
    /// centre distance, and the DIoU loss exceeds the IoU loss by exactly `ρ²/c²`.
    @Test func drawnLengthsAreTheDIoUPenalty() throws {
        let product = try GIoUDegeneratesFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? GIoUDegeneratesFigure.Numbers)
        for item in numbers.cases {
            #expect(abs(item.enclosingDiagonal - 5) < 1e-12, "\(item.placement)")
            let penalty = item.centreDistance * item.centreDistance / (item.enclosingDiagonal * item.enclosingDiagonal)
            #expect(abs(item.diou - item.iou - penalty) < 1e-6, "\(item.placement)")
        }
        #expect(numbers.cases.map(\.centreDistance) == [1.25, 0.75, 0])
    }
}
