import Foundation

/// How figures print numbers: fixed decimals or compact coordinates, with a
/// true minus sign (U+2212) and never a negative zero.
enum FigureNumberText {
    /// `value` with `places` decimals, e.g. `fixed(0.2626, 2) == "0.26"`.
    static func fixed(_ value: Double, _ places: Int = 2) -> String {
        minusSign(String(format: "%.\(places)f", value))
    }

    /// `value` with at most `decimals` decimals and no trailing zeros (`−1`, `0.5`, `6`);
    /// `∞`, `−∞` or `undefined` when it is not finite.
    static func trimmed(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "undefined" : (value > 0 ? "∞" : "−∞") }
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return minusSign(text)
    }

    /// `value` with at most four decimals and no trailing zeros: `27`, `4.5`, `11.57`.
    static func coordinate(_ value: Double) -> String {
        trimmed(value, decimals: 4)
    }

    /// A box-like tuple of coordinates, `(−1.5, −5.5, 27, 4.5)`.
    static func tuple(_ values: [Double]) -> String {
        "(" + values.map(coordinate).joined(separator: ", ") + ")"
    }

    /// Replaces a leading `-` by `−`, and drops it when the printed number is zero.
    private static func minusSign(_ text: String) -> String {
        guard text.hasPrefix("-") else { return text }
        let magnitude = String(text.dropFirst())
        return magnitude.allSatisfy { $0 == "0" || $0 == "." } ? magnitude : "−" + magnitude
    }
}
