import CairoCanvas
import Foundation
import Plot
import Testing

@Test func renderGoldenFiguresToTemp() throws {
    let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("lossviz-plot-smoke")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, fig) in GoldenFigures.all {
        for ext in ["png", "svg", "pdf"] {
            try CairoRenderer.write(fig, to: dir.appendingPathComponent("\(name).\(ext)"))
        }
    }
}
