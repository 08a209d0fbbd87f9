import Foundation
import LossvizPlot
import LossvizFigures

/// The figures the golden-image tests draw: one per kind of figure the gallery
/// needs (curves with a legend; a field with heatmap, contours, arrows and a
/// colour bar; a multi-panel box diagram).
enum GoldenFigures {
    static let all: [(name: String, figure: Figure)] = [
        ("line-plot", linePlot),
        ("heatmap-field", heatmapField),
        ("box-diagram", boxDiagram),
        ("line-plot-slides", themed(linePlot, .slides)),
        ("line-plot-dark", themed(linePlot, .dark)),
        ("heatmap-field-dark", themed(heatmapField, .dark)),
        ("math-labels", mathLabels),
    ]

    /// `figure` in `theme`.
    static func themed(_ figure: Figure, _ theme: FigureTheme) -> Figure {
        var copy = figure
        copy.style = theme.apply(to: copy.style)
        return copy
    }

    /// Labels in the math syntax: subscripts, superscripts, Greek, operators.
    static var mathLabels: Figure {
        var fig = Figure(width: 4, height: 3)
        fig.title = "$L_{IoU} = 1 - \\mathrm{IoU}$ and $(1 - p_t)^{\\gamma}$"
        let x = Grid2D.linspace(0.01, 1, count: 100)
        fig.axes.function(x: x, label: "$-(1 - p_t)^{\\gamma} \\ln p_t$", style: .loss("focal")) { -(1 - $0) * (1 - $0) * log($0) }
        fig.axes.function(x: x, label: "$\\rho^2/c^2$, $\\alpha v$", style: .loss("diou")) { $0 * $0 }
        fig.axes.xLabel = "$p_t$"
        fig.axes.yLabel = "$\\partial L/\\partial x_r$"
        fig.axes.text("$\\tilde{x}_t \\le x_t^{2}$", at: Point(0.5, 0.5), coordinates: .axes)
        fig.axes.legend()
        return fig
    }

    /// L1, L2, Smooth L1 and Huber over the residual with their derivatives.
    static var linePlot: Figure {
        var fig = Figure(width: 7, height: 3.2)
        fig.grid(rows: 1, columns: 2)
        fig.panelLetters = true
        let x = Grid2D.linspace(-3, 3, count: 241)
        let beta = 1.0
        func smooth(_ r: Double) -> Double { abs(r) < beta ? 0.5 * r * r / beta : abs(r) - 0.5 * beta }
        func huber(_ r: Double) -> Double { abs(r) < beta ? 0.5 * r * r : beta * (abs(r) - 0.5 * beta) }
        fig[0].function(x: x, label: "L1", style: .loss("l1")) { abs($0) }
        fig[0].function(x: x, label: "L2", style: .loss("l2")) { $0 * $0 }
        fig[0].function(x: x, label: "Smooth L1 (β = 1)", style: .loss("smooth-l1")) { smooth($0) }
        fig[0].function(x: x, label: "Huber (δ = 1)", style: .loss("huber")) { huber($0) }
        fig[0].title = "Loss"
        fig[0].xLabel = "residual x"
        fig[0].yLabel = "loss ℓ(x)"
        fig[0].yLimits = 0...4
        fig[0].legend(.outsideRight)
        let dl1 = x.map { $0 == 0 ? Double.nan : ($0 > 0 ? 1.0 : -1.0) }
        fig[1].line(x: x, y: dl1, label: "L1", style: .loss("l1"))
        fig[1].function(x: x, label: "L2", style: .loss("l2")) { 2 * $0 }
        fig[1].function(x: x, label: "Smooth L1", style: .loss("smooth-l1")) { abs($0) < beta ? $0 / beta : ($0 > 0 ? 1 : -1) }
        fig[1].horizontalLine(at: 0)
        fig[1].title = "Derivative"
        fig[1].xLabel = "residual x"
        fig[1].yLabel = "∂ℓ/∂x"
        fig[1].grid = true
        fig[1].legend()
        return fig
    }

    /// A two-well field: heatmap, labelled contours, the negative gradient as
    /// arrows, and a colour bar.
    static var heatmapField: Figure {
        var fig = Figure(width: 5.6, height: 4.4)
        let n = 121
        let xs = Grid2D.linspace(-2, 2, count: n), ys = Grid2D.linspace(-1.5, 1.5, count: n)
        func f(_ x: Double, _ y: Double) -> Double {
            1 - exp(-((x - 0.8) * (x - 0.8) + y * y) * 1.5) - 0.7 * exp(-((x + 0.9) * (x + 0.9) + (y - 0.3) * (y - 0.3)) * 2)
        }
        let field = Grid2D(xs: xs, ys: ys, f)
        let h = 1e-4
        let gx = Grid2D(xs: xs, ys: ys) { x, y in -(f(x + h, y) - f(x - h, y)) / (2 * h) }
        let gy = Grid2D(xs: xs, ys: ys) { x, y in -(f(x, y + h) - f(x, y - h)) / (2 * h) }
        fig.axes.heatmap(field, colorMap: .viridis)
        fig.axes.contour(field, levels: .automatic(8), color: .white)
        fig.axes.quiver(u: gx, v: gy, every: 8, color: Color(gray: 0.1))
        fig.axes.colorBar(label: "loss L(Δx, Δy)")
        fig.axes.aspect = .equal
        fig.axes.title = "Loss field and −∇L"
        fig.axes.xLabel = "offset Δx"
        fig.axes.yLabel = "offset Δy"
        return fig
    }

    /// Three box pairs side by side with annotations and arrows.
    static var boxDiagram: Figure {
        var fig = Figure(width: 7.5, height: 2.9)
        fig.grid(rows: 1, columns: 3)
        fig.panelLetters = true
        fig.title = "Same IoU, different alignment"
        let target = (x1: 0.0, y1: 0.0, x2: 4.0, y2: 4.0)
        let predictions = [(1.0, 1.0, 5.0, 5.0), (2.0, 0.0, 6.0, 4.0), (0.0, 2.0, 4.0, 6.0)]
        for (k, p) in predictions.enumerated() {
            fig[k].rectangle(x1: target.x1, y1: target.y1, x2: target.x2, y2: target.y2, stroke: .green,
                             fill: Color.green.withAlpha(0.12), label: "target")
            fig[k].rectangle(x1: p.0, y1: p.1, x2: p.2, y2: p.3, stroke: .red, dash: .dashed, label: "prediction")
            fig[k].rectangle(x1: min(p.0, target.x1), y1: min(p.1, target.y1), x2: max(p.2, target.x2), y2: max(p.3, target.y2),
                             stroke: Color(gray: 0.5), width: 0.8, dash: .dotted)
            let c0 = Point(2, 2), c1 = Point((p.0 + p.2) / 2, (p.1 + p.3) / 2)
            fig[k].arrow(from: c0, to: c1, color: .blue, width: 1.2)
            fig[k].text("ρ", at: Point((c0.x + c1.x) / 2, (c0.y + c1.y) / 2), anchor: .bottomRight, offset: Point(-2, 2),
                        color: .blue)
            fig[k].text("IoU = 0.39", at: Point(0.04, 0.96), coordinates: .axes, anchor: .topLeft, fontSize: 9,
                        background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
            fig[k].aspect = .equal
            fig[k].xLimits = -0.5...6.5
            fig[k].yLimits = -0.5...6.5
            fig[k].xLabel = "x"
            if k == 0 { fig[k].yLabel = "y" }
        }
        fig[2].legend(.lowerRight, fontSize: 8)
        return fig
    }
}
