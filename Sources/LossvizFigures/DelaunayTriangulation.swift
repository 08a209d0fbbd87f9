import LossvizPlot

/// The Delaunay triangulation of points in the plane (no point of the set
/// lies inside any triangle's circumcircle), by Bowyer and Watson's
/// incremental algorithm (A. Bowyer, "Computing Dirichlet tessellations",
/// Comput. J. 24, 1981; D. F. Watson, ibid.): start from one triangle that
/// holds every point; insert the points one at a time, removing the triangles
/// whose circumcircle contains the new point and joining the point to the
/// boundary of the hole; finally drop the triangles that touch the starting
/// triangle's corners. The cost is quadratic in the number of points, which is
/// fine for the simulation's 5,000 anchor centres.
///
/// The triangles are those of matplotlib's `Triangulation` (qhull) up to the
/// choice of diagonal in cocircular quadrilaterals.
struct DelaunayTriangulation: Sendable {
    /// The points, in the order given.
    var points: [Point]
    /// The triangles, as indices into `points`, counter-clockwise.
    var triangles: [(Int, Int, Int)]

    /// A triangle under construction with its circumcircle.
    private struct Triangle {
        var a: Int, b: Int, c: Int
        var centre: Point
        var radiusSquared: Double
    }

    /// The triangulation of `points` (which should be distinct; duplicates are skipped).
    init(_ points: [Point]) {
        self.points = points
        guard points.count >= 3 else {
            triangles = []
            return
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = xs.min() ?? 0, maxX = xs.max() ?? 0, minY = ys.min() ?? 0, maxY = ys.max() ?? 0
        let span = max(maxX - minX, maxY - minY, 1), midX = (minX + maxX) / 2, midY = (minY + maxY) / 2
        // The three corners of a triangle far around all points, indices count ..< count + 3.
        var all = points
        all += [Point(midX - 20 * span, midY - span), Point(midX, midY + 20 * span), Point(midX + 20 * span, midY - span)]
        let n = points.count
        func make(_ a: Int, _ b: Int, _ c: Int) -> Triangle {
            var (a, b, c) = (a, b, c)
            let pa = all[a], pb = all[b], pc = all[c]
            if (pb.x - pa.x) * (pc.y - pa.y) - (pb.y - pa.y) * (pc.x - pa.x) < 0 { swap(&b, &c) }
            let p = all[a], q = all[b], r = all[c]
            let d = 2 * (p.x * (q.y - r.y) + q.x * (r.y - p.y) + r.x * (p.y - q.y))
            let p2 = p.x * p.x + p.y * p.y, q2 = q.x * q.x + q.y * q.y, r2 = r.x * r.x + r.y * r.y
            let centre = Point((p2 * (q.y - r.y) + q2 * (r.y - p.y) + r2 * (p.y - q.y)) / d,
                               (p2 * (r.x - q.x) + q2 * (p.x - r.x) + r2 * (q.x - p.x)) / d)
            let dx = p.x - centre.x, dy = p.y - centre.y
            return Triangle(a: a, b: b, c: c, centre: centre, radiusSquared: dx * dx + dy * dy)
        }
        var mesh = [make(n, n + 1, n + 2)]
        var seen = Set<[Double]>()
        for k in 0..<n {
            let p = all[k]
            guard seen.insert([p.x, p.y]).inserted else { continue }
            var edges: [Int: (Int, Int, count: Int)] = [:]
            var kept: [Triangle] = []
            kept.reserveCapacity(mesh.count + 2)
            for t in mesh {
                let dx = p.x - t.centre.x, dy = p.y - t.centre.y
                if dx * dx + dy * dy < t.radiusSquared {
                    for (u, v) in [(t.a, t.b), (t.b, t.c), (t.c, t.a)] {
                        let key = min(u, v) * (n + 3) + max(u, v)
                        if let e = edges[key] { edges[key] = (e.0, e.1, e.count + 1) } else { edges[key] = (u, v, 1) }
                    }
                } else {
                    kept.append(t)
                }
            }
            for edge in edges.values where edge.count == 1 {
                kept.append(make(edge.0, edge.1, k))
            }
            mesh = kept
        }
        triangles = mesh.filter { $0.a < n && $0.b < n && $0.c < n }.map { ($0.a, $0.b, $0.c) }
    }
}
