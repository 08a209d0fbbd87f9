/// Contour lines of a grid at one level by marching squares: each cell's four
/// corners are classified as above (`v > level`) or not; the level crosses an
/// edge between an above and a below corner at the linearly interpolated
/// point; the per-cell segments are joined into polylines through shared
/// edges, closed where they return to their start.
///
/// Saddle cells (two diagonal corners above, two below) are resolved by the
/// cell's centre value, the mean of its corners, as matplotlib's contour
/// generator does: if the centre is above the level, the above corners connect
/// through the cell and the segments cut off the two below corners; otherwise
/// the segments cut off the above corners. Cells with a non-finite corner are
/// skipped, so the lines stop at holes in the data.
public enum MarchingSquares {
    /// A contour line in data coordinates.
    public struct Polyline: Hashable, Sendable {
        public var points: [Point]
        /// Whether the last point connects back to the first.
        public var isClosed: Bool
    }

    /// The contour lines of `grid` at `level`.
    public static func isolines(_ grid: Grid2D, level: Double) -> [Polyline] {
        var scratch = Scratch(grid: grid)
        return isolines(grid, level: level, scratch: &scratch)
    }

    /// Reusable per-edge tables for contouring one grid at many levels.
    struct Scratch {
        var first: [Int32]
        var second: [Int32]
        init(grid: Grid2D) {
            let nx = grid.columns, ny = grid.rows
            let count = max(0, (nx - 1) * ny + nx * (ny - 1))
            first = Array(repeating: -1, count: count)
            second = Array(repeating: -1, count: count)
        }
    }

    static func isolines(_ grid: Grid2D, level: Double, scratch: inout Scratch) -> [Polyline] {
        let nx = grid.columns, ny = grid.rows
        guard nx >= 2, ny >= 2, grid.values.count == nx * ny, level.isFinite else { return [] }
        let hCount = (nx - 1) * ny
        // Edge ids: horizontal edge (i, j)-(i+1, j) is j (nx - 1) + i; vertical
        // edge (i, j)-(i, j+1) is hCount + j nx + i.
        var segA: [Int32] = []
        var segB: [Int32] = []
        grid.values.withUnsafeBufferPointer { z in
            for j in 0..<(ny - 1) {
                for i in 0..<(nx - 1) {
                    let bl = z[j * nx + i], br = z[j * nx + i + 1]
                    let tl = z[(j + 1) * nx + i], tr = z[(j + 1) * nx + i + 1]
                    var index = 0
                    if bl > level { index |= 1 }
                    if br > level { index |= 2 }
                    if tr > level { index |= 4 }
                    if tl > level { index |= 8 }
                    if index == 0 || index == 15 { continue }
                    guard bl.isFinite, br.isFinite, tl.isFinite, tr.isFinite else { continue }
                    let bottom = Int32(j * (nx - 1) + i)
                    let top = Int32((j + 1) * (nx - 1) + i)
                    let left = Int32(hCount + j * nx + i)
                    let right = Int32(hCount + j * nx + i + 1)
                    func add(_ a: Int32, _ b: Int32) {
                        segA.append(a)
                        segB.append(b)
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
                }
            }
        }
        let segmentCount = segA.count
        guard segmentCount > 0 else { return [] }
        // Register both ends of every segment on their edges.
        for s in 0..<segmentCount {
            for e in [Int(segA[s]), Int(segB[s])] {
                if scratch.first[e] < 0 { scratch.first[e] = Int32(s) } else { scratch.second[e] = Int32(s) }
            }
        }
        func point(onEdge e: Int) -> Point {
            let a: Int, b: Int, horizontal: Bool
            if e < hCount {
                let j = e / (nx - 1), i = e % (nx - 1)
                a = j * nx + i; b = a + 1; horizontal = true
            } else {
                let k = e - hCount
                a = k; b = k + nx; horizontal = false
            }
            let za = grid.values[a], zb = grid.values[b]
            let t = zb == za ? 0.5 : min(max((level - za) / (zb - za), 0), 1)
            let i = a % nx, j = a / nx
            if horizontal {
                return Point(grid.xs[i] + t * (grid.xs[i + 1] - grid.xs[i]), grid.ys[j])
            }
            return Point(grid.xs[i], grid.ys[j] + t * (grid.ys[j + 1] - grid.ys[j]))
        }
        func other(_ s: Int, at e: Int) -> Int {
            let f = Int(scratch.first[e]), g = Int(scratch.second[e])
            return f == s ? g : f
        }
        var visited = [Bool](repeating: false, count: segmentCount)
        var lines: [Polyline] = []
        for start in 0..<segmentCount where !visited[start] {
            visited[start] = true
            // Walk forward from the segment's B end, then backward from its A end.
            var forward: [Int] = [Int(segA[start]), Int(segB[start])]
            var closed = false
            var s = start, e = Int(segB[start])
            while true {
                let n = other(s, at: e)
                if n < 0 { break }
                if n == start { closed = true; break }
                if visited[n] { break }
                visited[n] = true
                e = Int(segA[n]) == e ? Int(segB[n]) : Int(segA[n])
                s = n
                forward.append(e)
            }
            if closed {
                forward.removeLast()  // the start edge again
            } else {
                var backward: [Int] = []
                s = start
                e = Int(segA[start])
                while true {
                    let n = other(s, at: e)
                    if n < 0 || visited[n] { break }
                    visited[n] = true
                    e = Int(segA[n]) == e ? Int(segB[n]) : Int(segA[n])
                    s = n
                    backward.append(e)
                }
                forward = backward.reversed() + forward
            }
            lines.append(Polyline(points: forward.map { point(onEdge: $0) }, isClosed: closed))
        }
        // Leave the scratch tables clean for the next level.
        for s in 0..<segmentCount {
            scratch.first[Int(segA[s])] = -1; scratch.second[Int(segA[s])] = -1
            scratch.first[Int(segB[s])] = -1; scratch.second[Int(segB[s])] = -1
        }
        return lines
    }
}
