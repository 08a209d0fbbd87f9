import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `ciou-aspect-drift`: CIoU's aspect term fixes the ratio `w/h`, not `w` and
/// `h`: from a 1 × 2.4 anchor towards a 1 × 1 target both sides grow (Focal-EIoU
/// paper, Zhang et al. 2022, Sec. 3; seed CIoU "drawbacks"; docs/simulation.md section 5),
/// and DIoU alone, the same loss without `αv`, shows where the growth comes from.
///
/// CIoU's `v = (4/π²)(arctan(wₜ/hₜ) − arctan(w/h))²` has `∂v/∂w = −(h/w) ∂v/∂h`: its
/// gradient moves `w` and `h` in opposite directions in proportion, so against
/// DIoU's run it can only trade `h` for `w`; the growth of both sides is the
/// distance term's `ρ²/c²`, lowered by any growth of the enclosing box.
/// EIoU replaces `αv` by `(w − wₜ)²/C_w² + (h − hₜ)²/C_h²` and drives each side to the target's.
struct CIoUAspectDriftFigure: FigureRecipe {
    let name = "ciou-aspect-drift"
    let summary = "CIoU and DIoU grow both sides of a 1 × 2.4 anchor, CIoU's aspect term only trades h for w; EIoU shrinks the tall side towards the 1 × 1 target"
    let caption = """
        Target `(x, y, w, h) = (10, 10, 1, 1)`, anchor `(6, 12.5, 1, 2.4)`, 50 updates with the constant \
        step `0.05 (2 − IoU)`. (a) CIoU and (b) DIoU with the DIoU authors' gradients (`reference` \
        convention, the setting of the Focal-EIoU paper's example), `B ← B + 0.05 (2 − IoU) d(B)` with \
        their ascent direction `d`; (c) EIoU with its true gradient (`autograd`; EIoU has no reference \
        code), `B ← B − 0.05 (2 − IoU) ∂L/∂B`. Top: the boxes at a few iterations (grey: target, blue \
        dash-dot: anchor, dotted: path of the centre). Bottom: `w` and `h` against iteration. After 50 \
        iterations CIoU has grown both sides, to `w = 1.64, h = 2.84` as the Focal-EIoU paper reports. \
        DIoU, which is CIoU without the aspect term `αv`, grows them too, to `w = 1.51, h = 2.90`: the \
        distance term `ρ²/c²` is lowered by any growth of the enclosing box, and most of CIoU's growth is \
        its doing. CIoU's `v = (4/π²)(arctan(wₜ/hₜ) − arctan(w/h))²` sees only the ratio; since \
        `∂v/∂w = −(h/w) ∂v/∂h`, it adds to `w` what it takes from `h` (CIoU ends wider and shorter \
        than DIoU), which moves `w/h` towards 1 but not the sides towards 1. EIoU penalises \
        `(w − wₜ)²/C_w²` and `(h − hₜ)²/C_h²` directly and brings `h` down towards `hₜ` from the \
        first step; its `w`, already equal to `wₜ`, is pulled up a little by the distance term. Its \
        true gradient moves the centre far more slowly than the authors' directions, and in `y` away \
        from the target (`y` from 12.50 to 12.61, `yₜ = 10`): the prediction lies above the target, so \
        moving it up heightens the enclosing box and lowers `(h − hₜ)²/C_h²` by more than it raises `ρ²/c²`.
        """
    let dataKeys = """
        - `target`, `anchor`: `[x, y, w, h]`; `step`: `η` of `η (2 − IoU)`; `iterations`: 50.
        - `ciou`, `diou`, `eiou`: `convention`, the drawn `iterations`, `boxes` `[[x, y, w, h], ...]` at those \
        iterations, `x`, `y`, `w` and `h` after every iteration (index 0 is the anchor), `final_w`, `final_h`.
        """

