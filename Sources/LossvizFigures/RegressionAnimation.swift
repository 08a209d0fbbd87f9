import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// A box regression that moves: one anchor regressed towards one target by
/// several losses, drawn frame by frame with one panel per loss (target and
/// anchor in `BoxColors`, the path of the box centre so far and the current box
/// in the loss's colour) and a last panel of
/// the l1 error against iteration, its curves growing with the frames; the
/// title counts the iterations. `lossviz animate` and the gallery's `.svg` and
/// `.gif` animations.
public struct RegressionAnimation: Sendable {
    /// One regressed loss: the loss and the gradient convention it descends.
    public struct Run: Sendable {
        /// The loss.
        public var loss: ConfiguredBoxLoss
        /// Its gradient convention.
        public var convention: GradientConvention

        /// A run of `loss` under `convention`.
        public init(loss: ConfiguredBoxLoss, convention: GradientConvention) {
            self.loss = loss
            self.convention = convention
        }
    }

    /// The losses, one panel each.
    public var runs: [Run]
    /// The start box.
    public var anchor: CentreFormBox
    /// The target box.
    public var target: CentreFormBox
    /// Updates in all.
    public var iterations: Int
    /// The constant step `η` of `B ← B − η (2 − IoU) ∂L/∂B`.
    public var step: Double
    /// Frames per second.
    public var framesPerSecond: Double
    /// The most frames drawn (iterations are sampled when there are more).
    public var maximumFrames: Int
    /// How long the last frame stays before the loop starts again, in seconds.
    public var hold = 1.5
    /// What the animation shows, before the iteration counter in the title
    /// (nil: the losses' names, e.g. "GIoU vs DIoU").
    public var headline: String?

    /// An animation; see the properties.
    public init(runs: [Run], anchor: CentreFormBox, target: CentreFormBox, iterations: Int, step: Double = 0.1,
                framesPerSecond: Double = 20, maximumFrames: Int = 80, headline: String? = nil) {
        self.runs = runs
        self.anchor = anchor
        self.target = target
        self.iterations = iterations
        self.step = step
        self.framesPerSecond = framesPerSecond
        self.maximumFrames = maximumFrames
        self.headline = headline
    }

    /// The regressions, every box recorded.
    /// - Throws: `SimulationError` or `SimulationRequestError` from `RegressionTrajectory`.
    public func trajectories() throws -> [RegressionTrajectory] {
        try runs.map {
            try RegressionTrajectory(loss: $0.loss, convention: $0.convention, start: anchor, target: target,
                                     iterations: iterations, schedule: .constant(step))
        }
    }

    /// The iteration each frame shows: every one when they fit, else denser at
    /// the start, where the boxes move fastest; the first is 0, the last `iterations`.
    public var frameIterations: [Int] {
        let count = min(iterations + 1, max(2, maximumFrames))
        var result: [Int] = []
        for k in 0 ..< count {
            let fraction = Double(k) / Double(count - 1)
            let iteration = count == iterations + 1 ? k : Int((Double(iterations) * pow(fraction, 1.5)).rounded())
            if result.last != iteration { result.append(iteration) }
        }
        return result
    }

    /// How long each frame of `frameIterations` is shown, in seconds (the last one holds).
    public var frameDurations: [Double] {
        let frames = frameIterations.count
        return (0 ..< frames).map { $0 == frames - 1 ? hold : 1 / framesPerSecond }
    }

