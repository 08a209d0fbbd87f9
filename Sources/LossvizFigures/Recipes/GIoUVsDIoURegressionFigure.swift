import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `giou-vs-diou-regression`: one anchor regressed by GIoU and by DIoU, drawn
/// at a few iterations, for an anchor placed diagonally, left of and above the
/// target (DIoU paper, Zheng et al. AAAI 2020, Fig. 1, and the diagonal /
/// horizontal / vertical examples of the authors' repository; seed fig 10).
///
/// Update (docs/simulation.md sections 1 and 5): `B <- B + 0.1 (2 - IoU(B)) d(B)` with
/// the authors' hand-derived ascent direction `d` (the `reference` convention).
struct GIoUVsDIoURegressionFigure: FigureRecipe {
    let name = "giou-vs-diou-regression"
    let summary = "Regression snapshots from one anchor: GIoU inflates the box until it covers the target, DIoU moves the centre straight in"
    var caption: String { """
        One anchor (blue, dash-dot) regressed towards a target (grey) by GIoU (top row, boxes after 40, 100 and \
        400 iterations) and by DIoU (bottom row, after 20, 40 and 120 iterations); the dotted line is the \
        path of the box centre. Target `(x, y, w, h) = \(Self.text(Self.target))`; anchors \
        \(Self.placements.map { "`\(Self.text($0.anchor))` (\($0.name))" }.joined(separator: ", ")), none \
        overlapping the target. Update as in the DIoU authors' simulation, `B ← B + 0.1 (2 − IoU) d(B)` with their \
        hand-derived gradients `d` (`reference` convention, docs/simulation.md section 3), constant step. \
        As in the DIoU paper's Fig. 1: GIoU's penalty `(|C| − U)/|C|` is lowered fastest by growing \
        the box, so from the diagonal the box first inflates until it covers the target and only then, with \
        `GIoU = IoU`, slowly shrinks back; beside or above the target it barely moves its centre and \
        broadens the facing edge instead, and after 400 iterations it is still about 4.5 long in the \
        direction of the target instead of 1. DIoU's `ρ²/c²` pulls the centre straight in and matches the \
        target within about a hundred iterations. Beside and above the target GIoU's other side (`h` for \
        the anchor on the left, `w` for the one above) swings about the target's, between about 0.8 and \
        1.3 from iteration 60 on, and the swings are chaotic: changing the anchor by 10⁻¹² changes the box at iteration 100 by \
        less than 10⁻³ but the box at iteration 400 by tenths. The set-ups left and above are mirror \
        images; their boxes at iteration 400 differ only through the rounding of floating-point \
        arithmetic, and only their length is reproducible there. (With the true gradients, \
        `--gradient autograd`, GIoU's centre also moves beside the target and DIoU is slower: see \
        `simulation-gradient-conventions`.)
        """
    }

    /// `(x, y, w, h)` with the shortest decimals, e.g. `(6.5, 10, 2, 2)`.
    static func text(_ box: CentreFormBox) -> String {
        "(" + [box.cx, box.cy, box.w, box.h].map { String(format: "%g", $0) }.joined(separator: ", ") + ")"
    }
    let dataKeys = """
        - `target`: the target `[x, y, w, h]` (centre form).
        - `convention`, `step`: the gradient convention and the constant step `η` (times `2 − IoU`).
        - `placements[]`: `name`, `anchor` `[x, y, w, h]`, and per loss (`giou`, `diou`) the drawn \
        `snapshots[]` with `iteration`, `box` `[x, y, w, h]`, `iou` and `l1_error` \
        (`|x − xₜ| + |y − yₜ| + |w − wₜ| + |h − hₜ|`).
        """

