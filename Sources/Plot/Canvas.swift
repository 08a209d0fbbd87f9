import Foundation

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

extension Canvas {
    /// The box a string occupies when drawn at `origin` rotated by `angle` degrees:
    /// the rotated ink/advance box, axis-aligned.
    public func textBounds(_ text: String, at origin: Point, angle: Double, font: Font) -> Rect {
        TextPlacement.bounds(extents: measure(text, font: font), origin: origin, angle: angle)
    }
}

/// Geometry of text placement shared by the layout and the recording canvas.
public enum TextPlacement {
    /// The axis-aligned box of text with `extents` drawn from baseline `origin`
    /// rotated by `angle` degrees counter-clockwise (y down on the page).
    public static func bounds(extents e: TextExtents, origin: Point, angle: Double) -> Rect {
        let x0 = min(0, e.inkMinX), x1 = max(e.advance, e.inkMaxX)
        let corners = [Point(x0, -e.ascent), Point(x1, -e.ascent), Point(x1, e.descent), Point(x0, e.descent)]
        let t = angle * .pi / 180
        let c = cos(t), s = sin(t)
        // Counter-clockwise on a y-down page: (x, y) -> (x cos + y sin, -x sin + y cos).
        let pts = corners.map { Point(origin.x + $0.x * c + $0.y * s, origin.y - $0.x * s + $0.y * c) }
        let xs = pts.map(\.x), ys = pts.map(\.y)
        let minX = xs.min() ?? origin.x, minY = ys.min() ?? origin.y
        return Rect(x: minX, y: minY, width: (xs.max() ?? minX) - minX, height: (ys.max() ?? minY) - minY)
    }
}

