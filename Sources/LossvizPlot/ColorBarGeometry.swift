/// A colour bar placed beside a panel: a vertical strip of the colour map as tall
/// as the axes, `max(8, min(14, h / 20))` points wide (matplotlib's aspect 20),
/// 10 points to the right of the axes, with ticks and labels on its right and
/// its label rotated along it.
struct ColorBarGeometry {
    var spec: ColorBar
    var scale: ResolvedColorScale
    var bar: Rect
    var ticks: AxisTicks
    var texts: [PanelGeometry.PlacedText] = []
    var bounds: Rect
    var style: FigureStyle

    var map: AxisMap {
        AxisMap(scale: scale.axisScale, lower: scale.lower, upper: scale.upper, start: bar.maxY, end: bar.minY)
    }

    init(spec: ColorBar, scale: ResolvedColorScale, beside r: Rect, style: FigureStyle, canvas: some Canvas) {
        self.spec = spec
        self.scale = scale
        self.style = style
        let width = max(8, min(14, r.height / 20))
        bar = Rect(x: r.maxX + 10, y: r.minY, width: width, height: r.height)
        let font = style.font(size: style.fontSize)
        var axis = Axis()
        axis.scale = scale.axisScale
        axis.ticks = spec.ticks
        ticks = AxisTicks.make(axis: axis, lower: scale.lower, upper: scale.upper, length: bar.height, horizontal: false,
                               font: font, canvas: canvas)
        bounds = bar
        let map = AxisMap(scale: scale.axisScale, lower: scale.lower, upper: scale.upper, start: bar.maxY, end: bar.minY)
        var right = bar.maxX + style.tickLength
        bounds = bounds.union(Rect(x: bar.minX, y: bar.minY, width: right - bar.minX, height: bar.height))
        let x0 = right + style.tickPad
        for (v, label) in zip(ticks.major, ticks.labels) {
            let block = TextBlock(label, font: font, anchor: TextAnchor(.left, .centerBaseline), at: Point(x0, map.page(v)), canvas: canvas)
            texts.append(.init(block: block, color: style.foreground))
            bounds = bounds.union(block.bounds())
            right = max(right, block.bounds().maxX)
        }
        if !ticks.multiplier.isEmpty {
            let block = TextBlock(ticks.multiplier, font: font, anchor: .bottomLeft, at: Point(bar.minX, bar.minY - 3), canvas: canvas)
            texts.append(.init(block: block, color: style.foreground))
            bounds = bounds.union(block.bounds())
        }
        if let label = spec.label, !label.isEmpty {
            let block = TextBlock(label, font: font, anchor: .top, at: Point(right + style.labelPad, bar.midY), angle: 90, canvas: canvas)
            texts.append(.init(block: block, color: style.foreground))
            bounds = bounds.union(block.bounds())
        }
    }

    func draw(on canvas: inout some Canvas) {
        // The strip: one pixel per colour, drawn bottom (low) to top (high).
        let n = 256
        var image = RasterImage(width: 1, height: n)
        for k in 0..<n { image.pixels[n - 1 - k] = scale.map.color(at: (Double(k) + 0.5) / Double(n)).argb32 }
        canvas.drawImage(image, in: bar, smooth: false)
        canvas.stroke(.rectangle(bar), style: StrokeStyle(color: style.foreground, width: style.spineWidth, join: .miter))
        var path = Path()
        let map = self.map
        for v in ticks.major {
            let y = map.page(v)
            path.append(.polyline([Point(bar.maxX, y), Point(bar.maxX + style.tickLength, y)]))
        }
        for v in ticks.minor {
            let y = map.page(v)
            path.append(.polyline([Point(bar.maxX, y), Point(bar.maxX + style.minorTickLength, y)]))
        }
        if !path.isEmpty { canvas.stroke(path, style: StrokeStyle(color: style.foreground, width: style.tickWidth)) }
        for t in texts { t.block.draw(color: t.color, on: &canvas) }
    }
}
