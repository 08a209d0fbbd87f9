import Foundation

/// How the curve figures print a computed number: at most `decimals`
/// decimals, trailing zeros dropped, and a typographic minus sign (−).
enum PrintedNumber {
    /// `value` with at most `decimals` decimals, e.g. `−1`, `0.5`, `6`.
    static func text(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "undefined" : (value > 0 ? "∞" : "−∞") }
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text.replacingOccurrences(of: "-", with: "−")
    }
}
