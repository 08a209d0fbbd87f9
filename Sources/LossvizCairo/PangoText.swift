import CCairo
import CPangoCairo
import LossvizPlot

/// Text on Pango: shaping, kerning and per-glyph font fallback through
/// fontconfig (a Chinese character in a DejaVu Sans label is drawn from an
/// installed CJK font), and `MathText` labels (`$L_{IoU}$`) set as Pango
/// markup with italics and real sub- and superscripts.
///
/// Every context is set up alike: resolution 72 (1 pt = 1 user unit), hint
/// metrics off, hint style none and unrounded glyph positions, so a string has
/// the same extents on the measuring context, on a PNG scaled to any dpi, in
/// SVG and in PDF; layout measured once holds in every format.
enum PangoText {
    /// The family used when a font names none.
    static let defaultFamily = "DejaVu Sans"

    /// A context for measuring, on this thread's default Cairo font map.
    static func measuringContext() -> OpaquePointer? {
        guard let context = pango_font_map_create_context(pango_cairo_font_map_get_default()) else { return nil }
        configure(context)
        return context
    }

    /// A context that draws on `cr`.
    static func drawingContext(for cr: OpaquePointer) -> OpaquePointer? {
        guard let context = pango_cairo_create_context(cr) else { return nil }
        configure(context)
        return context
    }

    /// Unhinted metrics and outlines, grey antialiasing, positions not rounded
    /// to whole pixels, 72 dpi.
    static func configure(_ context: OpaquePointer) {
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(context, 0)
        pango_cairo_context_set_resolution(context, 72)
    }

    /// A one-line layout of `label` in `font` on `context`; the caller releases
    /// it with `g_object_unref`. A label whose math does not parse is set as
    /// written, so a drawing never fails on its text.
    static func layout(_ label: String, font: Font, in context: OpaquePointer) -> OpaquePointer? {
        guard let layout = pango_layout_new(context) else { return nil }
        if let description = pango_font_description_new() {
            pango_font_description_set_family(description, font.family ?? defaultFamily)
            pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_font_description_set_style(description, font.slant == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
            pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
            pango_layout_set_font_description(layout, description)
            pango_font_description_free(description)
        }
        if label.contains("$"), let styled = try? MathText.parse(label), styled.isStyled {
            pango_layout_set_markup(layout, PangoMarkup.markup(for: styled, size: font.size), -1)
        } else {
            pango_layout_set_text(layout, MathText.plainText(label), -1)
        }
        return layout
    }

    /// The extents of `layout` relative to its baseline origin, in points.
    static func extents(of layout: OpaquePointer) -> TextExtents {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        let baseline = Double(pango_layout_get_baseline(layout))
        guard ink.width > 0, ink.height > 0 else {
            return TextExtents(advance: Double(logical.width) / scale, ascent: 0, descent: 0, inkMinX: 0, inkMaxX: 0)
        }
        return TextExtents(advance: Double(logical.width) / scale,
                           ascent: max(0, baseline - Double(ink.y)) / scale,
                           descent: max(0, Double(ink.y + ink.height) - baseline) / scale,
                           inkMinX: Double(ink.x) / scale, inkMaxX: Double(ink.x + ink.width) / scale)
    }

    /// The distance from the top of `layout` to its baseline, in points.
    static func baseline(of layout: OpaquePointer) -> Double {
        Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
    }
}

/// Pango markup for `StyledText`: `<i>`, `<b>`, and for scripts one span
/// per run with an explicit size and rise, TeX's proportions: each script
/// level is 0.7 of its parent's size, a subscript's baseline 0.2 of the
/// parent's size below the parent's, a superscript's 0.38 above. (Explicit
/// spans rather than `<sub>`/`<sup>`, whose relative scaling Pango 1.50
/// resolves against the nominal, not the absolute, font size.)
enum PangoMarkup {
    static let scriptScale = 0.7
    static let subscriptDrop = 0.2
    static let superscriptRise = 0.38

    static func markup(for text: StyledText, size: Double) -> String {
        text.runs.map { run in
            var s = escape(run.text)
            if run.italic { s = "<i>\(s)</i>" }
            if run.bold { s = "<b>\(s)</b>" }
            guard !run.scripts.isEmpty else { return s }
            var runSize = size, rise = 0.0
            for script in run.scripts {
                rise += script == .sub ? -subscriptDrop * runSize : superscriptRise * runSize
                runSize *= scriptScale
            }
            let units = Double(PANGO_SCALE)
            return "<span size=\"\(Int((runSize * units).rounded()))\" rise=\"\(Int((rise * units).rounded()))\">\(s)</span>"
        }.joined()
    }

    /// `text` with the characters markup reserves escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "'": out += "&apos;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
