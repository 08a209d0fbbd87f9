/// Contour lines of a grid by marching squares: each cell's four corners are
/// classified as above (`v > level`) or not; the level crosses an edge between
/// an above and a below corner at the linearly interpolated point; the per-cell
/// segments are joined into polylines through shared edges, closed where they
/// return to their start.
///
/// Saddle cells (two diagonal corners above, two below) are resolved by the
/// cell's centre value, the mean of its corners, as matplotlib's contour
/// generator does: if the centre is above the level, the above corners connect
/// through the cell and the segments cut off the two below corners; otherwise
/// the segments cut off the above corners. Cells with a non-finite corner are
/// skipped, so the lines stop at holes in the data.
///
/// All levels are traced in one pass over the cells: a cell only produces
/// segments for the levels between its smallest and largest corner.
public enum MarchingSquares {
    /// A contour line in data coordinates.
    public struct Polyline: Hashable, Sendable {
        public var points: [Point]
        /// Whether the last point connects back to the first.
        public var isClosed: Bool
    }

    /// The contour lines of `grid` at `level`.
    public static func isolines(_ grid: Grid2D, level: Double) -> [Polyline] {
        isolines(grid, levels: [level]).first ?? []
    }

    /// The contour lines of `grid` at each of `levels` (in the order given).
    public static func isolines(_ grid: Grid2D, levels: [Double]) -> [[Polyline]] {
        let nx = grid.columns, ny = grid.rows
        guard nx >= 2, ny >= 2, grid.values.count == nx * ny else { return levels.map { _ in [] } }
        // Levels sorted for the per-cell search; results mapped back to the given order.
        let order = levels.indices.filter { levels[$0].isFinite }.sorted { levels[$0] < levels[$1] }
        let sorted = order.map { levels[$0] }
        let hCount = (nx - 1) * ny
        // Edge ids: horizontal edge (i, j)-(i+1, j) is j (nx - 1) + i; vertical
        // edge (i, j)-(i, j+1) is hCount + j nx + i.
        var segLevel: [Int32] = [], segA: [Int32] = [], segB: [Int32] = []
        grid.values.withUnsafeBufferPointer { z in
            sorted.withUnsafeBufferPointer { lv in
                let nl = lv.count
                for j in 0..<(ny - 1) {
                    for i in 0..<(nx - 1) {
                        let bl = z[j * nx + i], br = z[j * nx + i + 1]
                        let tl = z[(j + 1) * nx + i], tr = z[(j + 1) * nx + i + 1]
                        guard (bl + br + tl + tr).isFinite else { continue }
                        let lo = min(min(bl, br), min(tl, tr)), hi = max(max(bl, br), max(tl, tr))
                        // First level >= lo: only levels in [lo, hi) cross this cell.
                        var a = 0, b = nl
                        while a < b {
                            let m = (a + b) / 2
                            if lv[m] < lo { a = m + 1 } else { b = m }
                        }
                        var k = a
                        while k < nl && lv[k] < hi {
                            let level = lv[k]
                            var index = 0
                            if bl > level { index |= 1 }
                            if br > level { index |= 2 }
                            if tr > level { index |= 4 }
                            if tl > level { index |= 8 }
                            let bottom = Int32(j * (nx - 1) + i)
                            let top = Int32((j + 1) * (nx - 1) + i)
                            let left = Int32(hCount + j * nx + i)
                            let right = Int32(hCount + j * nx + i + 1)
                            let l = Int32(k)
                            @inline(__always) func add(_ p: Int32, _ q: Int32) {
                                segLevel.append(l); segA.append(p); segB.append(q)
                            }
                            switch index {
                            case 1, 14: add(left, bottom)
                            case 2, 13: add(bottom, right)
                            case 3, 12: add(left, right)
                            case 4, 11: add(right, top)
                            case 6, 9: add(bottom, top)
                            case 7, 8: add(left, top)
                            case 5:  // bl and tr above
                                if (bl + br + tr + tl) / 4 > level {
                                    add(bottom, right); add(top, left)
                                } else {
                                    add(left, bottom); add(right, top)
                                }
                            case 10:  // br and tl above
                                if (bl + br + tr + tl) / 4 > level {
                                    add(left, bottom); add(right, top)
                                } else {
                                    add(bottom, right); add(top, left)
                                }
                            default: break
                            }
                            k += 1
                        }
                    }
                }
            }
        }
        // Bucket the segments by level.
        var byLevel = [[Int]](repeating: [], count: sorted.count)
        for s in segLevel.indices { byLevel[Int(segLevel[s])].append(s) }
        var result = [[Polyline]](repeating: [], count: levels.count)
        for (k, segments) in byLevel.enumerated() {
            result[order[k]] = join(segments, segA: segA, segB: segB, level: sorted[k], grid: grid, hCount: hCount)
        }
        return result
    }

