/// Points at `(x[k], y[k])`, all in one colour or each coloured by `values[k]`
/// through a colour scale (e.g. final error per anchor point).
public struct ScatterMark: Hashable, Sendable {
    /// How the points are coloured.
    public enum Coloring: Hashable, Sendable {
        case single(Color)
        /// `values[k]` through the scale; the colour bar can show it.
        case values([Double], ColorScale)
    }

    public var x: [Double]
    public var y: [Double]
    public var coloring: Coloring
    public var marker: Marker
    /// Marker size in points (diameter; matplotlib's default `s = 36` pt² is 6 pt).
    public var size: Double
    /// Outline colour, nil for none.
    public var edge: Color?
    public var label: String?

    /// A scatter of points.
    public init(x: [Double], y: [Double], coloring: Coloring, marker: Marker = .circle, size: Double = 6,
                edge: Color? = nil, label: String? = nil) {
        self.x = x
        self.y = y
        self.coloring = coloring
        self.marker = marker
        self.size = size
        self.edge = edge
        self.label = label
    }

    var resolvedScale: ResolvedColorScale? {
        if case .values(let v, let scale) = coloring { return scale.resolved(for: v) }
        return nil
    }
}

extension ScatterMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        var arrays = [("x", x.count), ("y", y.count)]
        if case .values(let v, _) = coloring { arrays.append(("values", v.count)) }
        try checkLengths(what, arrays)
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        .of(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let n = min(x.count, y.count)
        switch coloring {
        case .single(let color):
            MarkerDrawing.draw(marker, at: (0..<n).map { frame.page(x[$0], y[$0]) }, size: size, fill: color,
                               edge: edge, edgeWidth: 0.5, in: frame, on: &canvas)
        case .values(let values, _):
            guard let scale = resolvedScale else { return }
            // Points keep their order (later on top); runs of one colour share a fill.
            var run: [Point] = []
            var runColor: UInt32?
            func flush(_ canvas: inout some Canvas) {
                if let c = runColor, !run.isEmpty {
                    MarkerDrawing.draw(marker, at: run, size: size, fill: Color(argb32: c),
                                       edge: edge, edgeWidth: 0.5, in: frame, on: &canvas)
                }
                run = []
            }
            for k in 0..<min(n, values.count) {
                let c = scale.color(values[k])
                guard c.alpha > 0 else { continue }
                if c.argb32 != runColor {
                    flush(&canvas)
                    runColor = c.argb32
                }
                run.append(frame.page(x[k], y[k]))
            }
            flush(&canvas)
        }
    }

    var legendEntry: LegendEntry? {
        guard let label else { return nil }
        let fill: Color
        switch coloring {
        case .single(let c): fill = c
        case .values(_, let s): fill = s.map.color(at: 0.5)
        }
        return LegendEntry(label: label, handle: .marker(marker, size: size, fill: fill, edge: edge))
    }

    var colorBarScale: ResolvedColorScale? { resolvedScale }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        Obstacles(points: (0..<min(x.count, y.count)).map { frame.page(x[$0], y[$0]) })
    }
}

extension Color {
    /// The colour of a packed `0xAARRGGBB` value.
    init(argb32 v: UInt32) {
        self.init(red: Double((v >> 16) & 0xff) / 255, green: Double((v >> 8) & 0xff) / 255,
                  blue: Double(v & 0xff) / 255, alpha: Double(v >> 24) / 255)
    }
}
