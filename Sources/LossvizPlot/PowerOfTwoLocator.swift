import Foundation

/// Ticks at powers of two for log axes of ratios (scale, aspect):
/// `…, 1/4, 1/2, 1, 2, 4, …`, labelled as fractions rather than decimals.
/// matplotlib's `LogLocator(base=2)` with `subs=(1.0,)`, thinned as its
/// `numticks` thins decades: every second power once more than 7 would show,
/// keeping `2^0 = 1` among them. `AxisLocator.powersOfTwo` plugs it into an axis.
public enum PowerOfTwoLocator {
    /// The most powers of two shown before every second one is dropped.
    public static let maximumTicks = 7

    /// The powers of two in `lower ... upper` (every second one when there
    /// would be more than `maximumTicks`, keeping 1 among them); none unless
    /// `0 < lower < upper`.
    public static func values(from lower: Double, to upper: Double) -> [Double] {
        guard lower > 0, upper > lower else { return [] }
        let first = Int(ceil(log2(lower) - 1e-9)), last = Int(floor(log2(upper) + 1e-9))
        guard first <= last else { return [] }
        let step = last - first + 1 > maximumTicks ? 2 : 1
        return (first...last).filter { ($0 % step + step) % step == 0 }.map { exp2(Double($0)) }
    }

    /// `2^k` as `"4"` for `k >= 0` and `"1/4"` for `k < 0`.
    public static func label(_ value: Double) -> String {
        let k = Int(log2(value).rounded())
        return k >= 0 ? String(1 << k) : "1/\(1 << -k)"
    }
}
