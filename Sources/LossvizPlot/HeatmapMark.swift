/// A grid of values drawn as coloured cells, one cell per grid node centred on
/// it (matplotlib `pcolormesh(shading="nearest")`). Uniform grids (uniform in
/// the axis scale, so log-spaced nodes on a log axis count) are drawn as one
/// image with one pixel per cell, scaled with nearest-neighbour sampling;
/// others as one rectangle per cell. Non-finite values (and values <= 0 under
/// a log norm) are left transparent.
public struct HeatmapMark: Hashable, Sendable {
    public var grid: Grid2D
    public var colorScale: ColorScale

    /// A heatmap of `grid` coloured through `colorScale`.
    public init(grid: Grid2D, colorScale: ColorScale) {
        self.grid = grid
        self.colorScale = colorScale
    }

    /// Cell edges along one axis: midpoints between nodes in the axis scale's
    /// space, the outer edges half a spacing beyond the end nodes.
    static func edges(_ nodes: [Double], scale: AxisScale) -> [Double] {
        let u = nodes.map { scale.forward($0) }
        guard u.count >= 2 else { return [] }
        var e = [u[0] - (u[1] - u[0]) / 2]
        for k in 1..<u.count { e.append((u[k - 1] + u[k]) / 2) }
        e.append(u[u.count - 1] + (u[u.count - 1] - u[u.count - 2]) / 2)
        return e.map { scale.inverse($0) }
    }

    /// Whether the nodes are evenly spaced in the scale's space (relative tolerance 1e-6).
    static func isUniform(_ nodes: [Double], scale: AxisScale) -> Bool {
        let u = nodes.map { scale.forward($0) }
        guard u.count >= 2, u.allSatisfy(\.isFinite) else { return false }
        let step = (u[u.count - 1] - u[0]) / Double(u.count - 1)
        return u.indices.allSatisfy { abs(u[$0] - (u[0] + Double($0) * step)) <= 1e-6 * abs(step) }
    }
}

extension HeatmapMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) { try grid.validate(what) }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        let ex = Self.edges(grid.xs, scale: xScale), ey = Self.edges(grid.ys, scale: yScale)
        guard let x0 = ex.first, let x1 = ex.last, let y0 = ey.first, let y1 = ey.last,
              x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { return .none }
        return DataExtent(x: x0...x1, y: y0...y1, sticky: true)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let scale = colorScale.resolved(for: grid.values)
        let nx = grid.columns, ny = grid.rows
        let ex = Self.edges(grid.xs, scale: frame.xMap.scale), ey = Self.edges(grid.ys, scale: frame.yMap.scale)
        guard ex.count == nx + 1, ey.count == ny + 1 else { return }
        let lut = scale.map.lookupTable(size: 256)
        let top = Double(lut.count - 1)
        let linear = scale.norm != .log
        let offset = scale.lower, factor = top / (scale.upper - scale.lower)
        @inline(__always) func pixel(_ v: Double) -> UInt32 {
            // Position in the table, rounded to the nearest entry; NaN stays transparent.
            let u = linear ? (v - offset) * factor : scale.fraction(v) * top
            guard u.isFinite else { return 0 }
            return lut[Int(min(max(u, 0), top) + 0.5)]
        }
        if Self.isUniform(grid.xs, scale: frame.xMap.scale), Self.isUniform(grid.ys, scale: frame.yMap.scale) {
            let a = frame.page(ex[0], ey[0]), b = frame.page(ex[nx], ey[ny])
            guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
            let flipX = b.x < a.x, flipY = b.y > a.y  // image row 0 is the top of the page
            let image = grid.values.withUnsafeBufferPointer { values in
                RasterImage(width: nx, height: ny) { pixels in
                    for j in 0..<ny {
                        let row = flipY ? j : ny - 1 - j
                        for i in 0..<nx {
                            let col = flipX ? nx - 1 - i : i
                            pixels[row * nx + col] = pixel(values[j * nx + i])
                        }
                    }
                }
            }
            canvas.drawImage(image, in: Rect(corner: a, b), smooth: false)
        } else {
            for j in 0..<ny {
                for i in 0..<nx {
                    let c = Color(argb32: pixel(grid[i, j]))
                    guard c.alpha > 0 else { continue }
                    let a = frame.page(ex[i], ey[j]), b = frame.page(ex[i + 1], ey[j + 1])
                    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { continue }
                    canvas.fill(.rectangle(Rect(corner: a, b)), color: c)
                }
            }
        }
    }

    var colorBarScale: ResolvedColorScale? { colorScale.resolved(for: grid.values) }

    /// A heatmap covers the whole panel; the legend is placed by the other marks.
    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles { Obstacles() }
}
