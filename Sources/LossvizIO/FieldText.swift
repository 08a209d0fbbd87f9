/// A field's text as error messages show it: quoted, control characters
/// escaped, and cut to its first 40 characters (with the total length) so
/// that a huge field is never echoed in full.
public enum FieldText {
    /// The most characters shown.
    public static let shownCharacters = 40

    /// `'text'`, escaped and shortened.
    public static func quoted(_ text: String) -> String {
        var shown = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == shownCharacters {
                return "'\(shown)...' (\(text.utf8.count) bytes)"
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return "'\(shown)'"
    }
}
