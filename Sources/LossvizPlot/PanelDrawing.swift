/// Draws one laid-out panel: leading heatmaps, grid lines, the other marks
/// (clipped to the axes as each asks), the frame and ticks, the texts, the
/// colour bar and the legend on top.
enum PanelDrawing {
    static func draw(_ g: PanelGeometry, on canvas: inout some Canvas) {
        let frame = g.frame
        let style = g.style
        let axes = g.axes
        var gridDrawn = !axes.grid || !axes.showsFrame
        for mark in axes.marks {
            if !gridDrawn {
                if case .heatmap = mark {} else {
                    drawGrid(g, on: &canvas)
                    gridDrawn = true
                }
            }
            let d = mark.drawable
            if d.clipsToAxes { canvas.pushClip(g.rect) }
            canvas.withTheme(style) { d.draw(in: frame, on: &$0) }
            if d.clipsToAxes { canvas.popClip() }
        }
        if !gridDrawn { drawGrid(g, on: &canvas) }
        if axes.showsFrame {
            canvas.stroke(.rectangle(g.rect), style: StrokeStyle(color: style.foreground, width: style.spineWidth, join: .miter))
            var major = Path(), minor = Path()
            let r = g.rect
            for v in g.xTicks.major {
                let x = frame.xMap.page(v)
                major.append(.polyline([Point(x, r.maxY), Point(x, r.maxY + style.tickLength)]))
            }
            for v in g.xTicks.minor {
                let x = frame.xMap.page(v)
                minor.append(.polyline([Point(x, r.maxY), Point(x, r.maxY + style.minorTickLength)]))
            }
            for v in g.yTicks.major {
                let y = frame.yMap.page(v)
                major.append(.polyline([Point(r.minX, y), Point(r.minX - style.tickLength, y)]))
            }
            for v in g.yTicks.minor {
                let y = frame.yMap.page(v)
                minor.append(.polyline([Point(r.minX, y), Point(r.minX - style.minorTickLength, y)]))
            }
            if !major.isEmpty { canvas.stroke(major, style: StrokeStyle(color: style.foreground, width: style.tickWidth)) }
            if !minor.isEmpty { canvas.stroke(minor, style: StrokeStyle(color: style.foreground, width: 0.6)) }
        }
        for t in g.texts { t.block.draw(color: t.color, on: &canvas) }
        g.colorBar?.draw(on: &canvas)
        g.legend?.draw(on: &canvas)
    }

    static func drawGrid(_ g: PanelGeometry, on canvas: inout some Canvas) {
        let frame = g.frame, r = g.rect
        var path = Path()
        for v in g.xTicks.major {
            let x = frame.xMap.page(v)
            path.append(.polyline([Point(x, r.minY), Point(x, r.maxY)]))
        }
        for v in g.yTicks.major {
            let y = frame.yMap.page(v)
            path.append(.polyline([Point(r.minX, y), Point(r.maxX, y)]))
        }
        if !path.isEmpty { canvas.stroke(path, style: StrokeStyle(color: g.style.gridColor, width: g.style.gridWidth)) }
    }
}
