import Testing
@testable import LossvizPlot

/// A figure title longer than the page is wide wraps onto several lines, all on the page.
@Suite struct FigureTitleTests {
    @Test func longTitleWrapsInsideThePage() throws {
        var fig = Figure(width: 3, height: 3)
        fig.title = "Loss over the centre offset: target 1 × 1 (white), prediction 1.5 × 0.75, overlapping inside the dashed line"
        fig.axes.line(x: [0, 1], y: [0, 1])
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        let page = Rect(x: 0, y: 0, width: fig.pageSize.width, height: fig.pageSize.height)
        let titleLines = canvas.texts.filter { fig.title?.contains($0.text) == true && $0.text.count > 3 }
        #expect(titleLines.count >= 3, "\(canvas.texts.map(\.text))")
        for line in titleLines {
            #expect(page.contains(line.bounds, tolerance: 0.01), "\"\(line.text)\" at \(line.bounds) leaves the page")
        }
    }
}
