import Foundation

/// A straight arrow between two data points with filled triangular heads, e.g.
/// a distance `rho` or a direction of motion in a box diagram.
public struct ArrowMark: Hashable, Sendable {
    /// Which ends carry a head.
    public enum Heads: Hashable, Sendable { case end, start, both, none }

    public var from: Point
    public var to: Point
    public var color: Color
    /// Shaft width in points.
    public var width: Double
    public var dash: DashPattern
    public var heads: Heads
    /// Head length in points (default `max(6, 4 x width)`); the head is 0.8 times as wide.
    public var headLength: Double?
    public var label: String?

    /// An arrow from `from` to `to`.
    public init(from: Point, to: Point, color: Color = .black, width: Double = 1.2, dash: DashPattern = .solid,
                heads: Heads = .end, headLength: Double? = nil, label: String? = nil) {
        self.from = from
        self.to = to
        self.color = color
        self.width = width
        self.dash = dash
        self.heads = heads
        self.headLength = headLength
        self.label = label
    }

    /// The arrow on the page: shaft path and head triangles, heads ending exactly
    /// at the end points and the shaft stopping inside them.
    static func geometry(from a: Point, to b: Point, width: Double, headLength: Double, heads: Heads) -> (shaft: Path, heads: Path) {
        let dx = b.x - a.x, dy = b.y - a.y
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 0 else { return (Path(), Path()) }
        let ux = dx / len, uy = dy / len
        let hl = min(headLength, heads == .both ? len / 2 : len)
        let hw = 0.4 * hl
        var headPath = Path()
        func head(at tip: Point, dirX: Double, dirY: Double) {
            let base = Point(tip.x - dirX * hl, tip.y - dirY * hl)
            headPath.append(.polygon([tip, Point(base.x - dirY * hw, base.y + dirX * hw),
                                      Point(base.x + dirY * hw, base.y - dirX * hw)]))
        }
        var s = a, e = b
        if heads == .end || heads == .both {
            head(at: b, dirX: ux, dirY: uy)
            e = Point(b.x - ux * hl * 0.8, b.y - uy * hl * 0.8)
        }
        if heads == .start || heads == .both {
            head(at: a, dirX: -ux, dirY: -uy)
            s = Point(a.x + ux * hl * 0.8, a.y + uy * hl * 0.8)
        }
        return (.polyline([s, e]), headPath)
    }
}

extension ArrowMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        guard [from.x, from.y, to.x, to.y].allSatisfy(\.isFinite) else {
            throw .invalidData("\(what): end points must be finite")
        }
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        .of(xs: [from.x, to.x], ys: [from.y, to.y], xScale: xScale, yScale: yScale)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let a = frame.page(from), b = frame.page(to)
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        let g = Self.geometry(from: a, to: b, width: width, headLength: headLength ?? max(6, 4 * width), heads: heads)
        if !g.shaft.isEmpty {
            canvas.stroke(g.shaft, style: StrokeStyle(color: color, width: width, dash: dash.lengths(width: width)))
        }
        if !g.heads.isEmpty { canvas.fill(g.heads, color: color) }
    }

    var legendEntry: LegendEntry? {
        label.map {
            LegendEntry(label: $0, handle: .line(StrokeStyle(color: color, width: width, dash: dash.lengths(width: width)),
                                                 marker: nil, markerSize: 0, markerFill: nil))
        }
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        let a = frame.page(from), b = frame.page(to)
        return Obstacles(points: [a, b], segments: [(a, b)])
    }
}
