import Foundation

/// Streamlines of the vector field `(u, v)` given on one grid, after
/// matplotlib's `streamplot`: seeds taken from an occupancy mask of
/// `30 density` x `30 density` cells, visited from the border spiralling
/// inwards; each seed is traced forwards and backwards with midpoint (RK2)
/// steps of unit speed until it leaves the grid, reaches a zero or undefined
/// vector, or enters a mask cell another line already occupies; lines
/// shorter than a tenth of the panel are dropped. One arrow head marks the
/// direction at the middle of each line.
public struct StreamlineMark: Hashable, Sendable {
    /// The field's x and y components, sampled on the same grid.
    public var u: Grid2D
    public var v: Grid2D
    /// Line density; 1 gives a 30 x 30 occupancy mask.
    public var density: Double
    /// Colour of the lines and their arrow heads.
    public var color: Color
    /// Line width in points.
    public var width: Double
    /// Arrow head length in points.
    public var arrowSize: Double

    /// Streamlines of `(u, v)`; `u` and `v` must share their grid.
    public init(u: Grid2D, v: Grid2D, density: Double = 1, color: Color = .black, width: Double = 1,
                arrowSize: Double = 6) {
        self.u = u
        self.v = v
        self.density = density
        self.color = color
        self.width = width
        self.arrowSize = arrowSize
    }

    /// The streamlines in data coordinates, in tracing order.
    public func trace() -> [[Point]] {
        let nx = u.columns, ny = u.rows
        guard nx >= 2, ny >= 2, u.values.count == nx * ny, v.values.count == nx * ny else { return [] }
        let mx = max(2, Int((30 * density).rounded())), my = mx
        var mask = [Int32](repeating: -1, count: mx * my)
        // Positions are in grid-index units (0...nx-1, 0...ny-1). The returned
        // direction is the unit velocity in domain fractions (index / (n - 1)),
        // so both axes count alike whatever the grid's shape.
        func velocity(_ p: Point) -> Point? {
            guard p.x >= 0, p.y >= 0, p.x <= Double(nx - 1), p.y <= Double(ny - 1) else { return nil }
            let i = min(Int(p.x), nx - 2), j = min(Int(p.y), ny - 2)
            let fx = p.x - Double(i), fy = p.y - Double(j)
            func bilinear(_ g: Grid2D) -> Double {
                let a = g[i, j], b = g[i + 1, j], c = g[i, j + 1], d = g[i + 1, j + 1]
                return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy
            }
            let du = bilinear(u) / (u.xs[i + 1] - u.xs[i]) / Double(nx - 1)
            let dv = bilinear(v) / (u.ys[j + 1] - u.ys[j]) / Double(ny - 1)
            let s = hypot(du, dv)
            guard s.isFinite, s > 1e-300 else { return nil }
            return Point(du / s, dv / s)
        }
        func maskCell(_ p: Point) -> Int {
            let ci = min(Int((p.x / Double(nx - 1) * Double(mx - 1)).rounded()), mx - 1)
            let cj = min(Int((p.y / Double(ny - 1) * Double(my - 1)).rounded()), my - 1)
            return cj * mx + ci
        }
        // Step: a fifth of a mask cell, in domain fractions; at most 4 domain lengths.
        let h = 0.2 / Double(mx - 1)
        let maxSteps = Int(4 / h)
        func integrate(from start: Point, sign: Double, id: Int32, cells: inout [Int]) -> [Point] {
            var p = start
            var out: [Point] = []
            var current = maskCell(p)
            for _ in 0..<maxSteps {
                guard let k1 = velocity(p) else { break }
                let mid = Point(p.x + sign * 0.5 * h * k1.x * Double(nx - 1), p.y + sign * 0.5 * h * k1.y * Double(ny - 1))
                guard let k2 = velocity(mid) else { break }
                let next = Point(p.x + sign * h * k2.x * Double(nx - 1), p.y + sign * h * k2.y * Double(ny - 1))
                guard next.x >= 0, next.y >= 0, next.x <= Double(nx - 1), next.y <= Double(ny - 1) else { break }
                let cell = maskCell(next)
                if cell != current {
                    // Entering a taken cell ends the line, even one this line took
                    // earlier (a closed orbit stops after one turn), as in matplotlib.
                    if mask[cell] >= 0 { break }
                    mask[cell] = id
                    cells.append(cell)
                    current = cell
                }
                p = next
                out.append(p)
            }
            return out
        }
        var lines: [[Point]] = []
        var id: Int32 = 0
        for cell in Self.spiral(columns: mx, rows: my) where mask[cell] < 0 {
            let ci = cell % mx, cj = cell / mx
            let start = Point(Double(ci) / Double(mx - 1) * Double(nx - 1), Double(cj) / Double(my - 1) * Double(ny - 1))
            mask[cell] = id
            var cells = [cell]
            let back = integrate(from: start, sign: -1, id: id, cells: &cells)
            let fwd = integrate(from: start, sign: 1, id: id, cells: &cells)
            let path = back.reversed() + [start] + fwd
            var length = 0.0
            for k in path.indices.dropFirst() {
                length += hypot((path[k].x - path[k - 1].x) / Double(nx - 1), (path[k].y - path[k - 1].y) / Double(ny - 1))
            }
            if length < 0.1 {
                // Too short: free its cells (the spiral never returns to this seed).
                for c in cells where mask[c] == id { mask[c] = -1 }
            } else {
                lines.append(path.map { indexToData($0) })
            }
            id += 1
        }
        return lines
    }

