import Foundation
import Testing
@testable import LossvizPlot

/// Odd but valid input draws without crashing: empty and all-NaN data,
/// constant fields, zero vectors, non-positive values on log axes.
@Suite struct DegenerateInputTests {
    @Test func oddDataDraws() throws {
        let xs = Grid2D.linspace(0, 1, count: 5)
        let nanGrid = Grid2D(xs: xs, ys: xs) { _, _ in .nan }
        let constant = Grid2D(xs: xs, ys: xs) { _, _ in 2 }
        let zero = Grid2D(xs: xs, ys: xs) { _, _ in 0 }
        var fig = Figure()
        fig.grid(rows: 2, columns: 3)
        fig[0].line(x: [], y: [], label: "empty")
        fig[0].line(x: [1, 2], y: [.nan, .nan], label: "nan")
        fig[0].legend()
        fig[1].heatmap(nanGrid)
        fig[1].colorBar()
        fig[2].contour(constant)
        fig[2].heatmap(constant, norm: .log)
        fig[3].quiver(u: zero, v: zero)
        fig[3].streamlines(u: zero, v: zero)
        fig[4].line(x: [-1, 0, 1, 10], y: [-5, 0, 1, 100])
        fig[4].xScale = .log
        fig[4].yScale = .log
        fig[5].scatter(x: [], y: [], values: [])
        fig[5].colorBar(label: "nothing")
        fig[5].text("only text", at: Point(0.5, 0.5), coordinates: .axes)
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        #expect(!canvas.commands.isEmpty)
    }

    @Test func emptyFigureDraws() throws {
        var canvas = RecordingCanvas()
        try Figure().draw(on: &canvas)
        var tiny = Figure(width: 0.5, height: 0.4)
        tiny.axes.xLabel = "a rather long label for such a small figure"
        try tiny.draw(on: &canvas)
    }

    @Test func badFigureSettingsThrow() {
        var canvas = RecordingCanvas()
        var zero = Figure(width: 0, height: 3)
        #expect(throws: PlotError.self) { try zero.draw(on: &canvas) }
        zero = Figure()
        zero.panels = []
        #expect(throws: PlotError.self) { try zero.draw(on: &canvas) }
        var outside = Figure()
        outside.addPanel(row: 0, column: 0)
        outside.panels[1].cell = GridCell(row: 3, column: 0)
        #expect(throws: PlotError.self) { try outside.draw(on: &canvas) }
    }
}
