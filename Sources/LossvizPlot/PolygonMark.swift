/// A polygon (closed) or open polyline through data points, stroked and/or filled.
public struct PolygonMark: Hashable, Sendable {
    public var points: [Point]
    public var closed: Bool
    public var stroke: Color?
    public var fill: Color?
    public var width: Double
    public var dash: DashPattern
    public var label: String?

    /// A polygon through `points`.
    public init(points: [Point], closed: Bool = true, stroke: Color? = .black, fill: Color? = nil,
                width: Double = 1.5, dash: DashPattern = .solid, label: String? = nil) {
        self.points = points
        self.closed = closed
        self.stroke = stroke
        self.fill = fill
        self.width = width
        self.dash = dash
        self.label = label
    }

    var strokeStyle: StrokeStyle? {
        stroke.map { StrokeStyle(color: $0, width: width, dash: dash.lengths(width: width), join: .miter) }
    }
}

extension PolygonMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        guard points.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw .invalidData("\(what): every point must be finite")
        }
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        .of(xs: points.map(\.x), ys: points.map(\.y), xScale: xScale, yScale: yScale)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let page = points.map { frame.page($0) }
        guard page.count >= 2, page.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { return }
        let path = closed ? Path.polygon(page) : Path.polyline(page)
        if let fill { canvas.fill(path, color: fill) }
        if let s = strokeStyle { canvas.stroke(path, style: s) }
    }

    var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .patch(fill: fill, stroke: strokeStyle)) }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        let page = points.map { frame.page($0) }
        var o = Obstacles(points: page)
        for k in page.indices.dropFirst() { o.segments.append((page[k - 1], page[k])) }
        return o
    }
}