    /// The frame at `iteration` of `trajectories` (from `trajectories()`).
    public func frame(at iteration: Int, of trajectories: [RegressionTrajectory]) -> Figure {
        let boxes = trajectories.flatMap { $0.snapshots.map(\.box.box) } + [target.box]
        let pad = 0.15 * max(target.w, target.h, anchor.w, anchor.h)
        var x1 = (boxes.map(\.x1).min() ?? 0) - pad, x2 = (boxes.map(\.x2).max() ?? 1) + pad
        var y1 = (boxes.map(\.y1).min() ?? 0) - pad, y2 = (boxes.map(\.y2).max() ?? 1) + pad
        // A square window, so that every panel has the same shape.
        let side = max(x2 - x1, y2 - y1)
        (x1, x2) = ((x1 + x2 - side) / 2, (x1 + x2 + side) / 2)
        (y1, y2) = ((y1 + y2 - side) / 2, (y1 + y2 + side) / 2)

        var figure = Figure(width: 2.55 * Double(runs.count) + 3.3, height: 3.15)
        figure.grid(rows: 1, columns: runs.count + 1)
        figure.columnWidths = Array(repeating: 1, count: runs.count) + [1.25]
        figure.panelLetters = true
        for (column, trajectory) in trajectories.enumerated() {
            let color = LossStyle.named(trajectory.loss)?.color ?? .black
            var axes = figure[0, column].panel
            let goal = target.box, start = anchor.box
            axes.rectangle(x1: goal.x1, y1: goal.y1, x2: goal.x2, y2: goal.y2, stroke: RegressionSnapshotDiagram.targetStroke,
                           fill: RegressionSnapshotDiagram.targetFill, width: 1.5)
            axes.rectangle(x1: start.x1, y1: start.y1, x2: start.x2, y2: start.y2, stroke: BoxColors.prediction, width: 1.3,
                           dash: .dashDot)
            let path = trajectory.snapshots.prefix(iteration + 1).map(\.box)
            axes.line(x: path.map(\.cx), y: path.map(\.cy), style: LineStyle(color: color.withAlpha(0.8), width: 1.1, dash: .dotted))
            if let current = path.last?.box {
                axes.rectangle(x1: current.x1, y1: current.y1, x2: current.x2, y2: current.y2, stroke: color, width: 2)
            }
            axes.aspect = .equal
            axes.xLimits = x1...x2
            axes.yLimits = y1...y2
            axes.title = Self.title(of: runs[column])
            figure[0, column].panel = axes
        }
        var chart = figure[0, runs.count].panel
        let largest = trajectories.flatMap(\.error).filter(\.isFinite).max() ?? 1
        let initial = anchor.l1Distance(to: target)
        for trajectory in trajectories {
            let shown = [initial] + trajectory.error.prefix(iteration)
            let style = LossStyle.named(trajectory.loss) ?? LossStyle(color: .black)
            chart.line(x: shown.indices.map(Double.init), y: shown, label: LossDisplayName.of(trajectory.loss),
                       style: LineStyle(color: style.color, width: 1.6, dash: style.dash))
        }
        chart.xLimits = 0...Double(iterations)
        chart.yLimits = 0...(max(largest, initial) * 1.05)
        chart.xLabel = "iteration $t$"
        chart.yLabel = "$\\ell_1$ error"
        chart.title = "error $\\|B - B_t\\|_1$"
        chart.legend(Self.legendCorner(errors: trajectories.map { [initial] + $0.error }, ceiling: max(largest, initial) * 1.05))
        figure[0, runs.count].panel = chart
        let headline = self.headline ?? runs.map { LossDisplayName.of($0.loss.name) }.joined(separator: " vs ")
        figure.title = "\(headline): iteration \(iteration) of \(iterations)"
        return figure
    }

    /// A panel's title: the loss's name and, for reference gradients, the convention.
    /// The corner of the error chart that the whole run's curves cross least, so
    /// that the legend stays in one place in every frame (matplotlib's "best",
    /// decided once on the final curves rather than per frame). A corner is the
    /// outer 40 % of the width and 30 % of the height; ties go to the upper right.
    static func legendCorner(errors: [[Double]], ceiling: Double) -> LegendPosition {
        let corners: [(LegendPosition, x: ClosedRange<Double>, y: ClosedRange<Double>)] = [
            (.upperRight, 0.6...1, 0.7...1), (.lowerLeft, 0...0.4, 0...0.3),
            (.lowerRight, 0.6...1, 0...0.3), (.upperLeft, 0...0.4, 0.7...1),
        ]
        func crossings(_ corner: (LegendPosition, x: ClosedRange<Double>, y: ClosedRange<Double>)) -> Int {
            errors.reduce(0) { count, curve in
                let last = Double(max(curve.count - 1, 1))
                return count + curve.indices.filter { corner.x.contains(Double($0) / last) && corner.y.contains(curve[$0] / ceiling) }.count
            }
        }
        return corners.min { crossings($0) < crossings($1) }?.0 ?? .upperRight
    }

    static func title(of run: Run) -> String {
        LossDisplayName.of(run.loss.name) + (run.convention == .reference ? " (reference)" : "")
    }

    /// Every frame, in order.
    /// - Throws: as `trajectories()`.
    public func frames() throws -> [Figure] {
        let runs = try trajectories()
        return frameIterations.map { frame(at: $0, of: runs) }
    }
}
