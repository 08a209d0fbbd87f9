import LossvizCairo
import Foundation
import LossvizPlot
import LossvizTestSupport
import Testing

/// Golden images: each figure of `GoldenFigures` rendered to PNG at 100 dpi must
/// match Tests/LossvizCairoTests/Golden/NAME.png within an RMS of 2.0 over RGB
/// (0...255; matplotlib's metric). The same Cairo and DejaVu Sans give 0; the
/// tolerance absorbs antialiasing changes between Cairo/FreeType/pixman
/// versions, while a moved label or a missing mark costs far more.
/// Set LOSSVIZ_UPDATE_GOLDEN=1 to rewrite the goldens after a deliberate change
/// (then look at every one).
@Suite struct GoldenImageTests {
    static let tolerance = 2.0

    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    @Test(arguments: GoldenFigures.all.map(\.name))
    func matchesGolden(_ name: String) throws {
        let figure = try #require(GoldenFigures.all.first { $0.name == name }?.figure)
        let png = try CairoRenderer.render(figure, format: .png)
        if ProcessInfo.processInfo.environment["LOSSVIZ_UPDATE_GOLDEN"] == "1" {
            try png.write(to: Self.goldenDirectory.appendingPathComponent("\(name).png"))
            return
        }
        let goldenURL = try #require(Bundle.module.url(forResource: name, withExtension: "png", subdirectory: "Golden"),
                                     "missing Golden/\(name).png; run with LOSSVIZ_UPDATE_GOLDEN=1 to create it")
        let expected = try RGBImage(png: Data(contentsOf: goldenURL))
        let actual = try RGBImage(png: png)
        let rms = actual.rms(to: expected)
        if (rms ?? .infinity) > Self.tolerance {
            let dir = try temporaryDirectory("golden-\(name)")
            try png.write(to: dir.appendingPathComponent("actual.png"))
            try expected.pngData().write(to: dir.appendingPathComponent("expected.png"))
            if let diff = actual.difference(to: expected) { try diff.pngData().write(to: dir.appendingPathComponent("diff.png")) }
            Issue.record("""
                \(name): RMS \(rms.map { String(format: "%.3f", $0) } ?? "size mismatch \(actual.width)x\(actual.height) vs \(expected.width)x\(expected.height)") \
                exceeds \(Self.tolerance); actual, expected and diff images are in \(dir.path)
                """)
        }
    }
}
