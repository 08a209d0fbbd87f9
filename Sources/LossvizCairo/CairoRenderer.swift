import Foundation
import LossvizPlot

/// Renders figures with Cairo into the bytes of a PNG, SVG or PDF file (which
/// LossvizIO writes).
///
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
}
