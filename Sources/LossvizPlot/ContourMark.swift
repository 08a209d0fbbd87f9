import Foundation

/// Which levels a contour mark draws.
public enum ContourLevels: Hashable, Sendable {
    /// About `n` nice levels inside the data range: matplotlib's rule,
    /// `MaxNLocator(n + 1)` on the finite range, keeping levels inside it.
    case automatic(Int)
    /// Exactly these levels.
    case values([Double])
}

/// Contour lines of a grid (marching squares, saddles resolved by the centre
/// value) with optional inline level labels that break the line like
/// matplotlib's `clabel(inline=True)`.
public struct ContourMark: Hashable, Sendable {
    /// How the lines are coloured.
    public enum Coloring: Hashable, Sendable {
        case single(Color)
        /// Each level coloured by its value through the scale (its limits
        /// default to the drawn levels' range).
        case map(ColorScale)
    }

    public var grid: Grid2D
    public var levels: ContourLevels
    public var coloring: Coloring
    /// Line width in points.
    public var width: Double
    /// Label each line with its level.
    public var labels: Bool
    /// Dash the negative levels of single-colour contours (matplotlib's
    /// `contour.negative_linestyle = "dashed"`).
    public var dashNegative: Bool

    /// A contour mark.
    public init(grid: Grid2D, levels: ContourLevels = .automatic(7), coloring: Coloring = .single(.black),
                width: Double = 0.8, labels: Bool = true, dashNegative: Bool = true) {
        self.grid = grid
        self.levels = levels
        self.coloring = coloring
        self.width = width
        self.labels = labels
        self.dashNegative = dashNegative
    }

    /// The levels drawn.
    public var resolvedLevels: [Double] {
        switch levels {
        case .values(let v): return v.filter(\.isFinite).sorted()
        case .automatic(let n):
            guard let r = grid.finiteRange, r.upperBound > r.lowerBound else { return [] }
            let all = TickLocator().linearTicks(r.lowerBound, r.upperBound, bins: max(n, 1) + 1)
            return all.filter { $0 >= r.lowerBound && $0 <= r.upperBound }
        }
    }

    func resolvedScale(_ levels: [Double]) -> ResolvedColorScale? {
        guard case .map(let scale) = coloring else { return nil }
        return scale.resolved(for: levels)
    }

    /// Label texts for `levels`: a common number of decimals, U+2212 minus.
    static func labelTexts(_ levels: [Double]) -> [String] {
        let formatted = TickFormatter().linearLabels(levels)
        if formatted.multiplier.isEmpty { return formatted.labels }
        return levels.map { TickFormatter.compact($0) }
    }
}

extension ContourMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) { try grid.validate(what) }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent {
        guard let x0 = grid.xs.first, let x1 = grid.xs.last, let y0 = grid.ys.first, let y1 = grid.ys.last else {
            return .none
        }
        return DataExtent(x: x0...x1, y: y0...y1, sticky: true)
    }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        let levels = resolvedLevels
        guard !levels.isEmpty else { return }
        let scale = resolvedScale(levels)
        let texts = Self.labelTexts(levels)
        let font = frame.style.font(size: frame.style.contourLabelSize)
        var placed: [Rect] = []
        let allLines = MarchingSquares.isolines(grid, levels: levels)
        for (k, level) in levels.enumerated() {
            let color: Color
            switch coloring {
            case .single(let c): color = c
            case .map: color = scale?.color(level) ?? .black
            }
            var dash: [Double] = []
            if dashNegative, case .single = coloring, level < 0 { dash = [6 * width, 6 * width] }
            let style = StrokeStyle(color: color, width: width, dash: dash)
            var path = Path()
            for line in allLines[k] {
                var page = line.points.map { frame.page($0) }
                guard page.allSatisfy({ $0.x.isFinite && $0.y.isFinite }), page.count >= 2 else { continue }
                if line.isClosed, let first = page.first { page.append(first) }
                page = PolylineSimplifier.simplify(page)
                var pieces = [page]
                if labels, let label = ContourLabeler.place(texts[k], along: page, closed: line.isClosed, font: font,
                                                            within: frame.rect, avoiding: placed, canvas: canvas) {
                    placed.append(label.bounds)
                    pieces = label.remaining
                    label.block.draw(color: color, on: &canvas)
                }
                for piece in pieces { path.append(.polyline(piece)) }
            }
            if !path.isEmpty { canvas.stroke(path, style: style) }
        }
    }

    var colorBarScale: ResolvedColorScale? {
        guard case .map = coloring else { return nil }
        return resolvedScale(resolvedLevels)
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        var o = Obstacles()
        for lines in MarchingSquares.isolines(grid, levels: resolvedLevels) {
            for line in lines {
                let page = line.points.map { frame.page($0) }
                o.points += page
                for k in page.indices.dropFirst() { o.segments.append((page[k - 1], page[k])) }
            }
        }
        return o
    }
}

