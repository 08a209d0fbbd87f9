/// A polyline through `(x[k], y[k])`; non-finite points (and points <= 0 on a
/// log axis) break the line, like matplotlib's NaN gaps.
public struct LineMark: Hashable, Sendable {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    /// The style with its colour resolved.
    public var style: LineStyle

    /// A line; `style.color` must be set (Axes resolves the cycle colour).
    public init(x: [Double], y: [Double], label: String? = nil, style: LineStyle) {
        self.x = x
        self.y = y
        self.label = label
        self.style = style
    }

    var color: Color { style.color ?? .black }
}

extension LineMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        try checkLengths(what, [("x", x.count), ("y", y.count)])
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        .of(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let stroke = style.stroke(color: color)
        if style.width > 0 {
            var path = Path()
            for run in frame.pagePolylines(xs: x, ys: y) { path.append(.polyline(run)) }
            if !path.isEmpty { canvas.stroke(path, style: stroke) }
        }
        if let marker = style.marker {
            MarkerDrawing.draw(marker, at: (0..<min(x.count, y.count)).map { frame.page(x[$0], y[$0]) },
                               size: style.markerSize, fill: style.markerFilled ? color : .white,
                               edge: color, in: frame, on: &canvas)
        }
    }

    var legendEntry: LegendEntry? {
        label.map {
            LegendEntry(label: $0, handle: .line(style.stroke(color: color), marker: style.marker,
                                                   markerSize: style.markerSize,
                                                   markerFill: style.markerFilled ? color : .white))
        }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        var o = Obstacles()
        for run in frame.pagePolylines(xs: x, ys: y, margin: 0) {
            o.points += run
            for k in 1..<run.count { o.segments.append((run[k - 1], run[k])) }
        }
        return o
    }
}

/// Draws markers at page points, skipping those that are not finite or lie
/// outside the axes rectangle (grown by the marker size).
enum MarkerDrawing {
    static func draw(_ marker: Marker, at points: [Point], size: Double, fill: Color, edge: Color?,
                     edgeWidth: Double = 1, in frame: PanelFrame, on canvas: inout some Canvas) {
        let bounds = frame.rect.insetBy(-size)
        var path = Path()
        for p in points where p.x.isFinite && p.y.isFinite && bounds.contains(p) {
            path.append(marker.path(at: p, size: size))
        }
        guard !path.isEmpty else { return }
        if marker.isStrokeOnly {
            canvas.stroke(path, style: StrokeStyle(color: edge ?? fill, width: edgeWidth))
        } else {
            canvas.fill(path, color: fill)
            if let edge { canvas.stroke(path, style: StrokeStyle(color: edge, width: edgeWidth)) }
        }
    }
}
