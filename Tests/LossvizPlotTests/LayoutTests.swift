import Foundation
import LossvizTestSupport
import Testing
@testable import LossvizPlot

/// Layout checked through RecordingCanvas: no text outside the page, no two
/// texts overlapping (boxes shrunk by 0.25 pt to forgive touching ink), axes
/// boxes of different panels disjoint.
@Suite struct LayoutTests {
    static func record(_ fig: Figure) throws -> RecordingCanvas {
        var canvas = RecordingCanvas()
        try fig.draw(on: &canvas)
        return canvas
    }

    @Test(arguments: LayoutSamples.all.map(\.0))
    func textsStayOnThePageAndApart(_ name: String) throws {
        let fig = try #require(LayoutSamples.all.first { $0.0 == name }?.1)
        let canvas = try Self.record(fig)
        let page = Rect(x: 0, y: 0, width: fig.pageSize.width, height: fig.pageSize.height)
        let texts = canvas.texts
        #expect(!texts.isEmpty)
        for t in texts {
            #expect(page.contains(t.bounds, tolerance: 0.01), "\(name): \"\(t.text)\" at \(t.bounds) leaves the page")
        }
        for i in texts.indices {
            for j in texts.indices where j > i {
                let a = texts[i].bounds.insetBy(0.25), b = texts[j].bounds.insetBy(0.25)
                #expect(!a.intersects(b), "\(name): \"\(texts[i].text)\" overlaps \"\(texts[j].text)\"")
            }
        }
    }

    @Test(arguments: LayoutSamples.all.map(\.0))
    func panelsAreDisjointAndOnThePage(_ name: String) throws {
        let fig = try #require(LayoutSamples.all.first { $0.0 == name }?.1)
        let layout = try FigureRenderer(figure: fig).layout(canvas: RecordingCanvas())
        let page = Rect(x: 0, y: 0, width: fig.pageSize.width, height: fig.pageSize.height)
        for (i, a) in layout.panels.enumerated() {
            #expect(a.rect.width > 20 && a.rect.height > 20, "\(name): panel \(i) is \(a.rect)")
            #expect(page.contains(a.rect))
            for b in layout.panels.dropFirst(i + 1) { #expect(!a.rect.intersects(b.rect)) }
            // No tick label sits inside its own axes box.
            for t in a.texts where a.rect.insetBy(0.5).intersects(t.block.bounds()) {
                Issue.record("\(name): \"\(t.block.lines.first?.text ?? "")\" intrudes into panel \(i)")
            }
        }
    }

    @Test func multiplierAppearsForHugeAndTinyRanges() throws {
        let texts = try Self.record(LayoutSamples.single).texts.map(\.text)
        #expect(texts.contains("×10⁶"))
        #expect(texts.contains("×10⁻⁵"))
    }

    @Test func logAxisLabelsAreDecades() throws {
        let texts = try Self.record(LayoutSamples.logAxes).texts.map(\.text)
        #expect(texts.contains("10⁰"))
        #expect(texts.contains("10⁻²"))
    }

    @Test func gridPanelsAlign() throws {
        let layout = try FigureRenderer(figure: LayoutSamples.grid).layout(canvas: RecordingCanvas())
        let r = layout.panels.map(\.rect)
        // Same row, same top and height; same column, same left edge (panel 4 carries a colour bar).
        #expect(r[0].minY.isApproximatelyEqual(to: r[2].minY, absoluteTolerance: 1e-9) && r[0].height.isApproximatelyEqual(to: r[2].height, absoluteTolerance: 1e-9))
        #expect(r[0].minX.isApproximatelyEqual(to: r[3].minX, absoluteTolerance: 1e-9) && r[2].minX.isApproximatelyEqual(to: r[5].minX, absoluteTolerance: 1e-9))
        #expect(r[1].width.isApproximatelyEqual(to: r[4].width, absoluteTolerance: 1e-9))
    }

    @Test func sharedAxesHideInnerTickLabels() throws {
        let layout = try FigureRenderer(figure: LayoutSamples.grid).layout(canvas: RecordingCanvas())
        #expect(layout.panels[0].axes.x.showsTickLabels == false)
        #expect(layout.panels[3].axes.x.showsTickLabels == true)
        #expect(layout.panels[1].axes.y.showsTickLabels == false)
        #expect(layout.panels[3].axes.y.showsTickLabels == true)
        #expect(layout.panels[0].yLimits == layout.panels[5].yLimits)
    }

    @Test func equalAspectKeepsUnitsEqual() throws {
        let layout = try FigureRenderer(figure: LayoutSamples.diagram).layout(canvas: RecordingCanvas())
        for p in layout.panels {
            let f = p.frame
            let sx = abs(f.xMap.page(1) - f.xMap.page(0)), sy = abs(f.yMap.page(1) - f.yMap.page(0))
            #expect(abs(sx - sy) < 1e-9 * sx)
        }
    }

    @Test func bestLegendAvoidsTheData() throws {
        // A rising line leaves the upper-left corner empty.
        var fig = Figure()
        let x = Grid2D.linspace(0, 1, count: 50)
        fig.axes.line(x: x, y: x.map { $0 * $0 }, label: "x²")
        fig.axes.line(x: x, y: x.map { $0 * $0 * $0 }, label: "x³")
        fig.axes.legend()
        let layout = try FigureRenderer(figure: fig).layout(canvas: RecordingCanvas())
        let panel = layout.panels[0]
        let legend = try #require(panel.legend)
        let frame = panel.frame
        for k in x.indices {
            #expect(!legend.frameRect.contains(frame.page(x[k], x[k] * x[k])))
        }
        #expect(legend.frameRect.midX < panel.rect.midX && legend.frameRect.midY < panel.rect.midY)
    }

    @Test func limitsHaveFivePercentMarginsExceptForGrids() throws {
        var fig = Figure()
        fig.axes.line(x: [0, 10], y: [-1, 1])
        let layout = try FigureRenderer(figure: fig).layout(canvas: RecordingCanvas())
        #expect(layout.panels[0].xLimits.lowerBound.isApproximatelyEqual(to: -0.5, absoluteTolerance: 1e-12))
        #expect(layout.panels[0].xLimits.upperBound.isApproximatelyEqual(to: 10.5, absoluteTolerance: 1e-12))
        #expect(layout.panels[0].yLimits.upperBound.isApproximatelyEqual(to: 1.1, absoluteTolerance: 1e-12))
        var heat = Figure()
        heat.axes.heatmap(Grid2D(xs: [0, 1, 2], ys: [0, 1], values: [1, 2, 3, 4, 5, 6]))
        let h = try FigureRenderer(figure: heat).layout(canvas: RecordingCanvas())
        #expect(h.panels[0].xLimits.lowerBound.isApproximatelyEqual(to: -0.5, absoluteTolerance: 1e-12) && h.panels[0].xLimits.upperBound.isApproximatelyEqual(to: 2.5, absoluteTolerance: 1e-12))
        #expect(h.panels[0].yLimits.lowerBound.isApproximatelyEqual(to: -0.5, absoluteTolerance: 1e-12) && h.panels[0].yLimits.upperBound.isApproximatelyEqual(to: 1.5, absoluteTolerance: 1e-12))
    }
}
