/// Drops polyline vertices that do not change the drawn line visibly
/// (Reumann-Witkam: points within `tolerance` of the line through the last kept
/// point and its successor are skipped), like matplotlib's path simplification
/// (`path.simplify_threshold` 1/9 px). Contours of a 1000 x 1000 grid have a
/// vertex every fraction of a point; this keeps vector files small and strokes fast.
enum PolylineSimplifier {
    /// Default tolerance in points: 0.05 pt, under 1/10 px at 100 dpi.
    static let tolerance = 0.05

    static func simplify(_ points: [Point], tolerance: Double = tolerance) -> [Point] {
        guard points.count > 2 else { return points }
        var out: [Point] = [points[0]]
        out.reserveCapacity(points.count / 2)
        var anchor = points[0]
        var k = 1
        while k < points.count {
            // The direction from the anchor to the next distinct point.
            let direction = points[k]
            let dx = direction.x - anchor.x, dy = direction.y - anchor.y
            let length = (dx * dx + dy * dy).squareRoot()
            if length == 0 {
                k += 1
                continue
            }
            var m = k + 1
            while m < points.count {
                let px = points[m].x - anchor.x, py = points[m].y - anchor.y
                // Distance from the line, and the point must move forward along it.
                if abs(px * dy - py * dx) / length > tolerance || (px * dx + py * dy) < 0 { break }
                m += 1
            }
            let kept = points[m - 1]
            out.append(kept)
            anchor = kept
            k = m
        }
        if out.last != points[points.count - 1] { out.append(points[points.count - 1]) }
        return out
    }
}
