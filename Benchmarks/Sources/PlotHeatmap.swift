import LossvizCairo
import Foundation
import LossvizIO
import LossvizPlot

/// `plot-heatmap`: a 1000 x 1000 heatmap with 10 contour levels, a 40 x 40
/// quiver and a colour bar, written as a 6.4 x 4.8 in PNG at 100 dpi. The
/// field (two Gaussian wells, as in the golden heatmap test) and its analytic
/// negative gradient are computed inside the timed region, as the peer does;
/// font loading is not (see the warm-up below).
func plotHeatmapBenchmark() throws -> BenchmarkResult {
    let out = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("lossviz-bench-plot-heatmap.png")
    var bytes = 0
    // Load fontconfig's font list before timing, as the peer's matplotlib loads
    // its font manager when it is imported (also before its timer starts).
    _ = CairoCanvas.textMeasurer("0", Font(size: 10))
    let seconds = try wallTime {
        func f(_ x: Double, _ y: Double) -> Double {
            1 - exp(-((x - 0.8) * (x - 0.8) + y * y) * 1.5) - 0.7 * exp(-((x + 0.9) * (x + 0.9) + (y - 0.3) * (y - 0.3)) * 2)
        }
        func gradient(_ x: Double, _ y: Double) -> (Double, Double) {
            let a = exp(-((x - 0.8) * (x - 0.8) + y * y) * 1.5)
            let b = 0.7 * exp(-((x + 0.9) * (x + 0.9) + (y - 0.3) * (y - 0.3)) * 2)
            return (3 * (x - 0.8) * a + 4 * (x + 0.9) * b, 3 * y * a + 4 * (y - 0.3) * b)
        }
        let xs = Grid2D.linspace(-2, 2, count: 1000), ys = Grid2D.linspace(-1.5, 1.5, count: 1000)
        let field = Grid2D(xs: xs, ys: ys, f)
        let qx = Grid2D.linspace(-2, 2, count: 40), qy = Grid2D.linspace(-1.5, 1.5, count: 40)
        var px: [Double] = [], py: [Double] = [], u: [Double] = [], v: [Double] = []
        for y in qy {
            for x in qx {
                let g = gradient(x, y)
                px.append(x); py.append(y); u.append(-g.0); v.append(-g.1)
            }
        }
        var fig = Figure()
        fig.axes.heatmap(field, colorMap: .viridis)
        fig.axes.contour(field, levels: .automatic(10), color: .white)
        fig.axes.quiver(x: px, y: py, u: u, v: v)
        fig.axes.colorBar(label: "loss")
        fig.axes.xLabel = "Δx"
        fig.axes.yLabel = "Δy"
        try AtomicFile.write(CairoRenderer.render(fig, format: .png), to: out.path)
        bytes = (try? Data(contentsOf: out).count) ?? 0
    }
    return BenchmarkResult(seconds: seconds, extra: [("png_bytes", String(bytes))])
}
