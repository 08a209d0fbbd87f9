import LossvizCairo
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LossvizPlot
import LossvizTestSupport
import Testing

/// SVG and PDF output checked by independent tools.
///
/// SVG: parses as XML (Foundation's XMLParser, and xmllint when present) and,
/// rendered by rsvg-convert at the PNG's pixel size, matches Cairo's PNG of the
/// same figure within RMS 24 pixel by pixel and RMS 8 over 4 x 4 blocks. The
/// two rasterisers antialias text and thin lines differently (pixel RMS about
/// 10-17 here), but a missing or displaced mark or label exceeds the block
/// tolerance.
/// PDF: starts with %PDF-, and pdfinfo reads one page of the figure's size.
@Suite struct VectorOutputTests {
    static let pixelTolerance = 24.0
    static let blockTolerance = 8.0

    final class ParseCheck: NSObject, XMLParserDelegate {
        var rootName: String?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if rootName == nil { rootName = name }
        }
    }

    @Test(arguments: GoldenFigures.all.map(\.name))
    func svgParsesAndMatchesThePNG(_ name: String) throws {
        let figure = try #require(GoldenFigures.all.first { $0.name == name }?.figure)
        try Self.checkSVG(CairoRenderer.render(figure, format: .svg), against: CairoRenderer.render(figure, format: .png), name: name)
    }

    /// `svg` parses as XML with an `svg` root (and passes xmllint when present),
    /// and rsvg-convert renders it at `png`'s pixel size within the tolerances.
    static func checkSVG(_ svg: Data, against pngData: Data, name: String) throws {
        let parser = XMLParser(data: svg)
        let check = ParseCheck()
        parser.delegate = check
        #expect(parser.parse(), "\(name).svg does not parse: \(String(describing: parser.parserError))")
        #expect(check.rootName == "svg")

        let dir = try temporaryDirectory("svg-\(name)")
        let svgURL = dir.appendingPathComponent("\(name).svg"), rsvgURL = dir.appendingPathComponent("\(name)-rsvg.png")
        try svg.write(to: svgURL)
        if ExternalTool.find("xmllint") != nil {
            #expect(try ExternalTool.run("xmllint", ["--noout", "--huge", svgURL.path]).status == 0)
        }
        let png = try RGBImage(png: pngData)
        let run = try ExternalTool.run("rsvg-convert", ["-w", "\(png.width)", "-h", "\(png.height)", "-o", rsvgURL.path, svgURL.path])
        #expect(run.status == 0)
        let rsvg = try RGBImage(png: Data(contentsOf: rsvgURL))
        let pixel = try #require(rsvg.rms(to: png), "size mismatch")
        let block = try #require(rsvg.rms(to: png, block: 4))
        if pixel > pixelTolerance || block > blockTolerance {
            try png.pngData().write(to: dir.appendingPathComponent("\(name)-cairo.png"))
            if let diff = rsvg.difference(to: png) { try diff.pngData().write(to: dir.appendingPathComponent("diff.png")) }
            Issue.record("\(name): rsvg vs cairo RMS \(pixel) (tolerance \(pixelTolerance)), 4x4-block RMS \(block) (tolerance \(blockTolerance)); images in \(dir.path)")
        } else {
            try? FileManager.default.removeItem(at: dir)
        }
    }

    @Test(arguments: GoldenFigures.all.map(\.name))
    func pdfIsReadByPdfinfo(_ name: String) throws {
        let figure = try #require(GoldenFigures.all.first { $0.name == name }?.figure)
        let pdf = try CairoRenderer.render(figure, format: .pdf)
        #expect(pdf.count > 1000)
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let url = try temporaryDirectory("pdf-\(name)").appendingPathComponent("\(name).pdf")
        try pdf.write(to: url)
        let info = try ExternalTool.run("pdfinfo", [url.path])
        #expect(info.status == 0)
        #expect(info.output.contains("Pages:           1"))
        let size = String(format: "%g x %g pts", figure.width * 72, figure.height * 72)
        #expect(info.output.contains("Page size:       \(size)"), "\(info.output)")
    }
}
