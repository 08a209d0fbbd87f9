import Foundation
import Testing
@testable import LossvizPlot

@Suite struct MarkTests {
    @Test func heatmapIsOneImageWithOnePixelPerCell() throws {
        var fig = Figure()
        let xs = Grid2D.linspace(0, 1, count: 40), ys = Grid2D.linspace(0, 2, count: 30)
        fig.axes.heatmap(Grid2D(xs: xs, ys: ys) { x, y in x + y })
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        let images = canvas.commands.compactMap { c -> (Int, Int, Bool)? in
            if case .image(let w, let h, _, let smooth) = c { return (w, h, smooth) } else { return nil }
        }
        #expect(images.count == 1)
        #expect(images.first.map { $0.0 == 40 && $0.1 == 30 && !$0.2 } == true)
    }

    @Test func logSpacedGridOnLogAxisIsStillAnImage() {
        let xs = (0..<20).map { pow(10, Double($0) / 5) }
        #expect(HeatmapMark.isUniform(xs, scale: .log))
        #expect(!HeatmapMark.isUniform(xs, scale: .linear))
    }

    @Test func mismatchedDataThrowsNamingPanelAndMark() {
        var fig = Figure()
        fig.grid(rows: 1, columns: 2)
        fig[1].title = "derivative"
        fig[1].line(x: [0, 1, 2], y: [0, 1])
        var canvas = RecordingCanvas()
        #expect(throws: PlotError.self) { try fig.draw(on: &canvas) }
        do {
            try fig.validate()
        } catch {
            #expect(error.description.contains("panel 1"))
            #expect(error.description.contains("derivative"))
            #expect(error.description.contains("line"))
        }
        var bad = Figure()
        bad.axes.heatmap(Grid2D(xs: [0, 1], ys: [0, 1], values: [1, 2, 3]))
        #expect(throws: PlotError.self) { try bad.validate() }
        var badLimits = Figure()
        badLimits.axes.xScale = .log
        badLimits.axes.xLimits = -1...1
        #expect(throws: PlotError.self) { try badLimits.validate() }
    }

    /// matplotlib's quiver autoscale: mean arrow length = span / (1.8 max(10, sqrt N)).
    @Test func quiverAutoscaleMatchesMatplotlib() {
        let n = 16
        let xs = Grid2D.linspace(0, 1, count: n)
        var x: [Double] = [], y: [Double] = [], u: [Double] = [], v: [Double] = []
        for a in xs { for b in xs { x.append(a); y.append(b); u.append(1 + a); v.append(b) } }
        let mark = QuiverMark(x: x, y: y, u: u, v: v, length: .auto, pivot: .tail)
        let rect = Rect(x: 0, y: 0, width: 300, height: 300)
        let frame = PanelFrame(rect: rect, xMap: AxisMap(scale: .linear, lower: 0, upper: 1, start: 0, end: 300),
                               yMap: AxisMap(scale: .linear, lower: 0, upper: 1, start: 300, end: 0), style: FigureStyle())
        let arrows = mark.arrows(in: frame)
        #expect(arrows.count == n * n)
        let lengths = arrows.map { a in
            a.polygon.map { hypot($0.x - a.polygon[0].x, $0.y - a.polygon[0].y) }.max() ?? 0
        }
        let mean = lengths.reduce(0, +) / Double(lengths.count)
        let expected = 300 / (1.8 * 16)
        #expect(abs(mean - expected) / expected < 0.02)
    }

    @Test func streamlinesFollowACircularField() {
        let xs = Grid2D.linspace(-1, 1, count: 41)
        let u = Grid2D(xs: xs, ys: xs) { _, y in -y }
        let v = Grid2D(xs: xs, ys: xs) { x, _ in x }
        let lines = StreamlineMark(u: u, v: v).trace()
        #expect(lines.count > 5)
        // Along a line, the radius stays nearly constant (RK2 drift under 3 %).
        for line in lines {
            let r = line.map { hypot($0.x, $0.y) }
            guard let lo = r.min(), let hi = r.max(), hi > 0.2 else { continue }
            #expect((hi - lo) / hi < 0.03)
        }
    }

    @Test func nanBreaksLines() {
        let frame = PanelFrame(rect: Rect(x: 0, y: 0, width: 100, height: 100),
                               xMap: AxisMap(scale: .linear, lower: 0, upper: 4, start: 0, end: 100),
                               yMap: AxisMap(scale: .linear, lower: 0, upper: 4, start: 100, end: 0), style: FigureStyle())
        let runs = frame.pagePolylines(xs: [0, 1, 2, 3, 4], ys: [1, 1, .nan, 1, 1])
        #expect(runs.count == 2)
        // A huge value is clipped, not passed through.
        let clipped = frame.pagePolylines(xs: [0, 1], ys: [1, 1e300])
        #expect(clipped.count == 1 && clipped[0].allSatisfy { abs($0.y) < 1000 })
    }


    @Test func cycleColoursAdvancePerPanel() {
        var ax = Axes()
        ax.line(x: [0, 1], y: [0, 1])
        ax.line(x: [0, 1], y: [1, 0])
        guard case .line(let a) = ax.marks[0], case .line(let b) = ax.marks[1] else {
            Issue.record("expected lines")
            return
        }
        #expect(a.style.color == Color.tab10[0] && b.style.color == Color.tab10[1])
    }
}
