/// The only way Plot draws: paths, text and images on a page measured in points
/// (1/72 inch), origin at the top-left, y growing downwards. `CairoCanvas`
/// renders to PNG, SVG and PDF; `RecordingCanvas` keeps the calls as values.
///
/// Plot measures every string through `measure(_:font:)` before placing it, so
/// layout (margins, tick spacing, legend size) follows the real font metrics.
public protocol Canvas {
    /// The extents of `text` set in `font`, relative to its baseline origin.
    func measure(_ text: String, font: Font) -> TextExtents
    /// Strokes `path` with `style`.
    mutating func stroke(_ path: Path, style: StrokeStyle)
    /// Fills `path` (non-zero winding rule) with `color`.
    mutating func fill(_ path: Path, color: Color)
    /// Draws `text` with its baseline starting at `origin`, rotated by `angle`
    /// degrees counter-clockwise about `origin` (90: reads bottom to top).
    mutating func drawText(_ text: String, at origin: Point, angle: Double, font: Font, color: Color)
    /// Draws `image` stretched over `rect`, nearest-neighbour sampled unless `smooth`.
    mutating func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool)
    /// Restricts drawing to `rect` (intersected with any enclosing clip) until
    /// the matching `popClip()`.
    mutating func pushClip(_ rect: Rect)
    /// Ends the innermost `pushClip(_:)`.
    mutating func popClip()
}
