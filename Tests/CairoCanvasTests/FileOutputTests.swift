import CairoCanvas
import Foundation
import Plot
import Testing

@Suite struct FileOutputTests {
    var figure: Figure {
        var fig = Figure(width: 3, height: 2)
        fig.axes.line(x: [0, 1, 2], y: [1, 0, 1], label: "v")
        fig.axes.legend()
        return fig
    }

    @Test func formatFollowsTheExtension() throws {
        let dir = try temporaryDirectory("formats")
        for ext in ["png", "svg", "pdf", "PNG"] {
            let url = dir.appendingPathComponent("figure.\(ext)")
            try CairoRenderer.write(figure, to: url)
            let head = try Data(contentsOf: url).prefix(8)
            switch ext.lowercased() {
            case "png": #expect(head.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            case "svg": #expect(String(decoding: head, as: UTF8.self).hasPrefix("<?xml"))
            default: #expect(head.starts(with: Data("%PDF".utf8)))
            }
        }
        // Nothing but the outputs is left behind (the temporary files were renamed).
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["figure.PNG", "figure.pdf", "figure.png", "figure.svg"])
    }

    @Test func unknownExtensionIsATypedError() throws {
        let url = try temporaryDirectory("unknown").appendingPathComponent("figure.jpg")
        #expect(throws: RenderError.unknownFormat(extension: "jpg", path: url.path)) {
            try CairoRenderer.write(figure, to: url)
        }
        let bare = url.deletingPathExtension()
        do {
            try CairoRenderer.write(figure, to: bare)
            Issue.record("no error for a path without extension")
        } catch {
            #expect(error.description.contains("unknown extension"))
            #expect(error.description.contains(".png, .svg, .pdf"))
        }
    }

    @Test func unwritablePathIsATypedError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-lossviz-dir/sub/figure.png")
        do {
            try CairoRenderer.write(figure, to: missing)
            Issue.record("no error for a missing directory")
        } catch {
            guard case .unwritable(let path, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == missing.path)
            #expect(reason.contains("does not exist"))
        }
        // A directory where the file should go: the rename fails.
        let dir = try temporaryDirectory("occupied")
        let occupied = dir.appendingPathComponent("figure.png")
        try FileManager.default.createDirectory(at: occupied.appendingPathComponent("child"), withIntermediateDirectories: true)
        #expect(throws: RenderError.self) { try CairoRenderer.write(figure, to: occupied) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["figure.png"])
    }

    @Test func dpiSetsThePixelSize() throws {
        let png = try RGBImage(png: CairoRenderer.render(figure, format: .png, dpi: 300))
        #expect(png.width == 900 && png.height == 600)
        let defaultPNG = try RGBImage(png: CairoRenderer.render(figure, format: .png))
        #expect(defaultPNG.width == 300 && defaultPNG.height == 200)
    }

    @Test func badFigureIsATypedError() {
        var bad = figure
        bad.axes.line(x: [0, 1], y: [0])
        #expect(throws: RenderError.self) { try CairoRenderer.render(bad, format: .png) }
    }
}
