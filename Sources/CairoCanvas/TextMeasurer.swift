import CCairo
import Plot

/// Measures text in DejaVu Sans on its own unscaled Cairo context, so every
/// output format lays text out from the same numbers. Results are cached per
/// string and font.
final class TextMeasurer {
    /// The font family every figure uses.
    static let family = "DejaVu Sans"

    let surface: OpaquePointer?
    let context: OpaquePointer?
    var cache: [Key: TextExtents] = [:]

    struct Key: Hashable {
        var text: String
        var font: Font
    }

    init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)
        context = surface.flatMap { cairo_create($0) }
        if let context { Self.configure(context) }
    }

    deinit {
        if let context { cairo_destroy(context) }
        if let surface { cairo_surface_destroy(surface) }
    }

    /// Unhinted metrics and outlines, grey antialiasing: advances are exact
    /// multiples of the font's design units, the same on every surface.
    static func configure(_ cr: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    /// Selects DejaVu Sans in `font`'s size, weight and slant on `cr`.
    static func select(_ font: Font, on cr: OpaquePointer) {
        cairo_select_font_face(cr, family,
                               font.slant == .italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                               font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, font.size)
    }

    /// The extents of `text` in `font` (in points).
    func measure(_ text: String, font: Font) -> TextExtents {
        let key = Key(text: text, font: font)
        if let hit = cache[key] { return hit }
        guard let cr = context, !text.isEmpty else { return TextExtents(advance: 0, ascent: 0, descent: 0) }
        Self.select(font, on: cr)
        var e = cairo_text_extents_t()
        cairo_text_extents(cr, text, &e)
        let result = TextExtents(advance: e.x_advance, ascent: max(0, -e.y_bearing), descent: max(0, e.height + e.y_bearing),
                                 inkMinX: e.x_bearing, inkMaxX: e.x_bearing + e.width)
        cache[key] = result
        return result
    }

    /// A thread-safe measuring function for `RecordingCanvas(measurer:)`: each
    /// call measures on a fresh context, giving exactly CairoCanvas's metrics.
    static let measuringFunction: @Sendable (String, Font) -> TextExtents = { text, font in
        TextMeasurer().measure(text, font: font)
    }
}

extension CairoCanvas {
    /// Cairo's DejaVu Sans metrics as a function, for `RecordingCanvas(measurer:)`
    /// in layout tests that need the real font.
    public static var textMeasurer: @Sendable (String, Font) -> TextExtents { TextMeasurer.measuringFunction }
}
