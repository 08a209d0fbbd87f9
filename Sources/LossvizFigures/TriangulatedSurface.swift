import LossvizPlot

/// Values known at scattered points, interpolated linearly on their Delaunay
/// triangulation onto a regular grid, as matplotlib's `LinearTriInterpolator`
/// (or MATLAB's `griddata(..., 'linear')`) does: a grid point inside a triangle
/// takes `λ₁v₁ + λ₂v₂ + λ₃v₃` with its barycentric coordinates `λ`; grid
/// points outside every triangle (outside the points' convex hull), or
/// rejected by `mask`, are NaN (drawn transparent).
struct TriangulatedSurface: Sendable {
    /// The grid: x and y coordinates and the values, row-major (`values[j * xs.count + i]`).
    var grid: Grid2D

    /// Interpolates `values` (one per point of `triangulation`) onto the grid
    /// `xs` × `ys`, keeping only grid points where `mask(x, y)` holds.
    init(_ triangulation: DelaunayTriangulation, values: [Double], xs: [Double], ys: [Double],
         mask: (Double, Double) -> Bool = { _, _ in true }) {
        var out = [Double](repeating: .nan, count: xs.count * ys.count)
        let points = triangulation.points
        // The grid is regular, so a coordinate's index range is a division away.
        func range(_ axis: [Double], _ low: Double, _ high: Double) -> ClosedRange<Int>? {
            guard axis.count >= 2 else { return nil }
            let step = (axis[axis.count - 1] - axis[0]) / Double(axis.count - 1)
            let i0 = max(0, Int(((low - axis[0]) / step).rounded(.up)))
            let i1 = min(axis.count - 1, Int(((high - axis[0]) / step).rounded(.down)))
            return i0 <= i1 ? i0...i1 : nil
        }
        for (a, b, c) in triangulation.triangles {
            let pa = points[a], pb = points[b], pc = points[c]
            let det = (pb.y - pc.y) * (pa.x - pc.x) + (pc.x - pb.x) * (pa.y - pc.y)
            guard det != 0,
                  let columns = range(xs, min(pa.x, pb.x, pc.x), max(pa.x, pb.x, pc.x)),
                  let rows = range(ys, min(pa.y, pb.y, pc.y), max(pa.y, pb.y, pc.y)) else { continue }
            for j in rows {
                for i in columns where out[j * xs.count + i].isNaN {
                    let x = xs[i], y = ys[j]
                    let l1 = ((pb.y - pc.y) * (x - pc.x) + (pc.x - pb.x) * (y - pc.y)) / det
                    let l2 = ((pc.y - pa.y) * (x - pc.x) + (pa.x - pc.x) * (y - pc.y)) / det
                    let l3 = 1 - l1 - l2
                    // A small tolerance so grid points on a shared edge are not lost to rounding.
                    guard l1 >= -1e-12, l2 >= -1e-12, l3 >= -1e-12, mask(x, y) else { continue }
                    out[j * xs.count + i] = l1 * values[a] + l2 * values[b] + l3 * values[c]
                }
            }
        }
        grid = Grid2D(xs: xs, ys: ys, values: out)
    }
}