/// Places one inline label on a contour line: at the straightest stretch long
/// enough for the text, inside the axes and clear of earlier labels; the line
/// is cut where the label sits.
enum ContourLabeler {
    struct Placement {
        var block: TextBlock
        var bounds: Rect
        /// The polyline pieces left after cutting out the label's stretch.
        var remaining: [[Point]]
    }

    static func place(_ text: String, along line: [Point], closed: Bool, font: Font, within rect: Rect,
                      avoiding placed: [Rect], canvas: some Canvas) -> Placement? {
        let width = canvas.measure(text, font: font).advance
        let gap = 0.3 * font.size
        let half = width / 2 + gap
        // Cumulative arc length.
        var s = [0.0]
        for k in 1..<line.count { s.append(s[k - 1] + hypot(line[k].x - line[k - 1].x, line[k].y - line[k - 1].y)) }
        guard let total = s.last, total > 3 * half else { return nil }
        func at(_ d: Double) -> Point {
            var k = 1
            while k < s.count - 1 && s[k] < d { k += 1 }
            let seg = s[k] - s[k - 1]
            let t = seg > 0 ? (d - s[k - 1]) / seg : 0
            return Point(line[k - 1].x + t * (line[k].x - line[k - 1].x), line[k - 1].y + t * (line[k].y - line[k - 1].y))
        }
        let candidates = 24
        var best: (score: Double, d: Double, block: TextBlock, box: Rect)?
        for c in 0..<candidates {
            let d = half + (total - 2 * half) * (Double(c) + 0.5) / Double(candidates)
            let a = at(d - half), b = at(d + half), m = at(d)
            let chord = hypot(b.x - a.x, b.y - a.y)
            let straightness = chord / (2 * half)  // 1 for a straight stretch
            guard straightness > 0.9 else { continue }
            var angle = atan2(-(b.y - a.y), b.x - a.x) * 180 / .pi
            if angle > 90 { angle -= 180 }
            if angle <= -90 { angle += 180 }
            let block = TextBlock(text, font: font, anchor: .center, at: m, angle: angle, canvas: canvas)
            let box = block.bounds(pad: 1)
            guard rect.insetBy(2).contains(box), !placed.contains(where: { $0.intersects(box) }) else { continue }
            // Prefer straight stretches near the middle of the line, away from
            // the labels already placed (within four label widths costs up to 0.5).
            let centrality = abs(d / total - 0.5)
            let nearest = placed.map { hypot($0.midX - m.x, $0.midY - m.y) }.min() ?? .infinity
            let crowding = max(0, 1 - nearest / (4 * width)) * 0.5
            let score = straightness - 0.3 * centrality - crowding
            if score > (best?.score ?? -.infinity) { best = (score, d, block, box) }
        }
        guard let best else { return nil }
        let cut0 = best.d - half, cut1 = best.d + half
        var before: [Point] = [], after: [Point] = []
        for k in line.indices {
            if s[k] < cut0 { before.append(line[k]) } else if s[k] > cut1 { after.append(line[k]) }
        }
        before.append(at(cut0))
        after.insert(at(cut1), at: 0)
        let remaining: [[Point]] = closed ? [after + before.dropFirst()] : [before, after]
        return Placement(block: best.block, bounds: best.box, remaining: remaining.filter { $0.count >= 2 })
    }
}
