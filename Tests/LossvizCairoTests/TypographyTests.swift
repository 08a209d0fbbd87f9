import Foundation
import LossvizPlot
import LossvizTestSupport
import Testing
@testable import LossvizCairo

/// Text through Pango: math labels typeset, font fallback, metadata in every
/// format, transparent pages.
@Suite struct TypographyTests {
    let measure = CairoCanvas.textMeasurer

    @Test func subscriptsDropAndSuperscriptsRise() {
        let plain = measure("xt", Font()), sub = measure("$x_t$", Font())
        #expect(sub.descent > plain.descent + 1, "subscript ink below the baseline: \(sub.descent) vs \(plain.descent)")
        let sup = measure("$x^2$", Font()), flat = measure("x2", Font())
        #expect(sup.ascent > flat.ascent + 1, "superscript ink above the digits: \(sup.ascent) vs \(flat.ascent)")
        #expect(sub.advance < plain.advance, "the smaller subscript takes less room")
    }

    @Test func mathLetterIsItalic() throws {
        // An italic I leans right: its ink reaches further right than the upright one's.
        let upright = measure("I", Font(size: 40)), italic = measure("$I$", Font(size: 40))
        #expect(italic.inkMaxX > upright.inkMaxX + 1, "\(italic) vs \(upright)")
    }

    @Test func pdfTextHasNoMarkupAndEmbedsAFallbackFontForCJK() throws {
        var fig = Figure(width: 4, height: 3)
        fig.title = "交并比损失 $L_{IoU}$"
        fig.axes.xLabel = "$(1 - p_t)^{\\gamma}$"
        fig.axes.line(x: [0, 1], y: [0, 1])
        let dir = try temporaryDirectory("typography-cjk")
        let url = dir.appendingPathComponent("t.pdf")
        try CairoRenderer.render(fig, format: .pdf).write(to: url)
        let text = try ExternalTool.run("pdftotext", [url.path, "-"]).output
        #expect(text.contains("交并比损失"))
        #expect(text.contains("LIoU"))
        #expect(!text.contains("_") && !text.contains("^") && !text.contains("\\") && !text.contains("$"))
        let fonts = try ExternalTool.run("pdffonts", [url.path]).output
        #expect(fonts.contains("DejaVuSans"))
        #expect(fonts.contains("DejaVuSans-Oblique"), "math letters are italic")
        #expect(fonts.contains("CJK"), "the Chinese characters come from a fallback CJK font:\n\(fonts)")
    }

    @Test func pdfCarriesTitleSubjectAndAFixedDate() throws {
        var fig = Figure(width: 2, height: 2)
        fig.metadata = FigureMetadata(title: "giou-degenerates", subject: "GIoU equals IoU when one box encloses the other")
        let dir = try temporaryDirectory("typography-pdf")
        let url = dir.appendingPathComponent("m.pdf")
        try CairoRenderer.render(fig, format: .pdf).write(to: url)
        let info = try ExternalTool.run("pdfinfo", [url.path]).output
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
        #expect(field("Title") == "giou-degenerates")
        #expect(field("Subject") == "GIoU equals IoU when one box encloses the other")
        #expect(info.contains("2000"))
        #expect(CairoCanvas.documentDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == "2023-11-14T22:13:20Z")
        #expect(CairoCanvas.documentDate(environment: ["SOURCE_DATE_EPOCH": "soon"]) == CairoCanvas.fixedDate)
        #expect(CairoCanvas.documentDate(environment: [:]) == CairoCanvas.fixedDate)
    }

    @Test func svgCarriesTitleAndDescription() throws {
        var fig = Figure(width: 2, height: 2)
        fig.metadata = FigureMetadata(title: "a <b>", subject: "x & y")
        let svg = String(decoding: try CairoRenderer.render(fig, format: .svg), as: UTF8.self)
        #expect(svg.contains("<title>a &lt;b&gt;</title>"))
        #expect(svg.contains("<desc>x &amp; y</desc>"))
        let dir = try temporaryDirectory("typography-svg")
        let url = dir.appendingPathComponent("m.svg")
        try Data(svg.utf8).write(to: url)
        #expect(try ExternalTool.run("xmllint", ["--noout", url.path]).status == 0)
    }

    /// The chunks of a PNG, in order: type and data.
    func chunks(_ png: Data) -> [(type: String, data: Data)] {
        var out: [(String, Data)] = []
        var i = png.startIndex + 8
        while i + 8 <= png.endIndex {
            let length = png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[i + 4..<i + 8], as: UTF8.self)
            out.append((type, Data(png[i + 8..<i + 8 + length])))
            i += 12 + length
        }
        return out
    }

    @Test func pngCarriesResolutionTitleAndDescription() throws {
        var fig = Figure(width: 2, height: 1)
        fig.metadata = FigureMetadata(title: "loss-fields", subject: "IoU-family losses — over the offset")
        let png = try CairoRenderer.render(fig, format: .png, dpi: 150)
        let list = chunks(png)
        #expect(list.map(\.type).prefix(2) == ["IHDR", "pHYs"])
        let phys = try #require(list.first { $0.type == "pHYs" }?.data)
        let ppm = phys.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        #expect(ppm == 5906 && phys.last == 1, "150 dpi = 5906 pixels per metre")
        #expect(list.contains { $0.type == "tEXt" && $0.data == Data("Title\0loss-fields".utf8) })
        #expect(list.contains { $0.type == "iTXt" && String(decoding: $0.data, as: UTF8.self).hasSuffix("— over the offset") })
        // Every chunk's CRC is right: Cairo's own PNG reader accepts the file.
        let image = try RGBImage(png: png)
        #expect(image.width == 300 && image.height == 150)
    }

    @Test func transparentPNGHasAnAlphaChannel() throws {
        var fig = Figure(width: 1, height: 1)
        fig.style.transparent = true
        let png = try CairoRenderer.render(fig, format: .png)
        let header = try #require(chunks(png).first)
        #expect(header.type == "IHDR" && header.data[header.data.startIndex + 9] == 6, "colour type 6: RGBA")
        let opaque = try CairoRenderer.render(Figure(width: 1, height: 1), format: .png)
        #expect(chunks(opaque).first?.data[9] == 2, "colour type 2: RGB")
    }

    @Test func fontFamiliesAreListed() {
        #expect(FontFamilies.isInstalled("DejaVu Sans"))
        #expect(FontFamilies.isInstalled("dejavu sans"))
        #expect(!FontFamilies.isInstalled("No Such Family 42"))
    }
}
