@testable import LossvizFigures
import Testing

/// The single-anchor regression figures show what their papers describe,
/// read from the figures' own data.
@Suite struct RegressionFiguresTests {
    /// DIoU paper Fig. 1: GIoU inflates the box until it covers the target and does
    /// not match it beside or above the target after 400 iterations; DIoU matches
    /// the target within 120 iterations from every placement. Target and anchors:
    /// see `GIoUVsDIoURegressionFigure.placements`.
    @Test func giouInflatesWhileDIoUMovesIn() throws {
        let product = try GIoUVsDIoURegressionFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? GIoUVsDIoURegressionFigure.Numbers)
        #expect(numbers.convention == "reference")
        #expect(numbers.placements.map(\.name) == ["diagonal", "left", "above"])
        let target = numbers.target
        func covers(_ box: [Double]) -> Bool {
            abs(box[0] - target[0]) + target[2] / 2 <= box[2] / 2 && abs(box[1] - target[1]) + target[3] / 2 <= box[3] / 2
        }
        for placement in numbers.placements {
            #expect(placement.giou.map(\.iteration) == [40, 100, 400])
            #expect(placement.diou.map(\.iteration) == [20, 40, 120])
            // DIoU is at the target (l1 error, summed over x, y, w, h, below 0.15) after 120 iterations.
            #expect(placement.diou[2].l1Error < 0.15, "\(placement.name)")
        }
        let diagonal = numbers.placements[0], left = numbers.placements[1], above = numbers.placements[2]
        // GIoU grows the box first: diagonally in both sides, beside or above the target in
        // the side that faces it (x for left, y for above), over all three snapshots.
        let anchorArea = diagonal.anchor[2] * diagonal.anchor[3]
        #expect(diagonal.giou[0].box[2] * diagonal.giou[0].box[3] > 2 * anchorArea)
        func increasing(_ values: [Double]) -> Bool { zip(values, values.dropFirst()).allSatisfy { $0 < $1 } }
        #expect(increasing([left.anchor[2]] + left.giou.map { $0.box[2] }))
        #expect(increasing([above.anchor[3]] + above.giou.map { $0.box[3] }))
        // Diagonal: the GIoU box covers the target at iteration 100, then shrinks onto it.
        #expect(covers(diagonal.giou[1].box))
        #expect(diagonal.giou[2].l1Error < diagonal.giou[1].l1Error)
        // Beside and above: after 400 iterations GIoU encloses the target (GIoU = IoU)
        // without matching it (l1 error above 1).
        #expect(covers(left.giou[2].box) && left.giou[2].l1Error > 1)
        #expect(above.giou[2].l1Error > 1 && above.giou[2].box[3] > 4)
    }

    /// SIMULATION.md section 5: reference CIoU, 50 steps of 0.05 (2 - IoU) from
    /// (6, 12.5, 1, 2.4): w = 1.64, h = 2.84 to 2 decimals; EIoU shrinks h instead.
    @Test func ciouDriftEndsAtThePublishedSize() throws {
        let product = try CIoUAspectDriftFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? CIoUAspectDriftFigure.Numbers)
        let rounded = { (x: Double) in (x * 100).rounded() / 100 }
        #expect(rounded(numbers.ciou.finalW) == 1.64)
        #expect(rounded(numbers.ciou.finalH) == 2.84)
        #expect(numbers.ciou.w.count == 51 && numbers.ciou.h.count == 51)
        #expect(numbers.ciou.convention == "reference" && numbers.eiou.convention == "autograd")
        #expect(numbers.eiou.finalH < numbers.anchor[3])
    }

    /// Seed fig 14: with true gradients EIoU's size error is the smallest of the
    /// three from iteration 10 on (checked at 10, 20, 40 and 80).
    @Test func eiouFixesTheSizeFirst() throws {
        let product = try EIoUVsGIoUCIoUFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? EIoUVsGIoUCIoUFigure.Numbers)
        #expect(numbers.losses.map(\.name) == ["giou", "ciou", "eiou"])
        let eiou = numbers.losses[2]
        for t in [10, 20, 40, 80] {
            for other in numbers.losses.prefix(2) {
                #expect(eiou.sizeError[t - 1] < other.sizeError[t - 1], "iteration \(t) vs \(other.name)")
            }
        }
        #expect(eiou.l1Error.count == numbers.iterations)
    }
}
