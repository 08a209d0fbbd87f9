import Foundation
import Plot

/// Renders figures with Cairo and writes them to files.
///
///     try CairoRenderer.write(fig, to: URL(fileURLWithPath: "Gallery/loss-fields.svg"))
///     let png = try CairoRenderer.render(fig, format: .png, dpi: 300)
public enum CairoRenderer {
    /// The encoded figure in `format`; `dpi` overrides the figure's for PNG.
    public static func render(_ figure: Figure, format: OutputFormat, dpi: Double? = nil) throws(RenderError) -> Data {
        let resolution = dpi ?? figure.dpi
        guard resolution > 0, resolution <= 2400 else {
            throw .plot(.invalidFigure("dpi must be in (0, 2400], got \(resolution)"))
        }
        let canvas = try CairoCanvas(format: format, pageSize: figure.pageSize, dpi: resolution, metadata: figure.metadata,
                                     transparent: figure.style.transparent)
        var drawing = canvas
        do {
            try figure.draw(on: &drawing)
        } catch {
            throw .plot(error)
        }
        return try canvas.finish()
    }

    /// Renders `figure` in the format named by `url`'s extension (.png, .svg,
    /// .pdf) and writes it atomically: to a temporary file in the same
    /// directory, then renamed over `url`, so readers never see half a file.
    public static func write(_ figure: Figure, to url: URL, dpi: Double? = nil) throws(RenderError) {
        let format = try OutputFormat(url: url)
        let data = try render(figure, format: format, dpi: dpi)
        try AtomicFile.write(data, to: url)
    }
}

extension Figure {
    /// Renders the figure to `url` (format from the extension: .png, .svg,
    /// .pdf), written atomically; see `CairoRenderer.write`.
    public func render(to url: URL, dpi: Double? = nil) throws(RenderError) {
        try CairoRenderer.write(self, to: url, dpi: dpi)
    }
}
