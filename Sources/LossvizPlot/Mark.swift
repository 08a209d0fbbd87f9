/// Everything a panel can draw, in the order it was added (later marks on top).
/// Build marks with the methods of `Axes` (`line`, `heatmap`, `rectangle`, ...).
public enum Mark: Hashable, Sendable {
    case line(LineMark)
    case band(BandMark)
    case scatter(ScatterMark)
    case rectangle(RectangleMark)
    case polygon(PolygonMark)
    case arrow(ArrowMark)
    case text(TextMark)
    case referenceLine(ReferenceLineMark)
    case heatmap(HeatmapMark)
    case contour(ContourMark)
    case quiver(QuiverMark)
    case streamlines(StreamlineMark)

    var drawable: any DrawableMark {
        switch self {
        case .line(let m): return m
        case .band(let m): return m
        case .scatter(let m): return m
        case .rectangle(let m): return m
        case .polygon(let m): return m
        case .arrow(let m): return m
        case .text(let m): return m
        case .referenceLine(let m): return m
        case .heatmap(let m): return m
        case .contour(let m): return m
        case .quiver(let m): return m
        case .streamlines(let m): return m
        }
    }
}

/// The data range a mark covers along x and y. A sticky range is not padded by
/// the automatic 5 % margin (images and grids fill the axes exactly, like
/// matplotlib's sticky edges).
struct DataExtent {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?
    var sticky = false

    static let none = DataExtent(x: nil, y: nil)

    /// The extent of the drawable points `(xs[k], ys[k])` under the two scales.
    static func of(xs: [Double], ys: [Double], xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        var xr: ClosedRange<Double>?, yr: ClosedRange<Double>?
        for k in 0..<min(xs.count, ys.count) {
            let x = xs[k], y = ys[k]
            guard xScale.forward(x).isFinite, yScale.forward(y).isFinite else { continue }
            xr = xr.map { min($0.lowerBound, x)...max($0.upperBound, x) } ?? x...x
            yr = yr.map { min($0.lowerBound, y)...max($0.upperBound, y) } ?? y...y
        }
        return DataExtent(x: xr, y: yr)
    }
}

/// What the legend shows for a mark.
struct LegendEntry {
    enum Handle {
        case line(StrokeStyle, marker: Marker?, markerSize: Double, markerFill: Color?)
        case patch(fill: Color?, stroke: StrokeStyle?)
        case marker(Marker, size: Double, fill: Color, edge: Color?)
    }

    var label: String
    var handle: Handle
}

/// Page geometry the legend should avoid: data vertices and segments.
struct Obstacles {
    var points: [Point] = []
    var segments: [(Point, Point)] = []
    var boxes: [Rect] = []
}

/// The behaviour shared by every mark.
protocol DrawableMark {
    /// Throws when the mark's data cannot be drawn; `what` names the mark for the message.
    func validate(_ what: String) throws(PlotError)
    /// The data range the mark covers.
    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent
    /// Draws the mark inside `frame` (the canvas is already clipped as the mark asks).
    func draw(in frame: PanelFrame, on canvas: inout some Canvas)
    /// Whether drawing is clipped to the axes rectangle.
    var clipsToAxes: Bool { get }
    /// The legend entry, nil when the mark has no label.
    var legendEntry: LegendEntry? { get }
    /// The colour scale a colour bar for this mark shows, nil when the mark is not colour-mapped.
    var colorBarScale: ResolvedColorScale? { get }
    /// What the legend must not cover.
    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles
}

extension DrawableMark {
    var clipsToAxes: Bool { true }
    var legendEntry: LegendEntry? { nil }
    var colorBarScale: ResolvedColorScale? { nil }
    func validate(_ what: String) throws(PlotError) {}
}

/// Checks that parallel arrays have the same length.
func checkLengths(_ what: String, _ arrays: [(String, Int)]) throws(PlotError) {
    guard let first = arrays.first else { return }
    for (name, count) in arrays.dropFirst() where count != first.1 {
        throw .invalidData("\(what): \(first.0) has \(first.1) values but \(name) has \(count)")
    }
}
