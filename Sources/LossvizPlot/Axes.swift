/// One panel of a figure: its marks, axes, title, legend and colour bar.
/// Build it with the mark methods; each appends a mark drawn above the earlier ones.
///
///     var ax = Axes(title: "Smooth L1")
///     ax.line(x: xs, y: ys, label: "Smooth L1", style: .loss("smooth-l1"))
///     ax.xLabel = "residual x"
///     ax.legend()
public struct Axes: Hashable, Sendable {
    /// The title above the panel.
    public var title: String?
    /// The horizontal axis: label, scale, limits, ticks.
    public var x = Axis()
    /// The vertical axis: label, scale, limits, ticks.
    public var y = Axis()
    /// Whether one data unit has the same page length on both axes.
    public var aspect: Aspect = .auto
    /// Light grid lines at the major ticks.
    public var grid = false
    /// Draw the frame (spines), ticks and tick labels; false for pure diagrams.
    public var showsFrame = true
    /// The marks, drawn in order (later ones on top).
    public var marks: [Mark] = []
    /// The legend of the labelled marks, nil for none.
    public var legend: Legend?
    /// The colour bar beside the panel, nil for none.
    public var colorBar: ColorBar?
    /// The grid cell the panel occupies (set by `Figure.grid` / `Figure.addPanel`).
    public var cell = GridCell(row: 0, column: 0)
    /// Index of the next `tab10` colour for marks without a colour.
    public var nextColorIndex = 0

    /// An empty panel.
    public init(title: String? = nil) {
        self.title = title
    }

    // MARK: Axis shorthands

    public var xLabel: String? { get { x.label } set { x.label = newValue } }
    public var yLabel: String? { get { y.label } set { y.label = newValue } }
    public var xScale: AxisScale { get { x.scale } set { x.scale = newValue } }
    public var yScale: AxisScale { get { y.scale } set { y.scale = newValue } }
    public var xLimits: ClosedRange<Double>? { get { x.limits } set { x.limits = newValue } }
    public var yLimits: ClosedRange<Double>? { get { y.limits } set { y.limits = newValue } }
    public var xTicks: [Double]? { get { x.ticks } set { x.ticks = newValue } }
    public var yTicks: [Double]? { get { y.ticks } set { y.ticks = newValue } }

    /// The next colour of the panel's cycle.
    mutating func takeCycleColor() -> Color {
        defer { nextColorIndex += 1 }
        return Color.cycle(nextColorIndex)
    }
}

extension Axes: PanelBuilding {
    /// The panel itself (edited in place).
    public var panel: Axes {
        get { self }
        _modify { yield &self }
    }
}

/// The mark methods, for `Axes` and for the `PanelEditor` a figure's subscript
/// yields: each appends a mark drawn above the earlier ones.
extension PanelBuilding where Self: ~Copyable {
    /// A line through `(x[k], y[k])`; NaN or infinite values leave a gap.
    /// A style without colour takes the next `tab10` colour.
    public mutating func line(x: [Double], y: [Double], label: String? = nil, style: LineStyle = LineStyle()) {
        var s = style
        if s.color == nil { s.color = panel.takeCycleColor() }
        panel.marks.append(.line(LineMark(x: x, y: y, label: label, style: s)))
    }

    /// A line of `f` sampled at `x`.
    public mutating func function(x: [Double], label: String? = nil, style: LineStyle = LineStyle(),
                                  _ f: (Double) -> Double) {
        line(x: x, y: x.map(f), label: label, style: style)
    }

    /// A filled band between `lower` and `upper` over `x`; nil colour takes the
    /// next cycle colour at 25 % opacity.
    public mutating func band(x: [Double], lower: [Double], upper: [Double], label: String? = nil, color: Color? = nil) {
        let c = color ?? panel.takeCycleColor().withAlpha(0.25)
        panel.marks.append(.band(BandMark(x: x, lower: lower, upper: upper, label: label, color: c)))
    }

