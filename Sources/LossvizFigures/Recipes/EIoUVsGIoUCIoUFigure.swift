import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `eiou-vs-giou-ciou`: one anchor regressed by GIoU, CIoU and EIoU with their
/// true gradients (Focal-EIoU paper, Zhang et al. 2022, regression examples;
/// seed fig 14).
///
/// EIoU `= 1 − IoU + ρ²/c² + (w − wₜ)²/C_w² + (h − hₜ)²/C_h²` penalises the width
/// and height differences themselves, where GIoU only sees areas and CIoU the
/// ratio `w/h`, so EIoU brings `w` and `h` to the target's first.
struct EIoUVsGIoUCIoUFigure: FigureRecipe {
    let name = "eiou-vs-giou-ciou"
    let summary = "One anchor regressed by GIoU, CIoU and EIoU (true gradients): EIoU gets w and h right first"
    let caption = """
        The same anchor `(x, y, w, h) = (10.6, 10.4, 2.5, 1.6)` regressed towards the target \
        `(10, 10, 1, 1)` by GIoU, CIoU and EIoU, each with its true gradient (`autograd`), \
        80 updates `B ← B − 0.05 (2 − IoU) ∂L/∂B` with a constant step. Top: the boxes after a few \
        iterations (grey: target, blue dash-dot: anchor, dotted: path of the centre). Bottom: the size error \
        `|w − wₜ| + |h − hₜ|`, the centre error `|x − xₜ| + |y − yₜ|`, and their sum, the l1 error of the \
        DIoU simulation. GIoU's penalty sees only areas and CIoU's `v` only the ratio `w/h`; both \
        shrink the box through the IoU term alone, which is weak while the box is much larger than the \
        target. EIoU's `(w − wₜ)²/C_w² + (h − hₜ)²/C_h²` acts on each side directly, so its size error \
        falls first and fastest, and the centre follows (Focal-EIoU paper, Zhang et al. 2022). \
        A constant step does not settle: once an edge or the centre reaches the target's, the next \
        update can carry it past, so the l1 error rises on 9 (GIoU), 15 (CIoU) and 15 (EIoU) of the 79 \
        updates after the first. From update 44 on, EIoU's centre jumps across the target in `x` at every \
        update (`x − xₜ` alternately about +0.05 and −0.04, and likewise in `y`), and its l1 error stays \
        between 0.11 and 0.15 instead of falling to 0.
        """
    let dataKeys = """
        - `target`, `anchor`: `[x, y, w, h]`; `step`: `η` of the updates `B ← B − η (2 − IoU) ∂L/∂B`; `iterations`: the number of updates; \
        `convention`: `autograd`.
        - `losses[]`: per loss `name`, `snapshots[]` (`iteration`, `box` `[x, y, w, h]`) at the drawn \
        iterations, and after every update (index `t − 1` for update `t`) `size_error`, `centre_error`, \
        `l1_error` and `centre_offset` `[x − xₜ, y − yₜ]`.
        """

