import Foundation

/// An arrow field: an arrow at `(x[k], y[k])` along `(u[k], v[k])` (matplotlib
/// `quiver`). Arrow shape follows matplotlib: shaft width `w`, head 3 w wide,
/// 5 w long, 4.5 w along the axis; arrows shorter than the head shrink as a whole.
public struct QuiverMark: Hashable, Sendable {
    /// How arrow length relates to vector magnitude.
    public enum Length: Hashable, Sendable {
        /// matplotlib's autoscale: page length `|(u, v)| * span / (1.8 * mean|(u, v)| * max(10, sqrt N))`,
        /// `span` the axes width (matplotlib `quiver.py`, `_make_verts`).
        case auto
        /// Every arrow the same length, 0.8 of the mean point spacing `sqrt(area / N)`;
        /// shows direction only (colour by magnitude to show size).
        case normalized
        /// A fixed scale: page points per unit of magnitude, comparable across panels.
        case pointsPerUnit(Double)
    }

    /// Which point of the arrow sits on `(x, y)`.
    public enum Pivot: Hashable, Sendable { case tail, middle, tip }

    /// How the arrows are coloured.
    public enum Coloring: Hashable, Sendable {
        case single(Color)
        /// By magnitude `|(u, v)|` through the scale.
        case magnitude(ColorScale)
    }

    /// The arrows' anchor points in data coordinates.
    public var x: [Double]
    public var y: [Double]
    /// The vector at each anchor, in data units.
    public var u: [Double]
    public var v: [Double]
    /// How vector magnitudes become arrow lengths.
    public var length: Length
    /// Which point of the arrow sits on the anchor.
    public var pivot: Pivot
    /// How the arrows are coloured.
    public var coloring: Coloring
    /// Multiplies the shaft width (matplotlib's `0.06 span / max(10, sqrt N)`).
    public var widthScale: Double

    /// An arrow field.
    public init(x: [Double], y: [Double], u: [Double], v: [Double], length: Length = .auto, pivot: Pivot = .middle,
                coloring: Coloring = .single(.black), widthScale: Double = 1) {
        self.x = x
        self.y = y
        self.u = u
        self.v = v
        self.length = length
        self.pivot = pivot
        self.coloring = coloring
        self.widthScale = widthScale
    }

    /// The arrows of two grids `u`, `v` sampled every `every`-th node in each direction.
    public init(u: Grid2D, v: Grid2D, every: Int = 1, length: Length = .auto, pivot: Pivot = .middle,
                coloring: Coloring = .single(.black)) {
        var xs: [Double] = [], ys: [Double] = [], us: [Double] = [], vs: [Double] = []
        let step = max(every, 1)
        if u.values.count == u.columns * u.rows, v.values.count == u.values.count {
            let i0 = (u.columns - 1) % step / 2, j0 = (u.rows - 1) % step / 2
            for j in stride(from: j0, to: u.rows, by: step) {
                for i in stride(from: i0, to: u.columns, by: step) {
                    xs.append(u.xs[i]); ys.append(u.ys[j])
                    us.append(u[i, j]); vs.append(v[i, j])
                }
            }
        }
        self.init(x: xs, y: ys, u: us, v: vs, length: length, pivot: pivot, coloring: coloring)
    }

    var magnitudes: [Double] { zip(u, v).map { hypot($0, $1) } }

    var resolvedScale: ResolvedColorScale? {
        if case .magnitude(let s) = coloring { return s.resolved(for: magnitudes) }
        return nil
    }

    /// The arrow polygons on the page with their magnitudes.
    func arrows(in frame: PanelFrame) -> [(polygon: [Point], magnitude: Double)] {
        let n = min(x.count, y.count, u.count, v.count)
        guard n > 0 else { return [] }
        let mags = magnitudes
        let finite = mags.filter(\.isFinite)
        let span = frame.rect.width
        let sn = max(10, Double(n).squareRoot())
        let shaft = 0.06 * span / sn * widthScale
        let mean = finite.isEmpty ? 0 : finite.reduce(0, +) / Double(finite.count)
        let spacing = (frame.rect.width * frame.rect.height / Double(n)).squareRoot()
        let sx: Double = frame.xMap.end >= frame.xMap.start ? 1 : -1
        let sy: Double = frame.yMap.end >= frame.yMap.start ? 1 : -1
        var out: [(polygon: [Point], magnitude: Double)] = []
        for k in 0..<n {
            let m = mags[k]
            guard m.isFinite, m > 0 else { continue }
            let base = frame.page(x[k], y[k])
            guard base.x.isFinite, base.y.isFinite else { continue }
            let pageLength: Double
            switch length {
            case .auto: pageLength = mean > 0 ? m * span / (1.8 * mean * sn) : 0
            case .normalized: pageLength = 0.8 * spacing
            case .pointsPerUnit(let s): pageLength = m * s
            }
            let dirX = sx * u[k] / m, dirY = sy * v[k] / m
            guard let shape = Self.shape(length: pageLength, width: shaft) else { continue }
            let shift: Double
            switch pivot {
            case .tail: shift = 0
            case .middle: shift = -shape.tipX / 2
            case .tip: shift = -shape.tipX
            }
            // Local x along the arrow, local y across; page y grows downwards.
            let polygon = shape.points.map { p in
                Point(base.x + (p.x + shift) * dirX - p.y * dirY, base.y + (p.x + shift) * dirY + p.y * dirX)
            }
            out.append((polygon, m))
        }
        return out
    }

    /// matplotlib's `_h_arrows` outline for an arrow `length` points long with
    /// shaft `width`: head width 3, head length 5, head axis length 4.5 (in widths);
    /// arrows shorter than the head are shrunk as a whole; nil when too short to see.
    static func shape(length: Double, width w: Double) -> (points: [Point], tipX: Double)? {
        guard length > 0.05, w > 0 else { return nil }
        let headLength = 5 * w, headAxis = 4.5 * w, headHalf = 1.5 * w
        if length >= headLength {
            let pts = [Point(0, w / 2), Point(length - headAxis, w / 2), Point(length - headLength, headHalf),
                       Point(length, 0), Point(length - headLength, -headHalf), Point(length - headAxis, -w / 2),
                       Point(0, -w / 2)]
            return (pts, length)
        }
        let k = length / headLength
        let pts = [Point(0, headHalf * k), Point(length, 0), Point(0, -headHalf * k)]
        return (pts, length)
    }
}

extension QuiverMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        try checkLengths(what, [("x", x.count), ("y", y.count), ("u", u.count), ("v", v.count)])
        if case .pointsPerUnit(let s) = length, !(s > 0 && s.isFinite) {
            throw .invalidData("\(what): points per unit must be positive and finite, got \(s)")
        }
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        .of(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let arrows = arrows(in: frame)
        switch coloring {
        case .single(let color):
            var path = Path()
            for a in arrows { path.append(.polygon(a.polygon)) }
            if !path.isEmpty { canvas.fill(path, color: color) }
        case .magnitude:
            guard let scale = resolvedScale else { return }
            for a in arrows { canvas.fill(.polygon(a.polygon), color: scale.color(a.magnitude)) }
        }
    }

    var colorBarScale: ResolvedColorScale? { resolvedScale }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        Obstacles(points: arrows(in: frame).flatMap(\.polygon))
    }
}
