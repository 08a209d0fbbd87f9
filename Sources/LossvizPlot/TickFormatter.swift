import Foundation

/// Tick labels without float noise: every label of an axis gets the same,
/// smallest number of decimals that tells the ticks apart exactly (0.1, not
/// 0.10000000000000001; 0.0, 0.5, 1.0), a true minus sign (U+2212), and a
/// common `×10ⁿ` multiplier when the ticks' order of magnitude is at most -5
/// or at least 6 (matplotlib's `axes.formatter.limits = [-5, 6]`).
public struct TickFormatter: Hashable, Sendable {
    /// Labels for a set of ticks plus the multiplier text shown at the axis end
    /// (empty when none).
    public struct Labels: Hashable, Sendable {
        public var labels: [String]
        public var multiplier: String
    }

    /// A `×10ⁿ` multiplier is used when the largest tick's order of magnitude
    /// is at most `lowerPowerLimit` or at least `upperPowerLimit`.
    public var lowerPowerLimit: Int
    public var upperPowerLimit: Int

    /// A formatter with matplotlib's defaults, limits -5 and 6.
    public init(lowerPowerLimit: Int = -5, upperPowerLimit: Int = 6) {
        self.lowerPowerLimit = lowerPowerLimit
        self.upperPowerLimit = upperPowerLimit
    }

    /// Labels for the linear ticks `values`.
    public func linearLabels(_ values: [Double]) -> Labels {
        let finite = values.filter(\.isFinite)
        guard let maxAbs = finite.map(abs).max(), maxAbs > 0 else {
            return Labels(labels: values.map { _ in "0" }, multiplier: "")
        }
        let oom = Int(log10(maxAbs).rounded(.down))
        var power = 0
        if oom <= lowerPowerLimit || oom >= upperPowerLimit { power = oom }
        let scaled = values.map { $0 / pow(10, Double(power)) }
        let decimals = Self.decimals(for: scaled)
        let labels = scaled.map { Self.format($0, decimals: decimals) }
        return Labels(labels: labels, multiplier: power == 0 ? "" : "×10" + Self.superscript(power))
    }

    /// The fewest decimals (0...12) with which every value is written to within
    /// 1e-9 of the smallest gap between values (or of its own size).
    public static func decimals(for values: [Double]) -> Int {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return 0 }
        let sorted = finite.sorted()
        var gap = Double.infinity
        for k in 1..<max(sorted.count, 1) where sorted[k] - sorted[k - 1] > 0 {
            gap = min(gap, sorted[k] - sorted[k - 1])
        }
        if !gap.isFinite { gap = finite.map(abs).max() ?? 1 }
        if gap == 0 { return 0 }
        let tolerance = 1e-9 * gap
        for d in 0...12 {
            let m = pow(10, Double(d))
            if finite.allSatisfy({ abs(($0 * m).rounded() / m - $0) <= tolerance }) { return d }
        }
        return 12
    }

    /// `v` with `decimals` decimals, a U+2212 minus sign and no negative zero.
    public static func format(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "∞" : "−∞") }
        var s = String(format: "%.\(max(0, decimals))f", v)
        if s.hasPrefix("-") {
            let body = s.dropFirst()
            s = body.allSatisfy { $0 == "0" || $0 == "." } ? String(body) : "−" + body
        }
        return s
    }

    /// A short label for a single value (contour levels, annotations): up to
    /// `significant` significant digits, no trailing zeros, U+2212 minus, and
    /// `a×10ⁿ` form outside 1e-4 ... 1e6.
    public static func compact(_ v: Double, significant: Int = 3) -> String {
        guard v.isFinite, v != 0 else { return v == 0 ? "0" : format(v, decimals: 0) }
        let oom = Int(log10(abs(v)).rounded(.down))
        if oom < -4 || oom >= 6 {
            let mantissa = v / pow(10, Double(oom))
            return compact(mantissa, significant: significant) + "×10" + superscript(oom)
        }
        let decimals = max(0, significant - 1 - oom)
        var s = format(v, decimals: decimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// Label for the decade `10^exponent` on a log axis: `10⁻³`, `10⁰`, `10²`.
    public static func decade(_ exponent: Int) -> String { "10" + superscript(exponent) }

    /// `n` in Unicode superscript digits with a superscript minus (U+207B).
    public static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(n)).map { digits[Int(String($0)) ?? 0] }
        return (n < 0 ? "⁻" : "") + String(body)
    }
}