    static let target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1)
    static let anchor = CentreFormBox(cx: 10.6, cy: 10.4, w: 2.5, h: 1.6)
    /// A constant step. No constant step lets the l1 error fall monotonically: the
    /// losses are not smooth where an edge or the centre meets the target's, so
    /// near the target every update of a fixed size can overshoot (the caption
    /// counts the rises; `RegressionFiguresTests` checks them).
    static let step = 0.05
    static let iterations = 80
    static let drawn = [10, 20, 40, 80]
    static let losses = ["giou", "ciou", "eiou"]

    struct Snapshot: Encodable {
        var iteration: Int
        var box: [Double]
    }

    struct Run: Encodable {
        var name: String
        var snapshots: [Snapshot]
        var sizeError: [Double]
        var centreError: [Double]
        var l1Error: [Double]
        var centreOffset: [[Double]]

        enum CodingKeys: String, CodingKey {
            case name, snapshots
            case sizeError = "size_error"
            case centreError = "centre_error"
            case l1Error = "l1_error"
            case centreOffset = "centre_offset"
        }
    }

    struct Numbers: Encodable {
        var target: [Double]
        var anchor: [Double]
        var step: Double
        var iterations: Int
        var convention: String
        var losses: [Run]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let target = Self.target
        var trajectories: [RegressionTrajectory] = []
        for name in Self.losses {
            trajectories.append(try RegressionTrajectory(
                direction: AutogradDirection(try LossCatalogue.boxLoss(name)), start: Self.anchor, target: target,
                iterations: Self.iterations, schedule: .constant(Self.step)))
        }
        let runs = trajectories.map { trajectory in
            let after = trajectory.snapshots.filter { $0.iteration > 0 }.map(\.box)
            return Run(
                name: trajectory.loss,
                snapshots: Self.drawn.compactMap { t in
                    trajectory.snapshots.first { $0.iteration == t }.map { Snapshot(iteration: t, box: [$0.box.cx, $0.box.cy, $0.box.w, $0.box.h]) }
                },
                sizeError: after.map { abs($0.w - target.w) + abs($0.h - target.h) },
                centreError: after.map { abs($0.cx - target.cx) + abs($0.cy - target.cy) },
                l1Error: trajectory.error,
                centreOffset: after.map { [$0.cx - target.cx, $0.cy - target.cy] })
        }
        let diagrams = zip(trajectories, Self.losses).map { trajectory, name in
            RegressionSnapshotDiagram(trajectory: trajectory, iterations: Self.drawn, color: LossStyle.named(name)?.color ?? .black)
        }
        let boxes = diagrams.flatMap(\.drawnBoxes)
        let pad = 0.25
        let xLimits = ((boxes.map(\.x1).min() ?? 0) - pad)...((boxes.map(\.x2).max() ?? 1) + pad)
        // Room above the boxes for the legend.
        let yLimits = ((boxes.map(\.y1).min() ?? 0) - pad)...((boxes.map(\.y2).max() ?? 1) + 3 * pad)

        var figure = Figure(width: 10.5, height: 7.2)
        figure.grid(rows: 2, columns: 3)
        figure.panelLetters = true
        figure.rowHeights = [0.8, 1]
        let titles = ["GIoU", "CIoU", "EIoU"]
        for (column, diagram) in diagrams.enumerated() {
            var axes = figure[0, column].panel
            diagram.draw(on: &axes)
            axes.aspect = .equal
            axes.xLimits = xLimits
            axes.yLimits = yLimits
            axes.title = titles[column]
            axes.xLabel = "$x$"
            if column == 0 { axes.yLabel = "$y$" }
            axes.legend(.upperCenter, columns: 2, fontSize: 8)
            figure[0, column].panel = axes
        }

        let t = (1...Self.iterations).map(Double.init)
        let errors: [(title: String, label: String, values: (Run) -> [Double])] = [
            ("size error", "$|w - w_t| + |h - h_t|$", \.sizeError),
            ("centre error", "$|x - x_t| + |y - y_t|$", \.centreError),
            ("$\\ell_1$ error (sum)", "$\\ell_1$ error", \.l1Error),
        ]
        let largest = runs.flatMap { run in errors.flatMap { $0.values(run) } }.max() ?? 1
        for (column, error) in errors.enumerated() {
            var axes = figure[1, column].panel
            for (index, run) in runs.enumerated() {
                axes.line(x: t, y: error.values(run), label: titles[index], style: .loss(run.name, width: 1.8))
            }
            axes.yLimits = 0...(largest * 1.05)
            axes.xLimits = 0...Double(Self.iterations)
            axes.title = error.title
            axes.xLabel = "iteration $t$"
            axes.yLabel = error.label
            if column == 0 { axes.legend(.upperRight) }
            figure[1, column].panel = axes
        }
        figure.title = String(format: "EIoU brings w and h to the target first (true gradients, B ← B − %g·(2 − IoU)·∂L/∂B)", Self.step)
        let numbers = Numbers(target: [target.cx, target.cy, target.w, target.h],
                              anchor: [Self.anchor.cx, Self.anchor.cy, Self.anchor.w, Self.anchor.h],
                              step: Self.step, iterations: Self.iterations,
                              convention: GradientConvention.autograd.rawValue, losses: runs)
        return FigureProduct(figure: figure, data: numbers)
    }
}
