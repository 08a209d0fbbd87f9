import Foundation

/// Everything about one panel that depends on where it sits on the page:
/// the axes rectangle, axis maps, ticks, and the placed decorations (tick
/// labels, axis labels, title, letter, colour bar, legend). The insets say how
/// far the decorations reach beyond the axes rectangle on each side; the
/// figure layout sizes the grid from them.
struct PanelGeometry {
    struct Insets {
        var left = 0.0, right = 0.0, top = 0.0, bottom = 0.0
    }

    /// A placed string with its colour.
    struct PlacedText {
        var block: TextBlock
        var color: Color
    }

    var axes: Axes
    var rect: Rect
    var xLimits: ClosedRange<Double>
    var yLimits: ClosedRange<Double>
    var xTicks = AxisTicks()
    var yTicks = AxisTicks()
    var texts: [PlacedText] = []
    var colorBar: ColorBarGeometry?
    var legend: LegendGeometry?
    var insets = Insets()
    var style: FigureStyle

    var frame: PanelFrame {
        let xs = axes.x.inverted ? (rect.maxX, rect.minX) : (rect.minX, rect.maxX)
        let ys = axes.y.inverted ? (rect.minY, rect.maxY) : (rect.maxY, rect.minY)
        return PanelFrame(
            rect: rect,
            xMap: AxisMap(scale: axes.x.scale, lower: xLimits.lowerBound, upper: xLimits.upperBound, start: xs.0, end: xs.1),
            yMap: AxisMap(scale: axes.y.scale, lower: yLimits.lowerBound, upper: yLimits.upperBound, start: ys.0, end: ys.1),
            style: style)
    }

    /// The rectangle shrunk (and centred) to honour the panel's aspect.
    static func aspectRect(_ rect: Rect, axes: Axes, x: ClosedRange<Double>, y: ClosedRange<Double>) -> Rect {
        let ratio: Double
        switch axes.aspect {
        case .auto: return rect
        case .equal: ratio = 1
        case .ratio(let r): ratio = r
        }
        let xr = axes.x.scale.forward(x.upperBound) - axes.x.scale.forward(x.lowerBound)
        let yr = axes.y.scale.forward(y.upperBound) - axes.y.scale.forward(y.lowerBound)
        guard xr > 0, yr > 0, rect.width > 0, rect.height > 0 else { return rect }
        // Page points per data unit along y must be `ratio` times those along x.
        let wantHeight = rect.width / xr * ratio * yr
        if wantHeight <= rect.height {
            return Rect(x: rect.minX, y: rect.midY - wantHeight / 2, width: rect.width, height: wantHeight)
        }
        let wantWidth = rect.height / (ratio * yr) * xr
        return Rect(x: rect.midX - wantWidth / 2, y: rect.minY, width: wantWidth, height: rect.height)
    }

