/// Where a text mark's position is given.
public enum Coordinates: Hashable, Sendable {
    /// Data coordinates of the panel.
    case data
    /// Fractions of the axes box: (0, 0) bottom-left, (1, 1) top-right.
    case axes
}

/// A text annotation anywhere in a panel: data or axes-fraction position, an
/// anchor, an offset in points, optional rotation and an optional background
/// box (for text over data). `\n` starts a new line. Greek letters and
/// sub/superscripts are plain Unicode (`"σ²"`, `"x₁"`, `"ρ²/c²"`).
public struct TextMark: Hashable, Sendable {
    public var text: String
    public var position: Point
    public var coordinates: Coordinates
    public var anchor: TextAnchor
    /// Shift from the position in points, +x right, +y up.
    public var offset: Point
    public var fontSize: Double?
    public var weight: Font.Weight
    public var color: Color
    /// Degrees counter-clockwise.
    public var rotation: Double
    /// Fill of a box behind the text, nil for none.
    public var background: Color?
    /// Outline of the box, nil for none.
    public var border: Color?

    /// A text annotation; `fontSize` nil uses the figure's font size.
    public init(_ text: String, at position: Point, coordinates: Coordinates = .data, anchor: TextAnchor = .center,
                offset: Point = Point(0, 0), fontSize: Double? = nil, weight: Font.Weight = .regular,
                color: Color = .black, rotation: Double = 0, background: Color? = nil, border: Color? = nil) {
        self.text = text
        self.position = position
        self.coordinates = coordinates
        self.anchor = anchor
        self.offset = offset
        self.fontSize = fontSize
        self.weight = weight
        self.color = color
        self.rotation = rotation
        self.background = background
        self.border = border
    }

    /// The laid-out block on the page, nil if the position cannot be drawn.
    func block(in frame: PanelFrame, on canvas: some Canvas) -> TextBlock? {
        var p = coordinates == .data ? frame.page(position) : frame.pageFromFraction(position.x, position.y)
        guard p.x.isFinite, p.y.isFinite else { return nil }
        p.x += offset.x
        p.y -= offset.y
        let font = frame.style.font(size: resolvedFontSize(frame), weight: weight)
        return TextBlock(text, font: font, anchor: anchor, at: p, angle: rotation, canvas: canvas)
    }

    /// The size the text is set in: its own size scaled like the style's text, or the style's size.
    func resolvedFontSize(_ frame: PanelFrame) -> Double { fontSize.map { $0 * frame.style.textScale } ?? frame.style.fontSize }

    /// Padding of the background box: 0.3 em (matplotlib's `bbox` pad).
    func boxPad(_ frame: PanelFrame) -> Double { 0.3 * resolvedFontSize(frame) }
}

extension TextMark: DrawableMark {
    func validate(_ what: String) throws(PlotError) {
        guard position.x.isFinite, position.y.isFinite else {
            throw .invalidData("\(what): position must be finite, got (\(position.x), \(position.y))")
        }
    }

    func extent(xScale: AxisScale, yScale: AxisScale) -> DataExtent { .none }

    var clipsToAxes: Bool { false }

    func draw(in frame: PanelFrame, on canvas: inout some Canvas) {
        guard let block = block(in: frame, on: canvas) else { return }
        if background != nil || border != nil {
            let box = Path.polygon(block.corners(pad: boxPad(frame)))
            if let background { canvas.fill(box, color: background) }
            if let border { canvas.stroke(box, style: StrokeStyle(color: border, width: 0.8)) }
        }
        block.draw(color: color, on: &canvas)
    }

    func obstacles(in frame: PanelFrame, on canvas: some Canvas) -> Obstacles {
        guard let block = block(in: frame, on: canvas) else { return Obstacles() }
        return Obstacles(boxes: [block.bounds(pad: boxPad(frame))])
    }
}