    /// Mask cells from the border inwards (matplotlib `_gen_starting_points`).
    static func spiral(columns: Int, rows: Int) -> [Int] {
        var out: [Int] = []
        var x0 = 0, y0 = 0, x1 = columns - 1, y1 = rows - 1
        while x0 <= x1 && y0 <= y1 {
            for i in x0...x1 { out.append(y0 * columns + i) }
            if y0 < y1 { for j in (y0 + 1)...y1 { out.append(j * columns + x1) } }
            if y0 < y1 && x0 < x1 { for i in stride(from: x1 - 1, through: x0, by: -1) { out.append(y1 * columns + i) } }
            if x0 < x1 && y0 + 1 < y1 { for j in stride(from: y1 - 1, through: y0 + 1, by: -1) { out.append(j * columns + x0) } }
            x0 += 1; y0 += 1; x1 -= 1; y1 -= 1
        }
        return out
    }

    func indexToData(_ p: Point) -> Point {
        func interpolate(_ axis: [Double], _ t: Double) -> Double {
            let k = min(max(Int(t), 0), axis.count - 2)
            return axis[k] + (t - Double(k)) * (axis[k + 1] - axis[k])
        }
        return Point(interpolate(u.xs, p.x), interpolate(u.ys, p.y))
    }
}

extension StreamlineMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        try u.validate(what + " u")
        try v.validate(what + " v")
        guard u.xs == v.xs, u.ys == v.ys else { throw .invalidData("\(what): u and v must share their grid") }
        guard density > 0, density <= 10 else { throw .invalidData("\(what): density must be in (0, 10], got \(density)") }
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        guard let x0 = u.xs.first, let x1 = u.xs.last, let y0 = u.ys.first, let y1 = u.ys.last else { return .none }
        return DataExtent(x: x0...x1, y: y0...y1, sticky: true)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        var path = Path()
        var heads = Path()
        for line in trace() {
            let page = line.map { frame.page($0) }
            guard page.count >= 2 else { continue }
            path.append(.polyline(page))
            let m = page.count / 2
            let a = page[max(m - 1, 0)], b = page[min(m + 1, page.count - 1)]
            let d = hypot(b.x - a.x, b.y - a.y)
            guard d > 0 else { continue }
            let tip = Point(page[m].x + (b.x - a.x) / d * arrowSize / 2, page[m].y + (b.y - a.y) / d * arrowSize / 2)
            let tail = Point(tip.x - (b.x - a.x) / d * arrowSize, tip.y - (b.y - a.y) / d * arrowSize)
            heads.append(ArrowMark.geometry(from: tail, to: tip, width: width, headLength: arrowSize, heads: .end).heads)
        }
        if !path.isEmpty { canvas.stroke(path, style: StrokeStyle(color: color, width: width)) }
        if !heads.isEmpty { canvas.fill(heads, color: color) }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        Obstacles(points: trace().flatMap { $0.map { frame.page($0) } })
    }
}
