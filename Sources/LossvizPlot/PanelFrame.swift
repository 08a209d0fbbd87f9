/// Where a panel's data land on the page: the axes rectangle and the two axis
/// maps. Every mark draws through it.
struct PanelFrame {
    /// The axes rectangle on the page (points).
    var rect: Rect
    var xMap: AxisMap
    var yMap: AxisMap
    var style: FigureStyle

    /// The page point of data point `(x, y)` (NaN coordinates when the scale cannot show it).
    func page(_ x: Double, _ y: Double) -> Point { Point(xMap.page(x), yMap.page(y)) }

    /// The page point of data point `p`.
    func page(_ p: Point) -> Point { page(p.x, p.y) }

    /// The page point of axes fractions `(fx, fy)`, (0, 0) bottom-left, (1, 1) top-right.
    func pageFromFraction(_ fx: Double, _ fy: Double) -> Point {
        Point(rect.minX + fx * rect.width, rect.maxY - fy * rect.height)
    }

    /// The polylines of data points `(xs[k], ys[k])` on the page, split where a
    /// point cannot be drawn (NaN, infinite, <= 0 on a log axis) and clipped to
    /// the axes rectangle grown by `margin` points (Liang-Barsky), so huge
    /// values never reach the canvas, and simplified (`PolylineSimplifier`).
    func pagePolylines(xs: [Double], ys: [Double], margin: Double = 20) -> [[Point]] {
        let n = min(xs.count, ys.count)
        let bounds = rect.insetBy(-margin)
        var runs: [[Point]] = []
        var current: [Point] = []
        var previous: Point?
        func flush() {
            if current.count >= 2 { runs.append(PolylineSimplifier.simplify(current)) }
            current = []
        }
        for k in 0..<n {
            let p = page(xs[k], ys[k])
            guard p.x.isFinite, p.y.isFinite else {
                flush()
                previous = nil
                continue
            }
            defer { previous = p }
            guard let a = previous else { continue }
            guard let (c0, c1) = SegmentClipper.clip(a, p, to: bounds) else {
                flush()
                continue
            }
            if current.isEmpty || current.last != c0 {
                flush()
                current.append(c0)
            }
            current.append(c1)
            if c1 != p { flush() }
        }
        flush()
        // A single drawable point (for markers) is handled by the caller.
        return runs
    }
}

/// Liang-Barsky clipping of a segment to a rectangle.
enum SegmentClipper {
    /// The part of segment `a`-`b` inside `r`, nil if none.
    static func clip(_ a: Point, _ b: Point, to r: Rect) -> (Point, Point)? {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 {
                    if t > t1 { return nil }
                    if t > t0 { t0 = t }
                } else {
                    if t < t0 { return nil }
                    if t < t1 { t1 = t }
                }
            }
        }
        let c0 = t0 == 0 ? a : Point(a.x + t0 * dx, a.y + t0 * dy)
        let c1 = t1 == 1 ? b : Point(a.x + t1 * dx, a.y + t1 * dy)
        return (c0, c1)
    }
}