    /// The target of every placement.
    static let target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1)
    /// The anchors: diagonal, left of and above the target, none overlapping it.
    static let placements: [(name: String, anchor: CentreFormBox)] = [
        ("diagonal", CentreFormBox(cx: 7, cy: 7, w: 2, h: 2)),
        ("left", CentreFormBox(cx: 6.5, cy: 10, w: 2, h: 2)),
        ("above", CentreFormBox(cx: 10, cy: 13.5, w: 2, h: 2)),
    ]
    /// The iterations drawn, as in the DIoU paper's Fig. 1. GIoU's boxes beside
    /// and above the target are chaotic by iteration 400 (the caption says so;
    /// `RegressionFiguresTests` measures it).
    static let giouIterations = [40, 100, 400]
    static let diouIterations = [20, 40, 120]
    /// The constant step `η` of `B <- B + η (2 - IoU) d(B)`.
    static let step = 0.1

    struct Snapshot: Encodable {
        var iteration: Int
        var box: [Double]
        var iou: Double
        var l1Error: Double

        enum CodingKeys: String, CodingKey {
            case iteration, box, iou
            case l1Error = "l1_error"
        }
    }

    struct Placement: Encodable {
        var name: String
        var anchor: [Double]
        var giou: [Snapshot]
        var diou: [Snapshot]
    }

    struct Numbers: Encodable {
        var target: [Double]
        var convention: String
        var step: Double
        var placements: [Placement]
    }

    /// The regression of `anchor` by `loss`, recorded at every iteration up to the last drawn one.
    static func trajectory(_ loss: ReferenceLoss, from anchor: CentreFormBox, iterations: Int) throws -> RegressionTrajectory {
        try RegressionTrajectory(direction: ReferenceDirection(loss), start: anchor, target: target,
                                 iterations: iterations, schedule: .constant(step))
    }

    static func snapshots(_ trajectory: RegressionTrajectory, at iterations: [Int]) -> [Snapshot] {
        iterations.compactMap { iteration in
            guard let box = trajectory.snapshots.first(where: { $0.iteration == iteration })?.box else { return nil }
            let iou = 1 - IoULoss().evaluate(prediction: box.box, target: trajectory.target.box).value
            return Snapshot(iteration: iteration, box: [box.cx, box.cy, box.w, box.h], iou: iou,
                            l1Error: box.l1Distance(to: trajectory.target))
        }
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let losses: [(loss: ReferenceLoss, iterations: [Int])] = [(.giou, Self.giouIterations), (.diou, Self.diouIterations)]
        var diagrams: [[RegressionSnapshotDiagram]] = []
        var placements: [Placement] = []
        for placement in Self.placements {
            var row: [RegressionSnapshotDiagram] = []
            var drawn: [[Snapshot]] = []
            for (loss, iterations) in losses {
                let run = try Self.trajectory(loss, from: placement.anchor, iterations: iterations.max() ?? 1)
                row.append(RegressionSnapshotDiagram(trajectory: run, iterations: iterations,
                                                     color: LossStyle.named(loss.rawValue)?.color ?? .black))
                drawn.append(Self.snapshots(run, at: iterations))
            }
            diagrams.append(row)
            let a = placement.anchor
            placements.append(Placement(name: placement.name, anchor: [a.cx, a.cy, a.w, a.h], giou: drawn[0], diou: drawn[1]))
        }

        // Every panel shows a square window of the same size (one scale for the
        // whole figure), centred on the boxes of its placement.
        let extents = diagrams.map { row -> (x: ClosedRange<Double>, y: ClosedRange<Double>) in
            let boxes = row.flatMap(\.drawnBoxes)
            return ((boxes.map(\.x1).min() ?? 0)...(boxes.map(\.x2).max() ?? 1),
                    (boxes.map(\.y1).min() ?? 0)...(boxes.map(\.y2).max() ?? 1))
        }
        let side = 0.8 + (extents.map { max($0.x.upperBound - $0.x.lowerBound, $0.y.upperBound - $0.y.lowerBound) }.max() ?? 1)
        func window(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
            let centre = (range.lowerBound + range.upperBound) / 2
            return (centre - side / 2)...(centre + side / 2)
        }

        var figure = Figure(width: 11, height: 7.4)
        figure.grid(rows: losses.count, columns: Self.placements.count)
        figure.panelLetters = true
        for (column, placement) in Self.placements.enumerated() {
            for (row, loss) in losses.enumerated() {
                var axes = figure[row, column].panel
                diagrams[column][row].draw(on: &axes)
                axes.aspect = .equal
                axes.xLimits = window(extents[column].x)
                axes.yLimits = window(extents[column].y)
                axes.title = "\(loss.loss == .giou ? "GIoU" : "DIoU"), anchor \(placement.name)"
                axes.xLabel = "$x$"
                if column == 0 { axes.yLabel = "$y$" }
                if column == Self.placements.count - 1 { axes.legend(.outsideRight, title: loss.loss == .giou ? "GIoU" : "DIoU") }
                figure[row, column].panel = axes
            }
        }
        figure.title = "GIoU first grows the box, DIoU moves its centre (reference gradients, B ← B + 0.1·(2 − IoU)·d(B))"
        figure.caption = "Grey: target (x, y, w, h) = \(Self.text(Self.target)). Blue dash-dot: anchor. Coloured: the box after the given number of "
            + "iterations (dashed, then solid for the last). Dotted: the path of the box centre."
        let numbers = Numbers(target: [Self.target.cx, Self.target.cy, Self.target.w, Self.target.h],
                              convention: GradientConvention.reference.rawValue, step: Self.step, placements: placements)
        return FigureProduct(figure: figure, data: numbers)
    }
}
