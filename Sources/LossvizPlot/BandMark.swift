/// A filled band between `lower[k]` and `upper[k]` over `x[k]` (matplotlib
/// `fill_between`), e.g. a spread across runs. Non-finite values break the band.
public struct BandMark: Hashable, Sendable {
    public var x: [Double]
    public var lower: [Double]
    public var upper: [Double]
    public var label: String?
    /// Fill colour; its alpha sets the transparency.
    public var color: Color

    /// A band between two curves over `x`.
    public init(x: [Double], lower: [Double], upper: [Double], label: String? = nil, color: Color) {
        self.x = x
        self.lower = lower
        self.upper = upper
        self.label = label
        self.color = color
    }

    /// Index runs where all three values are drawable.
    func runs(xScale: AxisScale, yScale: AxisScale) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        let n = min(x.count, lower.count, upper.count)
        for k in 0..<n {
            let ok = xScale.forward(x[k]).isFinite && yScale.forward(lower[k]).isFinite && yScale.forward(upper[k]).isFinite
            if ok, start == nil { start = k }
            if !ok, let s = start { out.append(s..<k); start = nil }
        }
        if let s = start { out.append(s..<n) }
        return out.filter { $0.count >= 2 }
    }
}

extension BandMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        try checkLengths(what, [("x", x.count), ("lower", lower.count), ("upper", upper.count)])
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        let a = DataExtent.of(xs: x, ys: lower, xScale: xScale, yScale: yScale)
        let b = DataExtent.of(xs: x, ys: upper, xScale: xScale, yScale: yScale)
        func join(_ p: ClosedRange<Double>?, _ q: ClosedRange<Double>?) -> ClosedRange<Double>? {
            guard let p else { return q }
            guard let q else { return p }
            return min(p.lowerBound, q.lowerBound)...max(p.upperBound, q.upperBound)
        }
        return DataExtent(x: join(a.x, b.x), y: join(a.y, b.y))
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        var path = Path()
        for run in runs(xScale: frame.xMap.scale, yScale: frame.yMap.scale) {
            let top = run.map { frame.page(x[$0], upper[$0]) }
            let bottom = run.reversed().map { frame.page(x[$0], lower[$0]) }
            path.append(.polygon(top + bottom))
        }
        if !path.isEmpty { canvas.fill(path, color: color) }
    }

    var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .patch(fill: color, stroke: nil)) }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        var o = Obstacles()
        for run in runs(xScale: frame.xMap.scale, yScale: frame.yMap.scale) {
            for k in run {
                o.points.append(frame.page(x[k], upper[k]))
                o.points.append(frame.page(x[k], lower[k]))
            }
        }
        return o
    }
}