    static let target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1)
    static let anchor = CentreFormBox(cx: 6, cy: 12.5, w: 1, h: 2.4)
    static let step = 0.05
    static let iterations = 50
    /// The iterations whose boxes are drawn.
    static let drawn = [10, 25, 50]

    struct Run: Encodable {
        var convention: String
        var iterations: [Int]
        var boxes: [[Double]]
        var x: [Double]
        var y: [Double]
        var w: [Double]
        var h: [Double]
        var finalW: Double
        var finalH: Double

        enum CodingKeys: String, CodingKey {
            case convention, iterations, boxes, x, y, w, h
            case finalW = "final_w"
            case finalH = "final_h"
        }

        init(_ trajectory: RegressionTrajectory, drawn: [Int]) {
            convention = trajectory.convention.rawValue
            iterations = drawn
            boxes = drawn.compactMap { t in trajectory.snapshots.first { $0.iteration == t }.map { [$0.box.cx, $0.box.cy, $0.box.w, $0.box.h] } }
            x = trajectory.snapshots.map(\.box.cx)
            y = trajectory.snapshots.map(\.box.cy)
            w = trajectory.snapshots.map(\.box.w)
            h = trajectory.snapshots.map(\.box.h)
            finalW = trajectory.final.w
            finalH = trajectory.final.h
        }
    }

    struct Numbers: Encodable {
        var target: [Double]
        var anchor: [Double]
        var step: Double
        var iterations: Int
        var ciou: Run
        var diou: Run
        var eiou: Run
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let ciou = try RegressionTrajectory(direction: ReferenceDirection(.ciou), start: Self.anchor, target: Self.target,
                                            iterations: Self.iterations, schedule: .constant(Self.step))
        let diou = try RegressionTrajectory(direction: ReferenceDirection(.diou), start: Self.anchor, target: Self.target,
                                            iterations: Self.iterations, schedule: .constant(Self.step))
        let eiou = try RegressionTrajectory(direction: AutogradDirection(EfficientIoULoss()), start: Self.anchor,
                                            target: Self.target, iterations: Self.iterations, schedule: .constant(Self.step))
        let runs: [(title: String, loss: String, trajectory: RegressionTrajectory)] = [
            ("CIoU (reference gradients)", "ciou", ciou), ("DIoU (reference gradients)", "diou", diou),
            ("EIoU (autograd)", "eiou", eiou),
        ]
        let diagrams = runs.map {
            RegressionSnapshotDiagram(trajectory: $0.trajectory, iterations: Self.drawn,
                                      color: LossStyle.named($0.loss)?.color ?? .black)
        }
        let boxes = diagrams.flatMap(\.drawnBoxes)
        let pad = 0.4
        let xLimits = ((boxes.map(\.x1).min() ?? 0) - pad)...((boxes.map(\.x2).max() ?? 1) + pad)
        let yLimits = ((boxes.map(\.y1).min() ?? 0) - pad)...((boxes.map(\.y2).max() ?? 1) + pad)
        let sides = runs.flatMap { $0.trajectory.snapshots.flatMap { [$0.box.w, $0.box.h] } } + [Self.target.w]
        let sideLimits = 0...((sides.max() ?? 1) * 1.12)

        var figure = Figure(width: 12.5, height: 7.4)
        figure.grid(rows: 2, columns: runs.count)
        figure.rowHeights = [1.15, 1]
        figure.panelLetters = true
        let t = Array(0...Self.iterations).map(Double.init)
        for (column, run) in runs.enumerated() {
            var boxesPanel = figure[0, column].panel
            diagrams[column].draw(on: &boxesPanel)
            boxesPanel.aspect = .equal
            boxesPanel.xLimits = xLimits
            boxesPanel.yLimits = yLimits
            boxesPanel.title = run.title
            boxesPanel.xLabel = "$x$"
            if column == 0 { boxesPanel.yLabel = "$y$" }
            boxesPanel.legend(.upperRight, fontSize: 8.5)
            figure[0, column].panel = boxesPanel

            let color = LossStyle.named(run.loss)?.color ?? .black
            var sizes = figure[1, column].panel
            sizes.horizontalLine(at: Self.target.w, label: "$w_t = h_t$")
            sizes.line(x: t, y: run.trajectory.snapshots.map(\.box.w), label: "$w$", style: LineStyle(color: color, width: 1.8))
            sizes.line(x: t, y: run.trajectory.snapshots.map(\.box.h), label: "$h$",
                       style: LineStyle(color: color, width: 1.8, dash: .dashed))
            let final = run.trajectory.final
            for (value, symbol) in [(final.w, "w"), (final.h, "h")] {
                sizes.text(String(format: "$%@$ = %.2f", symbol, value), at: Point(Double(Self.iterations), value),
                           anchor: .bottomRight, offset: Point(-2, 3), fontSize: 9, color: color)
            }
            sizes.xLimits = 0...Double(Self.iterations)
            sizes.yLimits = sideLimits
            sizes.xLabel = "iteration $t$"
            if column == 0 { sizes.yLabel = "box side" }
            sizes.legend(.lowerRight, fontSize: 8.5)
            figure[1, column].panel = sizes
        }
        figure.title = "CIoU grows both sides as DIoU does, its aspect term only trades h for w; EIoU shrinks h itself"
        figure.caption = String(format: "Target (%g, %g, %g, %g), anchor (%g, %g, %g, %g); %d updates, (a, b) B ← B + %g·(2 − IoU)·d(B) "
                                + "with the DIoU authors' direction d, (c) B ← B − %g·(2 − IoU)·∂L/∂B.",
                                Self.target.cx, Self.target.cy, Self.target.w, Self.target.h,
                                Self.anchor.cx, Self.anchor.cy, Self.anchor.w, Self.anchor.h, Self.iterations, Self.step, Self.step)
        let numbers = Numbers(target: [Self.target.cx, Self.target.cy, Self.target.w, Self.target.h],
                              anchor: [Self.anchor.cx, Self.anchor.cy, Self.anchor.w, Self.anchor.h],
                              step: Self.step, iterations: Self.iterations,
                              ciou: Run(ciou, drawn: Self.drawn), diou: Run(diou, drawn: Self.drawn),
                              eiou: Run(eiou, drawn: Self.drawn))
        return FigureProduct(figure: figure, data: numbers)
    }
}
