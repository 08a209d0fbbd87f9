import Foundation
import LossvizLosses
import LossvizPlot

/// `focal-l1`: the focal L1 loss of the Focal-EIoU paper and its gradient
/// magnitude for several `beta` at a fixed `alpha` (seed 2.9.1; Zhang et al.,
/// Neurocomputing 2022, Eq. 11-12).
///
/// `L = -alpha x^2 (2 ln(beta x) - 1)/4` for `0 < x <= 1`, `-alpha ln(beta) x + C`
/// above; `|dL/dx| = -alpha x ln(beta x)` peaks at `x = 1/(e beta)` with value
/// `alpha/(e beta)` and goes to 0 with `x`. Values from `FocalL1Loss`.
struct FocalL1Figure: FigureRecipe {
    let name = "focal-l1"
    let summary = "Focal L1 loss and its gradient magnitude for several β: the gradient peaks at x = 1/(eβ) and vanishes for small errors"
    let caption = """
        The focal L1 loss of the Focal-EIoU paper (Zhang et al., Neurocomputing 2022, Eq. 11–12) \
        over the absolute error `x`, for `β ∈ {1/e, 0.5, 0.75, 1}` at `α = 1`, with L1 (dashed) for \
        reference. (a) `L = −α x² (2 ln(βx) − 1)/4` for `x ≤ 1` and `−α ln(β) x + C` above, `C` \
        making it continuous. (b) The gradient magnitude `|dL/dx| = −α x ln(βx)` rises from 0, \
        peaks at `x* = 1/(eβ)` (dots, value `α/(eβ)`) and for `x > 1` stays at `−α ln β`. \
        Unlike L1, whose gradient is 1 for every error, small errors (`x → 0`) get almost no \
        gradient, so the many nearly-right boxes do not drown the informative ones; a smaller \
        `β` moves the peak to larger errors and raises the gradient there. Values from lossviz's \
        focal L1 loss.
        """
    let dataKeys = """
        - `alpha`: the fixed `α`; `x`: the absolute errors sampled.
        - `curves[]`: per `beta`, `loss` and `gradient_magnitude` (`|dL/dx|`) at each `x`, \
        `peak_x` (`1/(eβ)`), `peak_gradient` (the library's `|dL/dx|` there) and `sampled_peak_x` \
        (where the sampled gradient is largest).
        """

    /// The fixed scale `alpha`.
    static let alpha = 1.0
    /// The `beta`s drawn: from the smallest allowed, `1/e`, to 1.
    static let betas: [Double] = [FocalL1Loss.defaultBeta, 0.5, 0.75, 1]
    /// Absolute errors 0 ... 1.5 in steps of 0.001.
    static let errors = (0...1500).map { Double($0) / 1000 }

    struct Curve: Encodable {
        var beta: Double
        var loss: [Double]
        var gradientMagnitude: [Double]
        var peakX: Double
        var peakGradient: Double
        var sampledPeakX: Double

        enum CodingKeys: String, CodingKey {
            case beta, loss
            case gradientMagnitude = "gradient_magnitude"
            case peakX = "peak_x"
            case peakGradient = "peak_gradient"
            case sampledPeakX = "sampled_peak_x"
        }
    }

    struct Numbers: Encodable {
        var alpha: Double
        var x: [Double]
        var curves: [Curve]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let xs = Self.errors
        let curves = Self.betas.map { beta in
            let loss = FocalL1Loss(alpha: Self.alpha, beta: beta)
            let evaluations = xs.map { loss.evaluate($0) }
            let gradient = evaluations.map { abs($0.derivative) }
            let peakX = 1 / (M_E * beta)
            let sampledPeak = gradient.indices.max { gradient[$0] < gradient[$1] } ?? 0
            return Curve(beta: beta, loss: evaluations.map(\.value), gradientMagnitude: gradient, peakX: peakX,
                         peakGradient: abs(loss.evaluate(peakX).derivative), sampledPeakX: xs[sampledPeak])
        }
        let numbers = Numbers(alpha: Self.alpha, x: xs, curves: curves)
        return FigureProduct(figure: figure(numbers), data: numbers)
    }

    private static func label(_ beta: Double) -> String {
        abs(beta - FocalL1Loss.defaultBeta) < 1e-12 ? "β = 1/e" : "β = \(FigureNumberText.trimmed(beta))"
    }

    private func figure(_ n: Numbers) -> Figure {
        var figure = Figure(width: 10, height: 4.3)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        // Plasma, not viridis: viridis's teal would read as the L1 reference's colour.
        let colors = ParameterFamilyColors.colors(count: n.curves.count, map: .plasma)
        let l1 = L1Loss()
        let l1Style = LineStyle(color: LossStyle.named("l1")?.color, width: 1.3, dash: .dashed)
        let end = n.x[n.x.count - 1]

        var loss = Axes(title: "Focal L1 loss, α = \(FigureNumberText.trimmed(n.alpha))")
        loss.cell = figure.panels[0].cell
        var gradient = Axes(title: "Gradient magnitude |dL/dx|")
        gradient.cell = figure.panels[1].cell
        loss.line(x: n.x, y: n.x.map { l1.evaluate($0).value }, label: "L1", style: l1Style)
        let positive = n.x.filter { $0 > 0 }
        gradient.line(x: positive, y: positive.map { abs(l1.evaluate($0).derivative) }, style: l1Style)
        gradient.verticalLine(at: 1, style: LineStyle(color: Color(gray: 0.6), width: 0.8, dash: .dotted))
        gradient.text("x = 1: log branch\n→ linear branch", at: Point(1, 0.02), coordinates: .data, anchor: .bottomLeft,
                      offset: Point(4, 2), fontSize: 8.5, color: Color(gray: 0.35))
        for (curve, color) in zip(n.curves, colors) {
            let style = LineStyle(color: color, width: 1.9)
            loss.line(x: n.x, y: curve.loss, label: Self.label(curve.beta), style: style)
            gradient.line(x: n.x, y: curve.gradientMagnitude, style: style)
            gradient.line(x: [curve.peakX, curve.peakX], y: [0, curve.peakGradient],
                          style: LineStyle(color: color, width: 0.8, dash: .dotted))
            gradient.scatter(x: [curve.peakX], y: [curve.peakGradient], color: color, size: 7, edge: .white)
            gradient.text("x* = \(FigureNumberText.trimmed(curve.peakX))", at: Point(curve.peakX, curve.peakGradient),
                          anchor: .bottom, offset: Point(0, 6), fontSize: 8.5, color: color)
        }
        loss.xLimits = 0...end
        loss.yLimits = 0...end
        loss.xLabel = "absolute error x = |residual|"
        loss.yLabel = "L(x)"
        loss.legend(.upperLeft)

        gradient.text("small errors:\ngradient → 0", at: Point(0.02, 0.9), anchor: .topLeft, fontSize: 8.5,
                      color: Color(gray: 0.3))
        gradient.xLimits = 0...end
        gradient.yLimits = 0...1.18
        gradient.xLabel = "absolute error x"
        gradient.yLabel = "|dL/dx|"
        gradient.text("peak at x* = 1/(eβ), height α/(eβ)", at: Point(0.98, 0.97), coordinates: .axes, anchor: .topRight,
                      fontSize: 9, background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
        figure.panels = [loss, gradient]
        return figure
    }
}
