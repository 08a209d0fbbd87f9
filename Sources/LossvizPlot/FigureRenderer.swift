import Foundation

/// Lays a figure out and draws it. Layout is a small constrained-layout solve:
/// every grid column gets the widest left and right decorations of the panels
/// starting and ending in it, every row the tallest top and bottom ones; the
/// rest of the page is shared by the axes boxes in proportion to the column
/// widths and row heights. Tick density depends on the axes size and the
/// decorations on the ticks, so the solve runs three times.
struct FigureRenderer {
    var figure: Figure

    /// The letter label of the `index`-th panel: "(a)", "(b)", ...
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return "(" + (index < letters.count ? String(letters[index]) : String(index + 1)) + ")"
    }

    /// The laid-out figure: one geometry per panel plus figure title and caption.
    struct Layout {
        var panels: [PanelGeometry]
        var title: TextBlock?
        var caption: TextBlock?
    }

    func layout(canvas: some Canvas) throws(PlotError) -> Layout {
        try figure.validate()
        let style = figure.style
        let page = figure.pageSize
        let pad = style.figurePad
        let panels = sharedPanels()
        let limits = resolvedLimits(panels)

        var title: TextBlock?
        var top = pad
        if let t = figure.title, !t.isEmpty {
            // Wrapped like the caption, so a long title never runs off the page.
            let font = style.font(size: style.figureTitleSize)
            let block = TextBlock(Self.wrap(t, width: page.width - 2 * pad, font: font, canvas: canvas), font: font,
                                  anchor: .top, at: Point(page.width / 2, pad), canvas: canvas)
            title = block
            top = block.bounds().maxY + 6
        }
        var caption: TextBlock?
        var bottom = page.height - pad
        if let c = figure.caption, !c.isEmpty {
            let font = style.font(size: style.captionSize)
            let wrapped = Self.wrap(c, width: page.width - 2 * pad, font: font, canvas: canvas)
            let block = TextBlock(wrapped, font: font, anchor: .bottom, at: Point(page.width / 2, page.height - pad),
                                  canvas: canvas)
            caption = block
            bottom = block.bounds().minY - 6
        }
        let area = Rect(x: pad, y: top, width: page.width - 2 * pad, height: bottom - top)

        let colorBarScales = panels.map(PanelGeometry.colorBarScale)
        var insets = Array(repeating: PanelGeometry.Insets(), count: panels.count)
        var geometries: [PanelGeometry] = []
        for _ in 0..<3 {
            let rects = solveGrid(panels: panels, insets: insets, area: area)
            geometries = panels.indices.map { p in
                PanelGeometry(axes: panels[p], rect: rects[p], xLimits: limits[p].x, yLimits: limits[p].y,
                              letter: figure.panelLetters ? Self.letter(p) : nil, colorBarScale: colorBarScales[p],
                              style: style, canvas: canvas)
            }
            insets = geometries.map(\.insets)
        }
        for p in geometries.indices { geometries[p].placeLegend(canvas: canvas) }
        return Layout(panels: geometries, title: title, caption: caption)
    }

    func draw(on canvas: inout some Canvas) throws(PlotError) {
        let layout = try layout(canvas: canvas)
        let page = figure.pageSize
        let style = figure.style
        if !style.transparent {
            canvas.fill(.rectangle(Rect(x: 0, y: 0, width: page.width, height: page.height)), color: style.background)
        }
        for g in layout.panels { PanelDrawing.draw(g, on: &canvas) }
        layout.title?.draw(color: style.foreground, on: &canvas)
        layout.caption?.draw(color: style.foreground, on: &canvas)
    }

    /// Panels with shared axes' tick labels hidden on the inner panels.
    func sharedPanels() -> [Axes] {
        var panels = figure.panels
        for p in panels.indices {
            let c = panels[p].cell
            if figure.shareX != .none {
                let below = panels.contains { $0.cell.row > c.row && $0.cell.column < c.column + c.columnSpan && c.column < $0.cell.column + $0.cell.columnSpan }
                if below { panels[p].x.showsTickLabels = false }
            }
            if figure.shareY != .none {
                let left = panels.contains { $0.cell.column < c.column && $0.cell.row < c.row + c.rowSpan && c.row < $0.cell.row + $0.cell.rowSpan }
                if left { panels[p].y.showsTickLabels = false }
            }
        }
        return panels
    }

    /// Data limits per panel, unioned across panels that share an axis.
    func resolvedLimits(_ panels: [Axes]) -> [(x: ClosedRange<Double>, y: ClosedRange<Double>)] {
        func extents(_ a: Axes) -> (x: [(ClosedRange<Double>, sticky: Bool)], y: [(ClosedRange<Double>, sticky: Bool)]) {
            var xs: [(ClosedRange<Double>, sticky: Bool)] = [], ys: [(ClosedRange<Double>, sticky: Bool)] = []
            for m in a.marks {
                let e = m.drawable.extent(xScale: a.x.scale, yScale: a.y.scale)
                if let x = e.x { xs.append((x, e.sticky)) }
                if let y = e.y { ys.append((y, e.sticky)) }
            }
            return (xs, ys)
        }
        let all = panels.map(extents)
        var out = panels.indices.map { p in
            (x: AxisLimits.resolve(panels[p].x, ranges: all[p].x), y: AxisLimits.resolve(panels[p].y, ranges: all[p].y))
        }
        func group(_ sharing: AxisSharing, _ p: Int, byColumn: Bool) -> [Int] {
            switch sharing {
            case .none: return [p]
            case .all: return Array(panels.indices)
            case .byLine:
                return panels.indices.filter {
                    byColumn ? panels[$0].cell.column == panels[p].cell.column : panels[$0].cell.row == panels[p].cell.row
                }
            }
        }
        for p in panels.indices {
            let gx = group(figure.shareX, p, byColumn: true)
            if gx.count > 1, panels[p].x.limits == nil {
                let fixed = gx.compactMap { panels[$0].x.limits }.first
                out[p].x = fixed ?? AxisLimits.resolve(panels[p].x, ranges: gx.flatMap { all[$0].x })
            }
            let gy = group(figure.shareY, p, byColumn: false)
            if gy.count > 1, panels[p].y.limits == nil {
                let fixed = gy.compactMap { panels[$0].y.limits }.first
                out[p].y = fixed ?? AxisLimits.resolve(panels[p].y, ranges: gy.flatMap { all[$0].y })
            }
        }
        return out
    }

    /// The axes rectangle of every panel given the decoration insets.
    func solveGrid(panels: [Axes], insets: [PanelGeometry.Insets], area: Rect) -> [Rect] {
        let nc = figure.columns, nr = figure.rows
        let gap = figure.style.panelGap
        var left = [Double](repeating: 0, count: nc), right = left
        var top = [Double](repeating: 0, count: nr), bottom = top
        for (p, a) in panels.enumerated() {
            let c = a.cell
            left[c.column] = max(left[c.column], insets[p].left)
            right[c.column + c.columnSpan - 1] = max(right[c.column + c.columnSpan - 1], insets[p].right)
            top[c.row] = max(top[c.row], insets[p].top)
            bottom[c.row + c.rowSpan - 1] = max(bottom[c.row + c.rowSpan - 1], insets[p].bottom)
        }
        func sizes(_ total: Double, _ ratios: [Double]?, _ n: Int) -> [Double] {
            let r = (ratios?.count == n ? ratios : nil) ?? Array(repeating: 1, count: n)
            let sum = r.reduce(0, +)
            // Never let the axes vanish: at least 10 % of the space each.
            let usable = max(total, 0.1 * Double(n) * 72)
            return r.map { usable * $0 / sum }
        }
        let widths = sizes(area.width - left.reduce(0, +) - right.reduce(0, +) - Double(nc - 1) * gap, figure.columnWidths, nc)
        let heights = sizes(area.height - top.reduce(0, +) - bottom.reduce(0, +) - Double(nr - 1) * gap, figure.rowHeights, nr)
        var xs: [Double] = [], x = area.minX
        for c in 0..<nc {
            x += left[c]
            xs.append(x)
            x += widths[c] + right[c] + gap
        }
        var ys: [Double] = [], y = area.minY
        for r in 0..<nr {
            y += top[r]
            ys.append(y)
            y += heights[r] + bottom[r] + gap
        }
        return panels.map { a in
            let c = a.cell
            let c1 = c.column + c.columnSpan - 1, r1 = c.row + c.rowSpan - 1
            return Rect(x: xs[c.column], y: ys[c.row], width: xs[c1] + widths[c1] - xs[c.column],
                        height: ys[r1] + heights[r1] - ys[c.row])
        }
    }

    /// `text` broken into lines no wider than `width` at spaces.
    static func wrap(_ text: String, width: Double, font: Font, canvas: some Canvas) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if !line.isEmpty && canvas.measure(candidate, font: font).advance > width {
                    lines.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