    /// Places every decoration around `rect` and measures the insets.
    init(axes: Axes, rect: Rect, xLimits: ClosedRange<Double>, yLimits: ClosedRange<Double>, letter: String?,
         colorBarScale: ResolvedColorScale?, style: FigureStyle, canvas: some Canvas) {
        self.axes = axes
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.style = style
        self.rect = Self.aspectRect(rect, axes: axes, x: xLimits, y: yLimits)
        let r = self.rect
        let font = style.font(size: style.fontSize)
        let frame = self.frame
        var occupied = r  // the union of everything drawn, to derive the insets

        func add(_ text: String, _ f: Font, _ anchor: TextAnchor, _ p: Point, angle: Double = 0) -> Rect {
            let block = TextBlock(text, font: f, anchor: anchor, at: p, angle: angle, canvas: canvas)
            texts.append(PlacedText(block: block, color: style.foreground))
            let b = block.bounds()
            occupied = occupied.union(b)
            return b
        }

        // Ticks and tick labels.
        var bottomEdge = r.maxY, leftEdge = r.minX
        if axes.showsFrame {
            xTicks = AxisTicks.make(axis: axes.x, lower: xLimits.lowerBound, upper: xLimits.upperBound, length: r.width,
                                    horizontal: true, font: font, canvas: canvas)
            yTicks = AxisTicks.make(axis: axes.y, lower: yLimits.lowerBound, upper: yLimits.upperBound, length: r.height,
                                    horizontal: false, font: font, canvas: canvas)
            bottomEdge += style.tickLength
            leftEdge -= style.tickLength
            occupied = occupied.union(Rect(x: leftEdge, y: r.minY, width: r.maxX - leftEdge, height: bottomEdge - r.minY))
            if axes.x.showsTickLabels && !xTicks.major.isEmpty {
                let y0 = bottomEdge + style.tickPad
                var lowest = y0
                for (v, label) in zip(xTicks.major, xTicks.labels) {
                    let b = add(label, font, .top, Point(frame.xMap.page(v), y0))
                    lowest = max(lowest, b.maxY)
                }
                bottomEdge = lowest
                if !xTicks.multiplier.isEmpty {
                    let b = add(xTicks.multiplier, font, .topRight, Point(r.maxX, bottomEdge + 2))
                    bottomEdge = b.maxY
                }
            }
            if axes.y.showsTickLabels && !yTicks.major.isEmpty {
                let x0 = leftEdge - style.tickPad
                var leftmost = x0
                for (v, label) in zip(yTicks.major, yTicks.labels) {
                    let b = add(label, font, TextAnchor(.right, .centerBaseline), Point(x0, frame.yMap.page(v)))
                    leftmost = min(leftmost, b.minX)
                }
                leftEdge = leftmost
            }
        }
        // Axis labels.
        if let label = axes.x.label, !label.isEmpty {
            let b = add(label, font, .top, Point(r.midX, bottomEdge + style.labelPad))
            bottomEdge = b.maxY
        }
        if let label = axes.y.label, !label.isEmpty {
            let b = add(label, font, .bottom, Point(leftEdge - style.labelPad, r.midY), angle: 90)
            leftEdge = b.minX
        }
        // Above the axes: the y multiplier, then the title row with the panel letter.
        var topEdge = r.minY
        if axes.showsFrame && axes.y.showsTickLabels && !yTicks.multiplier.isEmpty {
            let b = add(yTicks.multiplier, font, .bottomLeft, Point(r.minX, topEdge - 3))
            topEdge = b.minY
        }
        let titleBaselineY = topEdge - style.titlePad
        // The letter sits at the left of the title row; a title too wide to
        // stay centred clear of it moves right, just past the letter.
        var titleLeftLimit = -Double.infinity
        if let letter {
            let lf = style.font(size: style.panelLetterSize, weight: .bold)
            let b = add(letter, lf, .bottomLeft, Point(leftEdge, titleBaselineY))
            topEdge = min(topEdge, b.minY)
            titleLeftLimit = b.maxX + 0.5 * style.titleSize
        }
        if let title = axes.title, !title.isEmpty {
            let tf = style.font(size: style.titleSize)
            let width = TextBlock(title, font: tf, anchor: .bottom, at: Point(r.midX, titleBaselineY), canvas: canvas).bounds().width
            let centre = max(r.midX, titleLeftLimit + width / 2)
            let b = add(title, tf, .bottom, Point(centre, titleBaselineY))
            topEdge = min(topEdge, b.minY)
        }
        // Colour bar on the right.
        var rightEdge = occupied.maxX
        if let spec = axes.colorBar, let scale = colorBarScale {
            let cb = ColorBarGeometry(spec: spec, scale: scale, beside: r, style: style, canvas: canvas)
            colorBar = cb
            occupied = occupied.union(cb.bounds)
            rightEdge = occupied.maxX
        }
        // Legend.
        if let spec = axes.legend {
            let entries = axes.marks.compactMap { $0.drawable.legendEntry }
            if !entries.isEmpty {
                let lg = LegendGeometry(spec: spec, entries: entries, style: style, canvas: canvas)
                legend = lg
                if spec.position == .outsideRight {
                    let pad = 0.5 * lg.font.size
                    let placed = lg.placed(at: Point(rightEdge + pad, r.minY))
                    legend = placed
                    occupied = occupied.union(placed.frameRect)
                }
            }
        }
        // Annotations outside the axes count too.
        for mark in axes.marks {
            if case .text(let t) = mark, let block = t.block(in: frame, on: canvas) {
                occupied = occupied.union(block.bounds(pad: t.background == nil && t.border == nil ? 0 : t.boxPad(frame)))
            }
        }
        occupied = occupied.union(Rect(x: leftEdge, y: topEdge, width: 0, height: bottomEdge - topEdge))
        insets = Insets(left: r.minX - occupied.minX, right: occupied.maxX - r.maxX,
                        top: r.minY - occupied.minY, bottom: occupied.maxY - r.maxY)
    }