    /// Points in one colour (nil: next cycle colour).
    public mutating func scatter(x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
                                 marker: Marker = .circle, size: Double = 6, edge: Color? = nil) {
        let c = color ?? panel.takeCycleColor()
        panel.marks.append(.scatter(ScatterMark(x: x, y: y, coloring: .single(c), marker: marker, size: size, edge: edge, label: label)))
    }

    /// Points coloured by `values` through a colour map and norm.
    public mutating func scatter(x: [Double], y: [Double], values: [Double], colorMap: ColorMap = .viridis,
                                 norm: ColorNorm = .linear, limits: ClosedRange<Double>? = nil,
                                 marker: Marker = .circle, size: Double = 6, edge: Color? = nil, label: String? = nil) {
        let scale = ColorScale(map: colorMap, norm: norm, limits: limits)
        panel.marks.append(.scatter(ScatterMark(x: x, y: y, coloring: .values(values, scale), marker: marker, size: size,
                                          edge: edge, label: label)))
    }

    /// A rectangle with corners `(x1, y1)`, `(x2, y2)` in data units (a detection box).
    public mutating func rectangle(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Color? = .black,
                                   fill: Color? = nil, width: Double = 1.5, dash: DashPattern = .solid,
                                   label: String? = nil) {
        panel.marks.append(.rectangle(RectangleMark(x1: x1, y1: y1, x2: x2, y2: y2, stroke: stroke, fill: fill,
                                              width: width, dash: dash, label: label)))
    }

    /// A polygon (or open polyline when `closed` is false) through data points.
    public mutating func polygon(_ points: [Point], closed: Bool = true, stroke: Color? = .black, fill: Color? = nil,
                                 width: Double = 1.5, dash: DashPattern = .solid, label: String? = nil) {
        panel.marks.append(.polygon(PolygonMark(points: points, closed: closed, stroke: stroke, fill: fill, width: width,
                                          dash: dash, label: label)))
    }

    /// An arrow between two data points.
    public mutating func arrow(from: Point, to: Point, color: Color = .black, width: Double = 1.2,
                               dash: DashPattern = .solid, heads: ArrowMark.Heads = .end, headLength: Double? = nil,
                               label: String? = nil) {
        panel.marks.append(.arrow(ArrowMark(from: from, to: to, color: color, width: width, dash: dash, heads: heads,
                                      headLength: headLength, label: label)))
    }

    /// Text at a data point (or axes fraction with `coordinates: .axes`); see `TextMark`.
    public mutating func text(_ text: String, at position: Point, coordinates: Coordinates = .data,
                              anchor: TextAnchor = .center, offset: Point = Point(0, 0), fontSize: Double? = nil,
                              weight: Font.Weight = .regular, color: Color = .black, rotation: Double = 0,
                              background: Color? = nil, border: Color? = nil) {
        panel.marks.append(.text(TextMark(text, at: position, coordinates: coordinates, anchor: anchor, offset: offset,
                                    fontSize: fontSize, weight: weight, color: color, rotation: rotation,
                                    background: background, border: border)))
    }

    /// A horizontal line across the panel at `y` (does not change the limits).
    public mutating func horizontalLine(at y: Double, style: LineStyle = LineStyle(color: Color(gray: 0.4), width: 0.8, dash: .dashed),
                                        label: String? = nil) {
        panel.marks.append(.referenceLine(ReferenceLineMark(.horizontal, at: y, style: style, label: label)))
    }

    /// A vertical line across the panel at `x` (does not change the limits).
    public mutating func verticalLine(at x: Double, style: LineStyle = LineStyle(color: Color(gray: 0.4), width: 0.8, dash: .dashed),
                                      label: String? = nil) {
        panel.marks.append(.referenceLine(ReferenceLineMark(.vertical, at: x, style: style, label: label)))
    }

