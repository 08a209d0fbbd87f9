/// A figure: its size, an optional title and caption, and one or more panels
/// (`Axes`) in a grid. A value built declaratively by a recipe, then drawn on
/// any `Canvas` (CairoCanvas writes PNG, SVG, PDF).
///
/// Layout is automatic: margins are measured from the real text extents so no
/// label is clipped or overlaps another; panels of a grid line up; default
/// sizes follow matplotlib (6.4 x 4.8 in, 10 pt text, 100 dpi).
///
///     var fig = Figure(width: 7, height: 3)
///     fig.grid(rows: 1, columns: 2)
///     fig.panelLetters = true
///     fig[0].line(x: r, y: r.map { abs($0) }, label: "L1", style: .loss("l1"))
///     fig[0].line(x: r, y: r.map { $0 * $0 / 2 }, label: "L2", style: .loss("l2"))
///     fig[0].xLabel = "residual x"; fig[0].yLabel = "loss"; fig[0].legend()
///     fig[1].heatmap(field, colorMap: .viridis)
///     fig[1].contour(field, levels: .automatic(8), color: .white)
///     fig[1].aspect = .equal; fig[1].colorBar(label: "1 − IoU")
///     let svg = try CairoRenderer.render(fig, format: .svg)  // CairoCanvas: .png, .svg or .pdf
public struct Figure: Hashable, Sendable {
    /// Width in inches.
    public var width: Double
    /// Height in inches.
    public var height: Double
    /// Raster resolution in dots per inch (vector output ignores it).
    public var dpi: Double = 100
    /// A title over the whole figure, wrapped to the page width; `\n` starts a new line.
    public var title: String?
    /// A caption line (wrapped to the figure width) under the whole figure.
    public var caption: String?
    /// The panels, each placed in `cell` of a `rows` x `columns` grid.
    public var panels: [Axes]
    /// Rows of the panel grid.
    public var rows: Int
    /// Columns of the panel grid.
    public var columns: Int
    /// Relative widths of the grid columns (nil: equal).
    public var columnWidths: [Double]?
    /// Relative heights of the grid rows (nil: equal).
    public var rowHeights: [Double]?
    /// Which panels share x limits (inner x tick labels are hidden).
    public var shareX: AxisSharing = .none
    /// Which panels share y limits (inner y tick labels are hidden).
    public var shareY: AxisSharing = .none
    /// Label panels "(a)", "(b)", ... in reading order, bold, at their top-left.
    public var panelLetters = false
    /// Font sizes, line widths and paddings of the figure furniture.
    public var style = FigureStyle()
    /// Name and description written into the file (not drawn).
    public var metadata = FigureMetadata()

    /// A figure of `width` x `height` inches with one empty panel.
    public init(width: Double = 6.4, height: Double = 4.8) {
        self.width = width
        self.height = height
        panels = [Axes()]
        rows = 1
        columns = 1
    }

    /// Replaces the panels by a `rows` x `columns` grid of empty panels in
    /// reading order (`fig[0]` top-left, `fig[columns]` the second row).
    public mutating func grid(rows: Int, columns: Int) {
        self.rows = max(1, rows)
        self.columns = max(1, columns)
        panels = (0..<(self.rows * self.columns)).map {
            var a = Axes()
            a.cell = GridCell(row: $0 / self.columns, column: $0 % self.columns)
            return a
        }
    }

    /// Adds a panel covering the given cells of the grid (for uneven layouts
    /// after `grid(rows:columns:)` with the panels you need removed, or on an
    /// empty `panels` array) and returns its index.
    @discardableResult
    public mutating func addPanel(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, _ axes: Axes = Axes()) -> Int {
        var a = axes
        a.cell = GridCell(row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan)
        rows = max(rows, row + a.cell.rowSpan)
        columns = max(columns, column + a.cell.columnSpan)
        panels.append(a)
        return panels.count - 1
    }

    /// The panel at `index` in reading order, edited in place
    /// (`fig[0].line(...)`); see `PanelEditor` for why it cannot be copied out.
    public subscript(index: Int) -> PanelEditor {
        _read { yield PanelEditor(panel: panels[index]) }
        _modify {
            // The panel moves into the editor and back (no copy of its marks).
            var editor = PanelEditor(panel: Axes())
            swap(&editor.panel, &panels[index])
            defer { swap(&editor.panel, &panels[index]) }
            yield &editor
        }
    }

