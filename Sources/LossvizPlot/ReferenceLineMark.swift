/// A horizontal or vertical line across the whole panel at a data value
/// (matplotlib `axhline` / `axvline`), e.g. `y = 0` or `x = beta`.
public struct ReferenceLineMark: Hashable, Sendable {
    /// Which way the line runs.
    public enum Orientation: Hashable, Sendable { case horizontal, vertical }

    public var orientation: Orientation
    public var value: Double
    public var style: LineStyle
    public var label: String?

    /// A reference line; the default look is a thin grey dashed line.
    public init(_ orientation: Orientation, at value: Double,
                style: LineStyle = LineStyle(color: Color(gray: 0.4), width: 0.8, dash: .dashed), label: String? = nil) {
        self.orientation = orientation
        self.value = value
        self.style = style
        self.label = label
    }

    var color: Color { style.color ?? Color(gray: 0.4) }

    func endpoints(in frame: PanelFrame) -> (Point, Point)? {
        switch orientation {
        case .horizontal:
            let y = frame.yMap.page(value)
            guard y.isFinite else { return nil }
            return (Point(frame.rect.minX, y), Point(frame.rect.maxX, y))
        case .vertical:
            let x = frame.xMap.page(value)
            guard x.isFinite else { return nil }
            return (Point(x, frame.rect.minY), Point(x, frame.rect.maxY))
        }
    }
}

extension ReferenceLineMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        guard value.isFinite else { throw .invalidData("\(what): value must be finite, got \(value)") }
    }

    /// Reference lines do not widen the data limits (like matplotlib's axhline).
    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent { .none }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        guard let (a, b) = endpoints(in: frame) else { return }
        canvas.stroke(.polyline([a, b]), style: style.stroke(color: color))
    }

    var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .line(style.stroke(color: color), marker: nil, markerSize: 0, markerFill: nil)) }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        guard let (a, b) = endpoints(in: frame) else { return Obstacles() }
        return Obstacles(points: [a, b], segments: [(a, b)])
    }
}
