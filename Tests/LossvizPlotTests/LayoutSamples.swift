import Foundation
@testable import LossvizPlot

/// Figures that stress the layout: long labels, multipliers, many panels,
/// colour bars, log axes, legends, captions.
enum LayoutSamples {
    static var all: [(String, Figure)] {
        [("single", single), ("grid", grid), ("log", logAxes), ("diagram", diagram), ("small", small)]
    }

    static var single: Figure {
        var fig = Figure()
        let x = Grid2D.linspace(0, 2e6, count: 50)
        fig.axes.line(x: x, y: x.map { $0 * 1e-11 }, label: "tiny slope")
        fig.axes.line(x: x, y: x.map { 2e-5 - $0 * 1e-11 }, label: "falling")
        fig.axes.title = "A title that is fairly long for one panel"
        fig.axes.xLabel = "number of iterations (×1000 would be nicer)"
        fig.axes.yLabel = "a long y label with units (px²)"
        fig.axes.legend()
        return fig
    }

    static var grid: Figure {
        var fig = Figure(width: 8, height: 5)
        fig.grid(rows: 2, columns: 3)
        fig.title = "Six panels"
        fig.caption = "A caption long enough to be wrapped onto a second line so that the wrapping code is exercised by the layout test, which checks that nothing leaves the page."
        fig.panelLetters = true
        fig.shareX = .byLine
        fig.shareY = .all
        let xs = Grid2D.linspace(-1, 1, count: 31)
        let field = Grid2D(xs: xs, ys: xs) { x, y in x * x - y * y }
        for k in 0..<6 {
            fig[k].title = "panel \(k)"
            if k == 4 {
                fig[k].heatmap(field, colorMap: .blueRed, norm: .symmetric)
                fig[k].contour(field, levels: .automatic(6))
                fig[k].colorBar(label: "x² − y²")
            } else {
                fig[k].line(x: xs, y: xs.map { sin(3 * $0 + Double(k)) * 1234.5 }, label: "sin")
                fig[k].legend(.upperRight)
            }
            fig[k].xLabel = "x"
            fig[k].yLabel = "value"
        }
        return fig
    }

    static var logAxes: Figure {
        var fig = Figure(width: 6, height: 4)
        fig.grid(rows: 1, columns: 2)
        let x = (0...60).map { pow(10, Double($0) / 10 - 3) }
        fig[0].line(x: x, y: x.map { $0 * $0 }, label: "x²")
        fig[0].xScale = .log
        fig[0].yScale = .log
        fig[0].xLabel = "x"
        fig[0].legend()
        let narrow = Grid2D.linspace(2, 30, count: 20)
        fig[1].line(x: narrow, y: narrow.map { 1 / $0 })
        fig[1].yScale = .log
        fig[1].xLabel = "x"
        fig[1].grid = true
        return fig
    }

    static var diagram: Figure {
        var fig = Figure(width: 6, height: 3)
        fig.grid(rows: 1, columns: 2)
        for k in 0..<2 {
            fig[k].rectangle(x1: 0, y1: 0, x2: 4, y2: 3, stroke: .green, label: "target")
            fig[k].rectangle(x1: 1, y1: 1, x2: 5, y2: 4, stroke: .red, dash: .dashed, label: "prediction")
            fig[k].aspect = .equal
            fig[k].showsFrame = k == 0
            fig[k].title = k == 0 ? "framed" : "frameless"
            fig[k].legend(.outsideRight)
        }
        return fig
    }

    static var small: Figure {
        var fig = Figure(width: 2.5, height: 2)
        fig.axes.line(x: [0, 1, 2], y: [0.001, 0.002, 0.0015])
        fig.axes.xLabel = "x"
        fig.axes.yLabel = "y"
        return fig
    }
}