    /// The resolved colour scale the colour bar of `axes` shows (nil without one).
    static func colorBarScale(_ axes: Axes) -> ResolvedColorScale? {
        guard let spec = axes.colorBar else { return nil }
        if let k = spec.markIndex, axes.marks.indices.contains(k) { return axes.marks[k].drawable.colorBarScale }
        return axes.marks.reversed().lazy.compactMap { $0.drawable.colorBarScale }.first
    }

    /// Chooses the inside legend position (for `.best`: fewest obstacles) now
    /// that the marks' page positions are known.
    mutating func placeLegend(canvas: some Canvas) {
        guard var lg = legend, lg.spec.position != .outsideRight else { return }
        let frame = self.frame
        let em = lg.font.size
        let pad = 0.5 * em
        let size = lg.size
        let area = rect.insetBy(pad)
        func origin(_ fx: Double, _ fy: Double) -> Point {
            Point(area.minX + fx * (area.width - size.width), area.minY + fy * (area.height - size.height))
        }
        let named: [LegendPosition: (Double, Double)] = [
            .upperRight: (1, 0), .upperLeft: (0, 0), .lowerLeft: (0, 1), .lowerRight: (1, 1), .right: (1, 0.5),
            .centerLeft: (0, 0.5), .centerRight: (1, 0.5), .lowerCenter: (0.5, 1), .upperCenter: (0.5, 0), .center: (0.5, 0.5),
        ]
        if let f = named[lg.spec.position] {
            legend = lg.placed(at: origin(f.0, f.1))
            return
        }
        // 'best': matplotlib's candidates in its order, then extra ones along the edges.
        var candidates: [(Double, Double)] = [(1, 0), (0, 0), (0, 1), (1, 1), (1, 0.5), (0, 0.5), (1, 0.5), (0.5, 1), (0.5, 0), (0.5, 0.5)]
        for f in [0.25, 0.75] { candidates += [(f, 0), (f, 1), (0, f), (1, f)] }
        var obstacles = Obstacles()
        for mark in axes.marks {
            let o = mark.drawable.obstacles(in: frame, on: canvas)
            obstacles.points += o.points
            obstacles.segments += o.segments
            obstacles.boxes += o.boxes
        }
        var best: (badness: Double, origin: Point)?
        for c in candidates {
            let o = origin(c.0, c.1)
            let box = Rect(x: o.x, y: o.y, width: size.width, height: size.height)
            // matplotlib counts vertices inside, crossing segments and overlapped
            // boxes; a crossing also costs its length inside (per em), so a long
            // sparse-vertex line through the box weighs more than a short one.
            var badness = 0.0
            for p in obstacles.points where box.contains(p) { badness += 1 }
            for (a, b) in obstacles.segments {
                guard let (c0, c1) = SegmentClipper.clip(a, b, to: box) else { continue }
                badness += 1 + hypot(c1.x - c0.x, c1.y - c0.y) / em
            }
            for b in obstacles.boxes where b.intersects(box) { badness += 1 + b.overlapArea(box) / (em * em) }
            if badness < (best?.badness ?? .infinity) { best = (badness, o) }
            if badness == 0 { break }
        }
        if let best { lg = lg.placed(at: best.origin) }
        legend = lg
    }
}
