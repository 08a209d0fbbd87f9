import Foundation

/// Automatic axis limits: the union of the marks' data ranges, padded by the
/// axis margin (5 %, matplotlib's `axes.xmargin`) except at edges set by grids
/// (sticky edges), widened when degenerate. On a log axis the padding is in
/// decades and only positive values count.
enum AxisLimits {
    /// The data limits of one axis given the marks' extents along it.
    static func resolve(_ axis: Axis, ranges: [(ClosedRange<Double>, sticky: Bool)]) -> ClosedRange<Double> {
        if let fixed = axis.limits { return fixed }
        let log = axis.scale == .log
        let usable = ranges.compactMap { r, sticky -> (ClosedRange<Double>, Bool)? in
            guard log else { return (r, sticky) }
            guard r.upperBound > 0 else { return nil }
            let lower = r.lowerBound > 0 ? r.lowerBound : r.upperBound / 10
            return (lower...r.upperBound, sticky)
        }
        guard let first = usable.first else { return log ? 1...10 : 0...1 }
        var lo = first.0.lowerBound, hi = first.0.upperBound
        for (r, _) in usable.dropFirst() {
            lo = min(lo, r.lowerBound)
            hi = max(hi, r.upperBound)
        }
        let stickyLow = usable.contains { $0.1 && $0.0.lowerBound == lo }
        let stickyHigh = usable.contains { $0.1 && $0.0.upperBound == hi }
        let f: (Double) -> Double = log ? { log10($0) } : { $0 }
        let g: (Double) -> Double = log ? { pow(10, $0) } : { $0 }
        var a = f(lo), b = f(hi)
        if !(b > a) {
            // One value: widen like matplotlib (a tenth of the value, or +-1 around 0... in log: one decade).
            let d = log ? 1 : (a == 0 ? 1 : abs(a) * 0.1)
            return g(a - d)...g(b + d)
        }
        let pad = axis.margin * (b - a)
        if !stickyLow { a -= pad }
        if !stickyHigh { b += pad }
        return g(a)...g(b)
    }
}
