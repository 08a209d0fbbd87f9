import LossvizCairo
import Foundation
import LossvizPlot
import LossvizTestSupport
import Testing

@Suite struct TextMetricsTests {
    /// DejaVu Sans digits advance 1303/2048 em; with hint metrics off the advance
    /// is exact (not rounded to a pixel): 6.3623 pt at 10 pt (tolerance 1e-3 pt).
    @Test func dejaVuSansUnhintedAdvances() {
        let e = CairoCanvas.textMeasurer("0", Font(size: 10))
        #expect(e.advance.isApproximatelyEqual(to: 10 * 1303 / 2048, absoluteTolerance: 1e-3))
        let wide = CairoCanvas.textMeasurer("00000", Font(size: 10))
        #expect(wide.advance.isApproximatelyEqual(to: 5 * e.advance, absoluteTolerance: 1e-6))
        // Greek, minus, sub/superscripts are in the font: non-zero ink.
        for s in ["α", "ρ²", "−", "x₁", "∇"] {
            #expect(CairoCanvas.textMeasurer(s, Font(size: 10)).ascent > 0, "\(s)")
        }
    }

    /// The layout with Cairo's real metrics: no text off the page or on another.
    @Test(arguments: GoldenFigures.all.map(\.name))
    func realMetricsLayoutHasNoOverlaps(_ name: String) throws {
        let figure = try #require(GoldenFigures.all.first { $0.name == name }?.figure)
        var canvas = RecordingCanvas(measurer: CairoCanvas.textMeasurer)
        try figure.draw(on: &canvas)
        let page = Rect(x: 0, y: 0, width: figure.pageSize.width, height: figure.pageSize.height)
        let texts = canvas.texts
        for t in texts { #expect(page.contains(t.bounds, tolerance: 0.01), "\(name): \"\(t.text)\" leaves the page") }
        for i in texts.indices {
            for j in texts.indices where j > i {
                #expect(!texts[i].bounds.insetBy(0.25).intersects(texts[j].bounds.insetBy(0.25)),
                        "\(name): \"\(texts[i].text)\" overlaps \"\(texts[j].text)\"")
            }
        }
    }
}
