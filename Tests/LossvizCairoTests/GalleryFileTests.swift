import LossvizCairo
import Foundation
import Testing

/// The committed gallery (Gallery/*.svg beside Gallery/*.png, as
/// `lossviz gallery` writes them): every SVG parses and, rendered by the
/// independent rsvg-convert, matches the PNG of the same figure within the
/// tolerances of `VectorOutputTests`. `lossviz gallery --check` (run by CI)
/// keeps these files equal to what the code draws.
@Suite struct GalleryFileTests {
    static let gallery = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Gallery")

    static var figureNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: gallery.path)) ?? []
        // The animated figures (NAME-animated.svg) have no PNG; AnimateCommandTests checks them.
        return files.filter { $0.hasSuffix(".svg") && !$0.hasSuffix("-animated.svg") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func galleryHasFigures() {
        #expect(Self.figureNames.count >= 21, "Gallery/ holds \(Self.figureNames.count) SVGs; run `swift run -c release lossviz gallery`")
    }

    @Test(arguments: figureNames)
    func svgMatchesItsPNG(_ name: String) throws {
        let svg = try Data(contentsOf: Self.gallery.appendingPathComponent("\(name).svg"))
        let png = try Data(contentsOf: Self.gallery.appendingPathComponent("\(name).png"))
        try VectorOutputTests.checkSVG(svg, against: png, name: "gallery-\(name)")
    }
}
