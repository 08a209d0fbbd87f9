import LossvizLosses
import LossvizPlot
import LossvizSweep

/// Draws one box regression as boxes on a panel: the target (grey, filled),
/// the anchor (blue, dash-dot), the box at a few iterations in the loss's
/// colour (fainter and dashed early, solid at the last one) with a legend entry
/// each (`"N iterations"`), and the path of the box centre over every iteration (dotted) — the
/// drawing of the DIoU paper's Fig. 1 and of the Focal-EIoU paper's examples.
/// (Colours: `BoxColors`.)
struct RegressionSnapshotDiagram {
    /// The regression, recorded at every iteration (`record: nil`).
    var trajectory: RegressionTrajectory
    /// The iterations whose box is drawn (each must be recorded).
    var iterations: [Int]
    /// The colour of the regressed boxes (the loss's colour).
    var color: Color

    /// The target's look, shared by every regression figure.
    static let targetFill = BoxColors.targetFill
    static let targetStroke = BoxColors.target

    /// The recorded box after `iteration` updates.
    func box(at iteration: Int) -> CentreFormBox? {
        trajectory.snapshots.first { $0.iteration == iteration }?.box
    }

    /// The corner-form boxes the diagram draws (target, anchor, snapshots), for fitting limits.
    var drawnBoxes: [Box] {
        [trajectory.target.box] + ([0] + iterations).compactMap { box(at: $0)?.box }
    }

    /// Draws the diagram on `axes`.
    func draw(on axes: inout Axes) {
        let target = trajectory.target.box
        axes.rectangle(x1: target.x1, y1: target.y1, x2: target.x2, y2: target.y2,
                       stroke: Self.targetStroke, fill: Self.targetFill, width: 1.5)
        if let anchor = box(at: 0)?.box {
            axes.rectangle(x1: anchor.x1, y1: anchor.y1, x2: anchor.x2, y2: anchor.y2, stroke: BoxColors.prediction, width: 1.3,
                           dash: .dashDot)
        }
        let centres = trajectory.snapshots.map(\.box)
        axes.line(x: centres.map(\.cx), y: centres.map(\.cy),
                  style: LineStyle(color: color.withAlpha(0.8), width: 1.1, dash: .dotted))
        let count = iterations.count
        for (index, iteration) in iterations.enumerated() {
            guard let box = box(at: iteration)?.box else { continue }
            let progress = count > 1 ? Double(index) / Double(count - 1) : 1
            axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: color.withAlpha(0.4 + 0.6 * progress),
                           width: 1.2 + 0.6 * progress, dash: index == count - 1 ? .solid : .dashed,
                           label: "\(iteration) iterations")
        }
    }
}
