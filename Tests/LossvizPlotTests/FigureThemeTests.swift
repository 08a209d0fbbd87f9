import LossvizTestSupport
import Testing
@testable import LossvizPlot

/// Themes reach every mark and every piece of furniture.
@Suite struct FigureThemeTests {
    func sample(_ theme: FigureTheme) throws -> RecordingCanvas {
        var fig = Figure(width: 5, height: 4)
        fig.grid(rows: 1, columns: 2)
        fig.panelLetters = true
        fig.title = "Title $L_{IoU}$"
        fig[0].line(x: [0, 1], y: [0, 1], label: "iou", style: LineStyle(color: Color(hex: 0x0072B2)))
        fig[0].text("note", at: Point(0.5, 0.5))
        fig[0].rectangle(x1: 0, y1: 0, x2: 0.5, y2: 0.5, stroke: .black, fill: Color.white.withAlpha(0.5))
        fig[0].legend()
        fig[0].xLabel = "x"
        fig[1].heatmap(Grid2D(xs: [0, 1], ys: [0, 1]) { x, y in x + y })
        fig[1].contour(Grid2D(xs: [0, 1, 2], ys: [0, 1, 2]) { x, y in x + y }, color: Color.white.fixed())
        fig[1].colorBar(label: "L")
        fig.style = theme.apply(to: fig.style)
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        return canvas
    }

    @Test func darkThemeDrawsEveryTextLight() throws {
        let canvas = try sample(.dark)
        #expect(!canvas.texts.isEmpty)
        for t in canvas.texts { #expect(t.color.luminance > 0.8, "\(t.text) drawn in \(t.color)") }
        guard case .fill(_, let page)? = canvas.commands.first else { Issue.record("no page fill"); return }
        #expect(page == FigureTheme.darkBackground)
    }

    @Test func darkThemeRemixesGreysButNotHuesOrFixedColours() throws {
        let style = FigureTheme.dark.apply(to: FigureStyle())
        #expect(style.themed(.black) == FigureTheme.darkForeground)
        #expect(style.themed(.white) == FigureTheme.darkBackground)
        #expect(style.themed(Color(hex: 0x0072B2)) == Color(hex: 0x0072B2))
        #expect(style.themed(Color.white.fixed()) == Color.white.fixed())
        #expect(FigureStyle().themed(Color(gray: 0.3)) == Color(gray: 0.3))
        let canvas = try sample(.dark)
        let strokes = canvas.commands.compactMap { if case .stroke(_, let s) = $0 { return s.color } else { return nil } }
        #expect(strokes.contains(Color.white.fixed()), "the fixed contour colour survives")
        #expect(!strokes.contains(.black), "no black stroke on a dark page")
    }

    @Test func slidesThemeEnlargesTextAndWidensLines() throws {
        let paper = try sample(.paper), slides = try sample(.slides)
        func sizes(_ c: RecordingCanvas, _ k: Double) -> Set<Double> { Set(c.texts.map { ($0.font.size * k * 1e6).rounded() }) }
        #expect(sizes(slides, 1) == sizes(paper, 1.4))
        func lineWidth(_ c: RecordingCanvas) -> Double? {
            c.commands.compactMap { if case .stroke(_, let s) = $0, s.color == Color(hex: 0x0072B2) { return s.width } else { return nil } }.first
        }
        let pw = try #require(lineWidth(paper)), sw = try #require(lineWidth(slides))
        #expect(sw.isApproximatelyEqual(to: 1.5 * pw, absoluteTolerance: 1e-9))
    }

    @Test func transparentFigureHasNoPageFill() throws {
        var fig = Figure()
        fig.style.transparent = true
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        if case .fill(_, let c)? = canvas.commands.first { #expect(c != .white) }
    }

    @Test func fontFamilyReachesEveryText() throws {
        var fig = Figure()
        fig.title = "t"
        fig.axes.xLabel = "x"
        fig.axes.text("a", at: Point(0.5, 0.5))
        fig.style.fontFamily = "DejaVu Serif"
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        #expect(canvas.texts.allSatisfy { $0.font.family == "DejaVu Serif" })
    }
}
