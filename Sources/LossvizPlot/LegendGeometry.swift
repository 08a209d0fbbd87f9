/// A legend laid out from its entries (matplotlib's sizes in em of the legend
/// font: border pad 0.4, label spacing 0.5, handle length 2, handle height 0.7,
/// handle-text pad 0.8, column spacing 2, corner radius 0.2), placed with its
/// frame's top-left at `origin`.
struct LegendGeometry {
    var spec: Legend
    var entries: [LegendEntry]
    var font: Font
    var size: Size
    var origin = Point(0, 0)
    var style: FigureStyle
    /// Laid out relative to the frame's top-left: handle boxes and label blocks.
    var cells: [(handle: Rect, label: TextBlock)] = []
    var titleBlock: TextBlock?

    var frameRect: Rect { Rect(x: origin.x, y: origin.y, width: size.width, height: size.height) }

    init(spec: Legend, entries: [LegendEntry], style: FigureStyle, canvas: some Canvas) {
        self.spec = spec
        self.entries = entries
        self.style = style
        let em = spec.fontSize.map { $0 * style.textScale } ?? style.fontSize
        let font = style.font(size: em)
        self.font = font
        let border = 0.4 * em, spacing = 0.5 * em, handleLength = 2 * em, handleHeight = 0.7 * em
        let textPad = 0.8 * em, columnSpacing = 2 * em
        let columns = min(spec.columns, entries.count)
        let rowsPerColumn = (entries.count + columns - 1) / columns
        let blocks = entries.map { TextBlock($0.label, font: font, anchor: .topLeft, at: Point(0, 0), canvas: canvas) }
        var y0 = border
        if let title = spec.title, !title.isEmpty {
            let block = TextBlock(title, font: font, anchor: .topLeft, at: Point(border, y0), canvas: canvas)
            titleBlock = block
            y0 += block.localBox.height + spacing
        }
        var x = border
        var maxY = y0
        for c in 0..<columns {
            let range = (c * rowsPerColumn)..<min((c + 1) * rowsPerColumn, entries.count)
            guard !range.isEmpty else { continue }
            let labelWidth = range.map { blocks[$0].localBox.width }.max() ?? 0
            var y = y0
            for k in range {
                let h = max(blocks[k].localBox.height, handleHeight)
                let handle = Rect(x: x, y: y + (h - handleHeight) / 2, width: handleLength, height: handleHeight)
                let label = TextBlock(entries[k].label, font: font, anchor: .left, at: Point(x + handleLength + textPad, y + h / 2),
                                      canvas: canvas)
                cells.append((handle, label))
                y += h + spacing
            }
            maxY = max(maxY, y - spacing)
            x += handleLength + textPad + labelWidth + columnSpacing
        }
        let contentWidth = x - columnSpacing + border
        let titleWidth = (titleBlock?.localBox.width ?? 0) + 2 * border
        size = Size(width: max(contentWidth, titleWidth), height: maxY + border)
        if titleBlock != nil {
            // Centre the title over the entries.
            titleBlock = TextBlock(spec.title ?? "", font: font, anchor: .top, at: Point(size.width / 2, border), canvas: canvas)
        }
    }

    /// The legend with its frame's top-left moved to `point`.
    func placed(at point: Point) -> LegendGeometry {
        var copy = self
        copy.origin = point
        return copy
    }

    /// The page box of every label, for layout checks.
    var labelBounds: [Rect] {
        cells.map { $0.label.bounds().translated(dx: origin.x, dy: origin.y) }
    }

    func draw(on canvas: inout some Canvas) {
        let em = font.size
        let frame = Path.roundedRectangle(frameRect, radius: 0.2 * em)
        canvas.fill(frame, color: style.themed(Color.white.withAlpha(0.8)))
        canvas.stroke(frame, style: StrokeStyle(color: style.themed(Color(gray: 0.8)), width: style.spineWidth))
        if let t = titleBlock { t.translated(dx: origin.x, dy: origin.y).draw(color: style.foreground, on: &canvas) }
        for (entry, cell) in zip(entries, cells) {
            let h = cell.handle.translated(dx: origin.x, dy: origin.y)
            canvas.withTheme(style) { canvas in
                switch entry.handle {
                case .line(let stroke, let marker, let markerSize, let markerFill):
                    canvas.stroke(.polyline([Point(h.minX, h.midY), Point(h.maxX, h.midY)]), style: stroke)
                    if let marker {
                        let path = marker.path(at: h.center, size: markerSize)
                        if marker.isStrokeOnly {
                            canvas.stroke(path, style: StrokeStyle(color: stroke.color, width: 1))
                        } else {
                            canvas.fill(path, color: markerFill ?? stroke.color)
                            canvas.stroke(path, style: StrokeStyle(color: stroke.color, width: 1))
                        }
                    }
                case .patch(let fill, let stroke):
                    let path = Path.rectangle(h)
                    if let fill { canvas.fill(path, color: fill) }
                    if let stroke { canvas.stroke(path, style: stroke) }
                case .marker(let marker, let size, let fill, let edge):
                    let path = marker.path(at: h.center, size: size)
                    if marker.isStrokeOnly {
                        canvas.stroke(path, style: StrokeStyle(color: edge ?? fill, width: 1))
                    } else {
                        canvas.fill(path, color: fill)
                        if let edge { canvas.stroke(path, style: StrokeStyle(color: edge, width: 0.5)) }
                    }
                }
            }
            cell.label.translated(dx: origin.x, dy: origin.y).draw(color: style.foreground, on: &canvas)
        }
    }
}

extension Rect {
    /// The rectangle moved by `(dx, dy)`.
    func translated(dx: Double, dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

extension TextBlock {
    /// The block moved by `(dx, dy)`.
    func translated(dx: Double, dy: Double) -> TextBlock {
        var copy = self
        copy.anchorPoint = Point(anchorPoint.x + dx, anchorPoint.y + dy)
        copy.lines = lines.map { Line(text: $0.text, origin: Point($0.origin.x + dx, $0.origin.y + dy)) }
        return copy
    }
}
