import LossvizLosses
import LossvizPlot
import LossvizSweep

/// The explorer's current view as a figure, for its PNG/SVG/PDF export: the
/// target (grey) and the predicted box (ultramarine) in `BoxColors`, each loss's negative gradient as
/// arrows on the predicted box's edges (one colour per loss, the legend giving
/// the loss's value) and, when a regression was played, the path of the box
/// centre under each loss and its last box.
public struct ExplorerViewFigure: Sendable {
    /// The target box.
    public var target: Box
    /// The predicted box.
    public var prediction: Box
    /// The losses shown.
    public var losses: [ConfiguredBoxLoss]
    /// The gradient convention of the arrows.
    public var convention: GradientConvention
    /// Regressions from the predicted box (any order); empty when none was played.
    public var trajectories: [RegressionTrajectory]

    /// A view; see the properties.
    public init(target: Box, prediction: Box, losses: [ConfiguredBoxLoss], convention: GradientConvention,
                trajectories: [RegressionTrajectory] = []) {
        self.target = target
        self.prediction = prediction
        self.losses = losses
        self.convention = convention
        self.trajectories = trajectories
    }

    /// The longest gradient arrow, as a share of the larger side of the predicted box.
    static let longestArrow = 0.45

    /// The figure: one panel, equal axes, limits fitting every drawn box and arrow.
    public func figure() -> Figure {
        var axes = Axes()
        axes.rectangle(x1: target.x1, y1: target.y1, x2: target.x2, y2: target.y2,
                       stroke: RegressionSnapshotDiagram.targetStroke, fill: RegressionSnapshotDiagram.targetFill,
                       width: 1.5, label: "target")
        axes.rectangle(x1: prediction.x1, y1: prediction.y1, x2: prediction.x2, y2: prediction.y2, stroke: BoxColors.prediction,
                       width: 1.8, label: "prediction")
        var extent = [target, prediction]
        let evaluations = losses.map { $0.evaluate(prediction: prediction, target: target, convention: convention) }
        let largest = evaluations.compactMap { $0?.gradient.corners.map(abs).max() }.filter(\.isFinite).max() ?? 0
        let side = max(prediction.x2 - prediction.x1, prediction.y2 - prediction.y1)
        let scale = largest > 0 ? Self.longestArrow * side / largest : 0
        let midX = (prediction.x1 + prediction.x2) / 2, midY = (prediction.y1 + prediction.y2) / 2
        for (index, (loss, evaluation)) in zip(losses, evaluations).enumerated() {
            let color = LossStyle.named(loss.name)?.color ?? .black
            guard let evaluation else { continue }
            let d = evaluation.gradient.corners.map { $0.isFinite ? -$0 * scale : 0 }
            // Arrows of several losses on one edge sit side by side.
            let shift = (Double(index) - Double(losses.count - 1) / 2) * 0.08 * side
            let edges: [(from: Point, to: Point)] = [
                (Point(prediction.x1, midY + shift), Point(prediction.x1 + d[0], midY + shift)),
                (Point(midX + shift, prediction.y1), Point(midX + shift, prediction.y1 + d[1])),
                (Point(prediction.x2, midY + shift), Point(prediction.x2 + d[2], midY + shift)),
                (Point(midX + shift, prediction.y2), Point(midX + shift, prediction.y2 + d[3])),
            ]
            for (edge, (from, to)) in edges.enumerated() where abs(d[edge]) > 1e-9 * side {
                axes.arrow(from: from, to: to, color: color, width: 1.6,
                           label: edge == 0 ? "\(LossDisplayName.of(loss.name)) = \(FigureNumberText.fixed(evaluation.value, 3))" : nil)
                extent.append(Box(x1: min(from.x, to.x), y1: min(from.y, to.y), x2: max(from.x, to.x) + 1e-9, y2: max(from.y, to.y) + 1e-9))
            }
        }
        for trajectory in trajectories {
            let color = LossStyle.named(trajectory.loss)?.color ?? .black
            let centres = trajectory.snapshots.map(\.box)
            axes.line(x: centres.map(\.cx), y: centres.map(\.cy), style: LineStyle(color: color.withAlpha(0.8), width: 1.1, dash: .dotted))
            let last = trajectory.final.box
            axes.rectangle(x1: last.x1, y1: last.y1, x2: last.x2, y2: last.y2, stroke: color, width: 1.4, dash: .dashed,
                           label: "\(LossDisplayName.of(trajectory.loss)) after \(trajectory.error.count) iterations")
            extent.append(contentsOf: centres.map(\.box))
        }
        let pad = 0.15 * max(side, target.x2 - target.x1, target.y2 - target.y1)
        axes.xLimits = ((extent.map(\.x1).min() ?? 0) - pad)...((extent.map(\.x2).max() ?? 1) + pad)
        axes.yLimits = ((extent.map(\.y1).min() ?? 0) - pad)...((extent.map(\.y2).max() ?? 1) + pad)
        axes.aspect = .equal
        axes.xLabel = "$x$"
        axes.yLabel = "$y$"
        axes.legend(.outsideRight)
        var figure = Figure(width: 8, height: 5.4)
        figure.axes.panel = axes
        figure.title = "Losses of the predicted box; arrows: −∇L on each edge (\(convention.rawValue))"
        return figure
    }
}
