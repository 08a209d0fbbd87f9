import LossvizCairo
import Foundation
import LossvizPlot
import Testing

@Suite struct FileOutputTests {
    var figure: Figure {
        var fig = Figure(width: 3, height: 2)
        fig.axes.line(x: [0, 1, 2], y: [1, 0, 1], label: "v")
        fig.axes.legend()
        return fig
    }

    @Test func formatFollowsTheExtension() throws {
        for ext in ["png", "svg", "pdf", "PNG"] {
            let format = try OutputFormat(url: URL(fileURLWithPath: "figure.\(ext)"))
            let head = try CairoRenderer.render(figure, format: format).prefix(8)
            switch ext.lowercased() {
            case "png": #expect(head.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            case "svg": #expect(String(decoding: head, as: UTF8.self).hasPrefix("<?xml"))
            default: #expect(head.starts(with: Data("%PDF".utf8)))
            }
        }
    }

    @Test func unknownExtensionIsATypedError() throws {
        let url = URL(fileURLWithPath: "/tmp/figure.jpg")
        #expect(throws: RenderError.unknownFormat(extension: "jpg", path: url.path)) {
            try OutputFormat(url: url)
        }
        do {
            _ = try OutputFormat(url: url.deletingPathExtension())
            Issue.record("no error for a path without extension")
        } catch {
            #expect(error.description.contains("unknown extension"))
            #expect(error.description.contains(".png, .svg, .pdf"))
        }
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
