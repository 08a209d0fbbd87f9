import CPangoCairo

/// The font families installed on this machine, as fontconfig reports them
/// through Pango.
public enum FontFamilies {
    /// The family every figure uses unless told otherwise.
    public static let defaultFamily = PangoText.defaultFamily

    /// Every installed family name, sorted.
    public static func installed() -> [String] {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(pango_cairo_font_map_get_default(), &families, &count)
        guard let families else { return [] }
        defer { g_free(families) }
        return (0..<Int(count)).compactMap { i in
            families[i].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }.sorted()
    }

    /// Whether `family` is installed (names compare case-insensitively, as fontconfig does).
    public static func isInstalled(_ family: String) -> Bool {
        let wanted = family.lowercased()
        return installed().contains { $0.lowercased() == wanted }
    }
}
