import CPangoCairo
import LossvizPlot

/// Measures text with Pango on a measuring context of its own (see
/// `PangoText`), so every output format lays text out from the same numbers.
/// Results are cached per string and font.
final class TextMeasurer {
    let context: OpaquePointer?
    var cache: [Key: TextExtents] = [:]

    struct Key: Hashable {
        var text: String
        var font: Font
    }

    init() {
        context = PangoText.measuringContext()
    }

    deinit {
        if let context { g_object_unref(UnsafeMutableRawPointer(context)) }
    }

    /// The extents of `text` in `font` (in points).
    func measure(_ text: String, font: Font) -> TextExtents {
        let key = Key(text: text, font: font)
        if let hit = cache[key] { return hit }
        guard let context, !text.isEmpty, let layout = PangoText.layout(text, font: font, in: context) else {
            return TextExtents(advance: 0, ascent: 0, descent: 0)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let result = PangoText.extents(of: layout)
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
    /// Pango's metrics as a function, for `RecordingCanvas(measurer:)` in
    /// layout tests that need the real font.
    public static var textMeasurer: @Sendable (String, Font) -> TextExtents { TextMeasurer.measuringFunction }
}
