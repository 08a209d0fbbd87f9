/// A `Canvas` that keeps every draw call as a value, so layout can be tested
/// without pixels: text boxes, clip rectangles, strokes and fills in order.
///
/// Text is measured by `measurer`; the default approximates DejaVu Sans
/// (advance 0.6 em per character, ascent 0.76 em, descent 0.24 em). Tests that
/// need the real metrics pass CairoCanvas's measurer instead.
public struct RecordingCanvas: Canvas {
    /// One recorded draw call.
    public enum Command: Hashable, Sendable {
        case stroke(Path, StrokeStyle)
        case fill(Path, Color)
        case text(TextRecord)
        case image(width: Int, height: Int, rect: Rect, smooth: Bool)
        case pushClip(Rect)
        case popClip
    }

    /// A drawn string with where it landed.
    public struct TextRecord: Hashable, Sendable {
        public var text: String
        public var origin: Point
        public var angle: Double
        public var font: Font
        public var color: Color
        /// The axis-aligned box the (rotated) text occupies on the page.
        public var bounds: Rect
    }

    public private(set) var commands: [Command] = []
    /// The text measuring function.
    public let measurer: @Sendable (String, Font) -> TextExtents

    /// A recording canvas measuring text with `measurer` (default: DejaVu Sans approximation).
    public init(measurer: @escaping @Sendable (String, Font) -> TextExtents = RecordingCanvas.approximateMetrics) {
        self.measurer = measurer
    }

    /// Approximate DejaVu Sans metrics: 0.6 em advance per character, ascent 0.76 em,
    /// descent 0.24 em (DejaVu Sans: cap height 0.73 em, descender 0.236 em).
    public static let approximateMetrics: @Sendable (String, Font) -> TextExtents = { text, font in
        TextExtents(advance: 0.6 * font.size * Double(MathText.plainText(text).count), ascent: 0.76 * font.size,
                    descent: 0.24 * font.size)
    }

    public func measure(_ text: String, font: Font) -> TextExtents { measurer(text, font) }

    public mutating func stroke(_ path: Path, style: StrokeStyle) { commands.append(.stroke(path, style)) }

    public mutating func fill(_ path: Path, color: Color) { commands.append(.fill(path, color)) }

    public mutating func drawText(_ text: String, at origin: Point, angle: Double, font: Font, color: Color) {
        let bounds = TextPlacement.bounds(extents: measure(text, font: font), origin: origin, angle: angle)
        commands.append(.text(TextRecord(text: text, origin: origin, angle: angle, font: font, color: color, bounds: bounds)))
    }

    public mutating func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool) {
        commands.append(.image(width: image.width, height: image.height, rect: rect, smooth: smooth))
    }

    public mutating func pushClip(_ rect: Rect) { commands.append(.pushClip(rect)) }

    public mutating func popClip() { commands.append(.popClip) }

    /// Every text drawn, in order.
    public var texts: [TextRecord] {
        commands.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }
}