    /// A heatmap of `grid`; `norm: .symmetric` with `colorMap: .blueRed` for signed fields.
    public mutating func heatmap(_ grid: Grid2D, colorMap: ColorMap = .viridis, norm: ColorNorm = .linear,
                                 limits: ClosedRange<Double>? = nil) {
        panel.marks.append(.heatmap(HeatmapMark(grid: grid, colorScale: ColorScale(map: colorMap, norm: norm, limits: limits))))
    }

    /// Contour lines of `grid` in one colour, labelled inline with their levels.
    public mutating func contour(_ grid: Grid2D, levels: ContourLevels = .automatic(7), color: Color = .black,
                                 width: Double = 0.8, labels: Bool = true, dashNegative: Bool = true) {
        panel.marks.append(.contour(ContourMark(grid: grid, levels: levels, coloring: .single(color), width: width,
                                          labels: labels, dashNegative: dashNegative)))
    }

    /// Contour lines of `grid` coloured by level through a colour map.
    public mutating func contour(_ grid: Grid2D, levels: ContourLevels = .automatic(7), colorMap: ColorMap,
                                 norm: ColorNorm = .linear, width: Double = 1, labels: Bool = true) {
        panel.marks.append(.contour(ContourMark(grid: grid, levels: levels, coloring: .map(ColorScale(map: colorMap, norm: norm)),
                                          width: width, labels: labels, dashNegative: false)))
    }

    /// Arrows `(u[k], v[k])` at `(x[k], y[k])`.
    public mutating func quiver(x: [Double], y: [Double], u: [Double], v: [Double], length: QuiverMark.Length = .auto,
                                pivot: QuiverMark.Pivot = .middle, color: Color = .black) {
        panel.marks.append(.quiver(QuiverMark(x: x, y: y, u: u, v: v, length: length, pivot: pivot, coloring: .single(color))))
    }

    /// Arrows of the field `(u, v)` at every `every`-th grid node.
    public mutating func quiver(u: Grid2D, v: Grid2D, every: Int = 1, length: QuiverMark.Length = .auto,
                                pivot: QuiverMark.Pivot = .middle, color: Color = .black) {
        panel.marks.append(.quiver(QuiverMark(u: u, v: v, every: every, length: length, pivot: pivot, coloring: .single(color))))
    }

    /// Arrows of the field `(u, v)` coloured by magnitude.
    public mutating func quiver(u: Grid2D, v: Grid2D, every: Int = 1, length: QuiverMark.Length = .normalized,
                                pivot: QuiverMark.Pivot = .middle, colorMap: ColorMap, norm: ColorNorm = .linear) {
        panel.marks.append(.quiver(QuiverMark(u: u, v: v, every: every, length: length, pivot: pivot,
                                        coloring: .magnitude(ColorScale(map: colorMap, norm: norm)))))
    }

    /// Streamlines of the field `(u, v)` (both on the same grid).
    public mutating func streamlines(u: Grid2D, v: Grid2D, density: Double = 1, color: Color = .black,
                                     width: Double = 1, arrowSize: Double = 6) {
        panel.marks.append(.streamlines(StreamlineMark(u: u, v: v, density: density, color: color, width: width,
                                                 arrowSize: arrowSize)))
    }

    /// Shows a legend of the labelled marks.
    public mutating func legend(_ position: LegendPosition = .best, columns: Int = 1, title: String? = nil,
                                fontSize: Double? = nil) {
        panel.legend = Legend(position: position, columns: columns, title: title, fontSize: fontSize)
    }

    /// Shows a colour bar for the panel's (last) colour-mapped mark.
    public mutating func colorBar(label: String? = nil, ticks: [Double]? = nil) {
        panel.colorBar = ColorBar(label: label, ticks: ticks)
    }
}

/// The cells of the figure grid a panel covers.
public struct GridCell: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int

    /// A cell at `(row, column)` spanning `rowSpan` x `columnSpan` cells.
    public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1) {
        self.row = row
        self.column = column
        self.rowSpan = max(1, rowSpan)
        self.columnSpan = max(1, columnSpan)
    }
}