    /// The panel whose cell starts at `(row, column)`, edited in place.
    public subscript(row: Int, column: Int) -> PanelEditor {
        _read { yield PanelEditor(panel: panels[panelIndex(row: row, column: column)]) }
        _modify {
            let index = panelIndex(row: row, column: column)
            var editor = PanelEditor(panel: Axes())
            swap(&editor.panel, &panels[index])
            defer { swap(&editor.panel, &panels[index]) }
            yield &editor
        }
    }

    func panelIndex(row: Int, column: Int) -> Int {
        panels.firstIndex { $0.cell.row == row && $0.cell.column == column } ?? (row * columns + column)
    }

    /// The first panel, edited in place; the natural handle of a single-panel figure.
    public var axes: PanelEditor {
        _read { yield PanelEditor(panel: panels[0]) }
        _modify {
            // The panel moves into the editor and back (no copy of its marks).
            var editor = PanelEditor(panel: Axes())
            swap(&editor.panel, &panels[0])
            defer { swap(&editor.panel, &panels[0]) }
            yield &editor
        }
    }

    /// The page size in points (72 per inch).
    public var pageSize: Size { Size(width: width * 72, height: height * 72) }

    /// Draws the figure on `canvas` (page in points). Throws `PlotError` when a
    /// mark's data or a setting cannot be drawn, naming the panel and mark.
    public func draw(on canvas: inout some Canvas) throws(PlotError) {
        try FigureRenderer(figure: self).draw(on: &canvas)
    }

    /// Checks every panel and mark without drawing.
    public func validate() throws(PlotError) {
        guard width > 0, height > 0, width.isFinite, height.isFinite, width <= 200, height <= 200 else {
            throw .invalidFigure("size must be positive and at most 200 in, got \(width) x \(height) in")
        }
        guard dpi > 0, dpi <= 2400 else { throw .invalidFigure("dpi must be in (0, 2400], got \(dpi)") }
        guard !panels.isEmpty else { throw .invalidFigure("the figure has no panels") }
        for w in columnWidths ?? [] where !(w > 0 && w.isFinite) {
            throw .invalidFigure("column widths must be positive, got \(columnWidths ?? [])")
        }
        for h in rowHeights ?? [] where !(h > 0 && h.isFinite) {
            throw .invalidFigure("row heights must be positive, got \(rowHeights ?? [])")
        }
        for (p, panel) in panels.enumerated() {
            let name = "panel \(p)" + (panel.title.map { " (\"\($0)\")" } ?? "")
            guard panel.cell.row >= 0, panel.cell.column >= 0,
                  panel.cell.row + panel.cell.rowSpan <= rows, panel.cell.column + panel.cell.columnSpan <= columns else {
                throw .invalidFigure("\(name): cell \(panel.cell) lies outside the \(rows) x \(columns) grid")
            }
            for (axisName, axis) in [("x", panel.x), ("y", panel.y)] {
                if let l = axis.limits {
                    guard l.lowerBound.isFinite, l.upperBound.isFinite, l.upperBound > l.lowerBound else {
                        throw .invalidFigure("\(name): \(axisName) limits must be finite and increasing, got \(l)")
                    }
                    if axis.scale == .log && l.lowerBound <= 0 {
                        throw .invalidFigure("\(name): \(axisName) limits must be positive on a log axis, got \(l)")
                    }
                }
                if let labels = axis.tickLabels, labels.count != (axis.ticks?.count ?? -1) {
                    throw .invalidFigure("\(name): \(labels.count) \(axisName) tick labels for \(axis.ticks?.count ?? 0) ticks")
                }
            }
            if case .ratio(let r) = panel.aspect, !(r > 0 && r.isFinite) {
                throw .invalidFigure("\(name): aspect ratio must be positive, got \(r)")
            }
            for (m, mark) in panel.marks.enumerated() {
                try mark.drawable.validate("\(name), mark \(m) (\(mark.kindName))")
            }
        }
    }
}

extension Mark {
    /// A short name of the kind of mark, for messages.
    var kindName: String {
        switch self {
        case .line: return "line"
        case .band: return "band"
        case .scatter: return "scatter"
        case .rectangle: return "rectangle"
        case .polygon: return "polygon"
        case .arrow: return "arrow"
        case .text: return "text"
        case .referenceLine: return "reference line"
        case .heatmap: return "heatmap"
        case .contour: return "contour"
        case .quiver: return "quiver"
        case .streamlines: return "streamlines"
        }
    }
}
