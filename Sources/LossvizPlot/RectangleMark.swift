/// An axis-aligned rectangle in data coordinates, from corner `(x1, y1)` to
/// `(x2, y2)` (detection-box corner form): stroked, filled, or both.
public struct RectangleMark: Hashable, Sendable {
    public var x1: Double
    public var y1: Double
    public var x2: Double
    public var y2: Double
    /// Outline colour, nil for no outline.
    public var stroke: Color?
    /// Fill colour (use alpha for translucency), nil for no fill.
    public var fill: Color?
    /// Outline width in points.
    public var width: Double
    public var dash: DashPattern
    public var label: String?

    /// A rectangle with the given corners and look.
    public init(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Color? = .black, fill: Color? = nil,
                width: Double = 1.5, dash: DashPattern = .solid, label: String? = nil) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
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

extension RectangleMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        guard [x1, y1, x2, y2].allSatisfy(\.isFinite) else {
            throw .invalidData("\(what): corners must be finite, got (\(x1), \(y1)) - (\(x2), \(y2))")
        }
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        .of(xs: [x1, x2], ys: [y1, y2], xScale: xScale, yScale: yScale)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let a = frame.page(x1, y1), b = frame.page(x2, y2)
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        let path = Path.rectangle(Rect(corner: a, b))
        if let fill { canvas.fill(path, color: fill) }
        if let s = strokeStyle { canvas.stroke(path, style: s) }
    }

    var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .patch(fill: fill, stroke: strokeStyle)) }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        let c = [frame.page(x1, y1), frame.page(x2, y1), frame.page(x2, y2), frame.page(x1, y2)]
        return Obstacles(points: c, segments: [(c[0], c[1]), (c[1], c[2]), (c[2], c[3]), (c[3], c[0])])
    }
}
