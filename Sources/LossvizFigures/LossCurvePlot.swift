import LossvizLosses
import LossvizPlot
import LossvizSweep

/// The figure of `lossviz curve`: each loss of a `CurveReport` over its
/// variable in the loss's shared colour (`LineStyle.loss`), and with
/// `derivative` a second panel of `dL/dx`. Infinite values (e.g. `-ln IoU`
/// at IoU = 0) leave gaps; log-spaced reports get a log x axis.
public enum LossCurvePlot {
    /// The figure of `report`, with the derivative panel when `derivative` is true.
    public static func figure(_ report: CurveReport, derivative: Bool) -> Figure {
        var figure = Figure(width: derivative ? 10 : 6.4, height: 4.2)
        figure.grid(rows: 1, columns: derivative ? 2 : 1)
        figure.panelLetters = derivative
        let xs = report.axis.values
        let symbol = variableSymbol(report)
        let xLabel = variableLabel(report)

        var values = Axes(title: derivative ? "Loss" : nil)
        var slopes = Axes(title: "Derivative dL/d\(symbol)")
        for curve in report.curves {
            let (name, value, slope) = series(curve)
            let style = LineStyle.loss(name, width: 1.8)
            values.line(x: xs, y: value, label: name, style: style)
            slopes.line(x: xs, y: slope, label: name, style: style)
        }
        values.yLimits = robustLimits(report.curves.flatMap { series($0).1 })
        slopes.yLimits = robustLimits(report.curves.flatMap { series($0).2 })
        for index in figure.panels.indices {
            var axes = index == 0 ? values : slopes
            axes.cell = figure.panels[index].cell
            axes.xLabel = xLabel
            axes.yLabel = index == 0 ? "L" : "dL/d\(symbol)"
            if report.logarithmic { axes.xScale = .log }
            axes.grid = true
            figure.panels[index] = axes
        }
        figure.panels[figure.panels.count - 1].legend(derivative ? .outsideRight : .best)
        figure.title = title(report)
        return figure
    }

    /// Limits that keep a few near-singular samples (e.g. `d(-ln IoU)` as IoU
    /// goes to 0) from flattening every other curve: when the full range of the
    /// finite values is more than 4 times their 1st-99th percentile range, the
    /// percentile range plus 10 % each side; otherwise nil (fit all the data).
    static func robustLimits(_ values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite).sorted()
        guard finite.count >= 20, let lowest = finite.first, let highest = finite.last else { return nil }
        let lower = finite[finite.count / 100], upper = finite[finite.count - 1 - finite.count / 100]
        let spread = upper - lower
        guard spread > 0, highest - lowest > 4 * spread else { return nil }
        return (lower - 0.1 * spread)...(upper + 0.1 * spread)
    }

    /// The loss name, values and derivatives of one curve.
    private static func series(_ curve: CurveReport.Curve) -> (String, [Double], [Double]) {
        switch curve {
        case let .box(c): return (c.loss, c.value, c.derivative)
        case let .scalar(c, _): return (c.loss, c.value, c.derivative)
        }
    }

    /// The variables of the report's curves, each once, in curve order.
    private static func variables(_ report: CurveReport) -> [String] {
        var names: [String] = []
        for curve in report.curves {
            let name: String
            switch curve {
            case let .box(c): name = c.parameter.rawValue
            case let .scalar(c, _): name = c.variable
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A short symbol for the variable (`x`, `z`, `Δx`, `w`, ...), `x` when curves disagree.
    private static func variableSymbol(_ report: CurveReport) -> String {
        let names = variables(report)
        guard names.count == 1, let name = names.first else { return "x" }
        switch name {
        case "residual": return "x"
        case "logit", "true-class logit": return "z"
        case BoxSweepParameter.offsetX.rawValue: return "Δx"
        case BoxSweepParameter.offsetY.rawValue: return "Δy"
        case BoxSweepParameter.width.rawValue: return "w"
        case BoxSweepParameter.height.rawValue: return "h"
        case BoxSweepParameter.scale.rawValue: return "s"
        case BoxSweepParameter.aspect.rawValue: return "r"
        default: return "x"
        }
    }

    /// The x-axis label: what the variable is, with its symbol.
    private static func variableLabel(_ report: CurveReport) -> String {
        let names = variables(report)
        let described = names.map { name -> String in
            switch name {
            case "residual": return "residual x"
            case "logit": return "logit z (target \(FigureNumberText.trimmed(report.binaryTarget)))"
            case "true-class logit": return "true-class logit z (\(report.classCount) classes, others 0)"
            case BoxSweepParameter.offsetX.rawValue: return "centre offset $\\Delta x = x - x_t$"
            case BoxSweepParameter.offsetY.rawValue: return "centre offset Δy = cy − cyₜ"
            case BoxSweepParameter.width.rawValue: return "prediction width w"
            case BoxSweepParameter.height.rawValue: return "prediction height h"
            case BoxSweepParameter.scale.rawValue: return "area ratio $s = wh/(w_t h_t)$"
            case BoxSweepParameter.aspect.rawValue: return "aspect ratio r = w/h"
            default: return name
            }
        }
        return names.count == 1 ? described[0] : "x: " + described.joined(separator: "; ")
    }

    /// The figure title; for box losses it names the target and the moving prediction.
    private static func title(_ report: CurveReport) -> String {
        let names = report.curves.map { series($0).0 }.joined(separator: ", ")
        let hasBox = report.curves.contains { if case .box = $0 { return true } else { return false } }
        guard hasBox else { return names }
        let t = report.box.target, b = report.box.base
        let box = { (c: CentreFormBox) in
            "(\([c.cx, c.cy, c.w, c.h].map { FigureNumberText.trimmed($0, decimals: 3) }.joined(separator: ", ")))"
        }
        return "\(names): prediction \(box(b)) moved along \(report.box.parameter.rawValue), target \(box(t)) as (cx, cy, w, h)"
    }
}
