import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// The total-error curves of box-regression simulations (DIoU paper, Zheng et
/// al. AAAI 2020, Fig. 3(b)): `E_t = Σ_cases |x − xₜ| + |y − yₜ| + |w − wₜ| + |h − hₜ|`
/// after update `t`, one curve per loss in the loss's colour, with the step-size
/// changes of the schedule marked. Drawn by `simulation-error`,
/// `simulation-gradient-conventions` and `lossviz simulate --output`.
public struct SimulationErrorChart: Sendable {
    /// One loss's curve.
    public struct Curve: Sendable {
        /// The loss's catalogue name (sets the colour).
        public var loss: String
        /// `E_1 ... E_n` as drawn (already scaled, if scaled).
        public var error: [Double]
        /// The legend text.
        public var label: String
        /// Dashed (e.g. for another gradient convention than the solid curves').
        public var dashed: Bool

        /// A curve of `error` for `loss`.
        public init(loss: String, error: [Double], label: String, dashed: Bool = false) {
            self.loss = loss
            self.error = error
            self.label = label
            self.dashed = dashed
        }
    }

    /// The curves, in legend order.
    public var curves: [Curve]
    /// The step size of the first iteration.
    public var firstStep: Double
    /// Iterations after which the step size changes (drawn as vertical lines,
    /// the steps named by `stepText`).
    public var stepChanges: [(iteration: Int, step: Double)]
    /// The y-axis label.
    public var errorLabel: String

    /// A chart of `curves` for a run with `schedule` over `iterations` updates.
    public init(curves: [Curve], schedule: StepSchedule, iterations: Int,
                errorLabel: String = "total $\\ell_1$ error $E_t$") {
        self.curves = curves
        self.errorLabel = errorLabel
        firstStep = schedule.phases.first?.step ?? .nan
        var changes: [(Int, Double)] = []
        var end = 0
        for (phase, next) in zip(schedule.phases, schedule.phases.dropFirst()) {
            end += phase.length
            if end < iterations { changes.append((end, next.step)) }
        }
        stepChanges = changes
    }

    /// The chart of every result of a run, solid, labelled by loss.
    public init(results: [SimulationResult], simulation: SimulationSettings) {
        self.init(curves: results.map { Curve(loss: $0.loss, error: $0.error, label: LossDisplayName.of($0.loss)) },
                  schedule: simulation.schedule, iterations: simulation.iterations)
    }

    /// The figure `lossviz simulate --output` draws: the error curves of every loss
    /// of `report`, titled with its protocol, convention and case count.
    public static func figure(of report: SimulationReport) -> Figure {
        let simulation = report.simulation
        let source = report.seed.map { "\(grouped(simulation.anchorCentres.count)) random anchor centres, seed \($0)" }
            ?? "\(grouped(simulation.anchorCentres.count)) anchor centres from a file"
        return SimulationErrorChart(results: report.results, simulation: simulation).figure(
            title: "Box-regression simulation (\(simulation.name)): \(report.convention.rawValue) gradients, "
                + "\(grouped(simulation.caseCount)) cases",
            caption: "\(source), \(simulation.iterations) iterations.")
    }

    /// `1715000` as `"1,715,000"`.
    static func grouped(_ count: Int) -> String {
        let digits = String(count)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// The schedule in words, e.g. `"η = 0.1, 0.01 from t = 161, 0.001 from t = 181"`.
    var stepText: String {
        ([String(format: "η = %g", firstStep)] + stepChanges.map { String(format: "%g from t = %d", $0.step, $0.iteration + 1) })
            .joined(separator: ", ")
    }

    /// The largest and the smallest positive value of the curves.
    var range: (positiveMinimum: Double, maximum: Double) {
        let values = curves.flatMap(\.error).filter(\.isFinite)
        return (values.filter { $0 > 0 }.min() ?? 1, values.max() ?? 1)
    }

    /// Whether curves `a` and `b` lie within `tolerance` of each other
    /// (relative to the larger) at more than half of their common iterations,
    /// so that a line drawn over the other would hide it.
    static func overlap(_ a: [Double], _ b: [Double], tolerance: Double = 0.1) -> Bool {
        let pairs = zip(a, b).filter { $0.isFinite && $1.isFinite }
        guard !pairs.isEmpty else { return false }
        let close = pairs.filter { abs($0 - $1) <= tolerance * max(abs($0), abs($1)) }.count
        return 2 * close > pairs.count
    }

    /// The line width of every curve: 1.8, or a wide translucent band (4.2)
    /// for a curve that a later one overlaps (`overlap`), so that the later
    /// curve, drawn on top, shows inside it and both read (DIoU under CIoU).
    var widths: [Double] {
        curves.indices.map { k in
            curves[(k + 1)...].contains { Self.overlap(curves[k].error, $0.error) } ? 4.2 : 1.8
        }
    }

    /// The unit of a linear error axis: the power of ten of the largest value
    /// (the curves are divided by it and the axis label says so), 1 below 10⁴.
    var linearUnit: Double {
        let high = range.maximum
        return high >= 1e4 ? pow(10, floor(log10(high))) : 1
    }

    /// Draws the curves on `axes` with a linear or logarithmic error axis.
    public func draw(on axes: inout Axes, scale: AxisScale) {
        let count = curves.map(\.error.count).max() ?? 1
        let unit = scale == .linear ? linearUnit : 1
        for (curve, width) in zip(curves, widths) {
            var style = LineStyle.loss(curve.loss, width: width)
            if width > 1.8 { style.color = style.color?.withAlpha(0.45) }
            if curve.dashed { style.dash = .dashed }
            axes.line(x: (1...max(curve.error.count, 1)).map(Double.init), y: curve.error.map { $0 / unit },
                      label: curve.label, style: style)
        }
        let (low, high) = range
        let limits: ClosedRange<Double>
        switch scale {
        case .linear:
            limits = 0...(high / unit * 1.05)
        case .log:
            axes.yScale = .log
            limits = pow(10, floor(log10(low)))...pow(10, ceil(log10(high)))
        }
        axes.yLimits = limits
        for change in stepChanges {
            axes.verticalLine(at: Double(change.iteration))
        }
        axes.xLimits = 0...Double(count)
        axes.xLabel = "iteration $t$"
        axes.yLabel = unit == 1 ? errorLabel : errorLabel + " ($\\times 10^{\(Int(log10(unit).rounded()))}$)"
    }

    /// Two panels, the error on a linear axis (as in the paper) and on a log axis
    /// (the late convergence), legend at the right; `stepText` ends the caption.
    public func figure(title: String?, caption: String? = nil) -> Figure {
        var figure = Figure(width: 10, height: 4.2)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        var linear = figure[0].panel, log = figure[1].panel
        draw(on: &linear, scale: .linear)
        draw(on: &log, scale: .log)
        linear.title = "linear error axis"
        log.title = "logarithmic error axis"
        log.yLabel = nil
        log.legend(.outsideRight)
        figure[0].panel = linear
        figure[1].panel = log
        figure.title = title
        figure.caption = [caption, "Dashed vertical lines: step changes, \(stepText)."].compactMap { $0 }.joined(separator: " ")
        return figure
    }
}
