import Foundation

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

