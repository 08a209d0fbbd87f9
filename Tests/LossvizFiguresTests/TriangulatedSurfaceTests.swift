@testable import LossvizFigures
import LossvizPlot
import LossvizSweep
import Testing

/// The Delaunay triangulation and the linear interpolation that draw
/// `simulation-final-error` as a surface.
@Suite struct TriangulatedSurfaceTests {
    static let centres = AnchorCentre.disc(count: 400, radius: 3, seed: 7).map { Point($0.x, $0.y) }

    /// Euler: a triangulation of n points with h on the convex hull has 2n − 2 − h triangles;
    /// and no point lies strictly inside a triangle's circumcircle (the Delaunay property).
    @Test func triangulationIsDelaunayAndComplete() {
        let points = Self.centres
        let triangulation = DelaunayTriangulation(points)
        var hullEdges: [Int: Int] = [:]
        for (a, b, c) in triangulation.triangles {
            for (u, v) in [(a, b), (b, c), (c, a)] { hullEdges[min(u, v) * points.count + max(u, v), default: 0] += 1 }
        }
        let hull = hullEdges.values.filter { $0 == 1 }.count
        #expect(triangulation.triangles.count == 2 * points.count - 2 - hull)
        for (a, b, c) in triangulation.triangles.prefix(200) {
            let p = points[a], q = points[b], r = points[c]
            for (k, s) in points.enumerated() where k != a && k != b && k != c {
                // The in-circle determinant, positive when s is inside the counter-clockwise triangle's circle.
                let m = [[p.x - s.x, p.y - s.y], [q.x - s.x, q.y - s.y], [r.x - s.x, r.y - s.y]]
                let d = m.map { $0[0] * $0[0] + $0[1] * $0[1] }
                let det = m[0][0] * (m[1][1] * d[2] - d[1] * m[2][1]) - m[0][1] * (m[1][0] * d[2] - d[1] * m[2][0])
                    + d[0] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
                #expect(det <= 1e-9)
            }
        }
    }

    /// Linear interpolation reproduces a linear function exactly inside the hull, and masks the rest.
    @Test func linearFunctionsAreReproducedAndTheMaskHolds() {
        let points = Self.centres
        let f = { (x: Double, y: Double) in 2 * x - 3 * y + 1 }
        let xs = Grid2D.linspace(7, 13, count: 61), ys = xs
        let surface = TriangulatedSurface(DelaunayTriangulation(points), values: points.map { f($0.x, $0.y) }, xs: xs, ys: ys) {
            ($0 - 10) * ($0 - 10) + ($1 - 10) * ($1 - 10) <= 9
        }
        var inside = 0
        for (j, y) in ys.enumerated() {
            for (i, x) in xs.enumerated() {
                let v = surface.grid[i, j]
                if (x - 10) * (x - 10) + (y - 10) * (y - 10) > 9 { #expect(v.isNaN) }
                if v.isFinite {
                    inside += 1
                    #expect(abs(v - f(x, y)) < 1e-9)
                }
            }
        }
        // The hull of 400 random centres covers most of the disc's π × 30² ≈ 2,827 grid points.
        #expect(inside > 2500)
    }
}