    /// Joins one level's segments into polylines: segment ends on the same edge
    /// are neighbours (found by sorting the ends by edge id).
    static func join(_ segments: [Int], segA: [Int32], segB: [Int32], level: Double, grid: Grid2D,
                     hCount: Int) -> [Polyline] {
        let n = segments.count
        guard n > 0 else { return [] }
        let nx = grid.columns
        // Local segment k has ends a[k], b[k]; end id 2k (a) or 2k + 1 (b).
        let a = segments.map { Int(segA[$0]) }, b = segments.map { Int(segB[$0]) }
        var ends = [(edge: Int, end: Int)]()
        ends.reserveCapacity(2 * n)
        for k in 0..<n {
            ends.append((a[k], 2 * k))
            ends.append((b[k], 2 * k + 1))
        }
        ends.sort { $0.edge < $1.edge || ($0.edge == $1.edge && $0.end < $1.end) }
        // neighbour[end] = the local segment sharing that end's edge, or -1.
        var neighbour = [Int](repeating: -1, count: 2 * n)
        var q = 0
        while q + 1 < ends.count {
            if ends[q].edge == ends[q + 1].edge {
                neighbour[ends[q].end] = ends[q + 1].end / 2
                neighbour[ends[q + 1].end] = ends[q].end / 2
                q += 2
            } else {
                q += 1
            }
        }
        func point(onEdge e: Int) -> Point {
            let p: Int, r: Int, horizontal: Bool
            if e < hCount {
                let j = e / (nx - 1), i = e % (nx - 1)
                p = j * nx + i; r = p + 1; horizontal = true
            } else {
                p = e - hCount; r = p + nx; horizontal = false
            }
            let zp = grid.values[p], zr = grid.values[r]
            let t = zr == zp ? 0.5 : min(max((level - zp) / (zr - zp), 0), 1)
            let i = p % nx, j = p / nx
            if horizontal { return Point(grid.xs[i] + t * (grid.xs[i + 1] - grid.xs[i]), grid.ys[j]) }
            return Point(grid.xs[i], grid.ys[j] + t * (grid.ys[j + 1] - grid.ys[j]))
        }
        /// The segment after `s` when leaving it through edge `e`, and the edge it leaves by.
        func step(from s: Int, through e: Int) -> (segment: Int, exit: Int)? {
            let next = a[s] == e ? neighbour[2 * s] : neighbour[2 * s + 1]
            guard next >= 0 else { return nil }
            return (next, a[next] == e ? b[next] : a[next])
        }
        var visited = [Bool](repeating: false, count: n)
        var lines: [Polyline] = []
        for start in 0..<n where !visited[start] {
            visited[start] = true
            var edges = [a[start], b[start]]
            var closed = false
            var s = start, e = b[start]
            while let (next, exit) = step(from: s, through: e) {
                if next == start { closed = true; break }
                if visited[next] { break }
                visited[next] = true
                edges.append(exit)
                s = next
                e = exit
            }
            if closed {
                edges.removeLast()  // the start edge again
            } else {
                var backward: [Int] = []
                s = start
                e = a[start]
                while let (next, exit) = step(from: s, through: e), !visited[next] {
                    visited[next] = true
                    backward.append(exit)
                    s = next
                    e = exit
                }
                edges = backward.reversed() + edges
            }
            lines.append(Polyline(points: edges.map(point(onEdge:)), isClosed: closed))
        }
        return lines
    }
}
