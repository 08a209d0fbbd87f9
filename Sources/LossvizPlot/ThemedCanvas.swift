/// A canvas that draws marks the way the figure's style asks: neutral colours
/// re-mixed from the style's ink and paper (`FigureStyle.themed`) and strokes
/// widened by `lineWidthScale`. Marks are written in paper terms (black text,
/// white label boxes); this wrapper lets every mark honour every theme without
/// knowing about themes. Figure furniture (frames, ticks, labels) already uses
/// the style's colours and sizes and is drawn on the plain canvas.
struct ThemedCanvas<Base: Canvas>: Canvas {
    var base: Base
    let style: FigureStyle

    func measure(_ text: String, font: Font) -> TextExtents { base.measure(text, font: font) }

    mutating func stroke(_ path: Path, style stroke: StrokeStyle) {
        var s = stroke
        s.color = style.themed(stroke.color)
        if style.lineWidthScale != 1 {
            s.width *= style.lineWidthScale
            s.dash = stroke.dash.map { $0 * style.lineWidthScale }
        }
        base.stroke(path, style: s)
    }

    mutating func fill(_ path: Path, color: Color) { base.fill(path, color: style.themed(color)) }

    mutating func drawText(_ text: String, at origin: Point, angle: Double, font: Font, color: Color) {
        base.drawText(text, at: origin, angle: angle, font: font, color: style.themed(color))
    }

    mutating func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool) { base.drawImage(image, in: rect, smooth: smooth) }

    mutating func pushClip(_ rect: Rect) { base.pushClip(rect) }

    mutating func popClip() { base.popClip() }
}

extension Canvas {
    /// Runs `body` on this canvas wrapped in the theme of `style`.
    mutating func withTheme(_ style: FigureStyle, _ body: (inout ThemedCanvas<Self>) -> Void) {
        var themed = ThemedCanvas(base: self, style: style)
        body(&themed)
        self = themed.base
    }
}
