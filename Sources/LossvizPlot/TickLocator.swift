import Foundation

/// Tick positions with matplotlib's "nice numbers" rule (`MaxNLocator` with
/// `steps = [1, 2, 2.5, 5, 10]`, as used by its `AutoLocator`), and decade
/// ticks for log axes (`LogLocator`). Source: matplotlib `ticker.py`,
/// `MaxNLocator._raw_ticks` and `LogLocator.tick_values` (3.11), ported
/// step for step so the same limits give the same ticks.
public struct TickLocator: Hashable, Sendable {
    /// Acceptable tick spacings within a decade, from 1 to 10.
    public var steps: [Double]
    /// Fewest ticks to show inside the limits.
    public var minimumTicks: Int

    /// matplotlib's `AutoLocator`: steps 1, 2, 2.5, 5, 10, at least 2 ticks.
    public init(steps: [Double] = [1, 2, 2.5, 5, 10], minimumTicks: Int = 2) {
        var s = steps.filter { $0 >= 1 && $0 <= 10 }.sorted()
        if s.first != 1 { s.insert(1, at: 0) }
        if s.last != 10 { s.append(10) }
        self.steps = s
        self.minimumTicks = max(1, minimumTicks)
    }

    /// The number of intervals an axis of `length` points can hold, matplotlib's
    /// `Axis.get_tick_space` clipped to 1...9 (`nbins = "auto"`): one tick per
    /// 3 label heights along x, per 2 along y.
    public static func binCount(axisLength length: Double, fontSize: Double, horizontal: Bool) -> Int {
        let size = fontSize * (horizontal ? 3 : 2)
        guard size > 0, length.isFinite else { return 9 }
        return min(max(Int((length / size).rounded(.down)), 1), 9)
    }

    /// matplotlib's `transforms.nonsingular`: limits widened when (nearly) equal.
    static func nonsingular(_ a: Double, _ b: Double, expander: Double = 1e-13, tiny: Double = 1e-14) -> (Double, Double) {
        guard a.isFinite, b.isFinite else { return (-expander, expander) }
        var vmin = min(a, b), vmax = max(a, b)
        let maxabs = max(abs(vmin), abs(vmax))
        if maxabs < (1e6 / tiny) * Double.leastNormalMagnitude {
            return (-expander, expander)
        } else if vmax - vmin <= maxabs * tiny {
            if vmax == 0 && vmin == 0 { return (-expander, expander) }
            vmin -= expander * abs(vmin)
            vmax += expander * abs(vmax)
        }
        return (vmin, vmax)
    }

    /// Python's float `divmod(x, y)` for `y > 0`: floor quotient and remainder in `[0, y)`.
    static func pyDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, x / y)
        }
        return (floordiv, mod)
    }

    /// Linear ticks for limits `a ... b` with at most `bins` intervals inside:
    /// matplotlib's `MaxNLocator.tick_values`, including the ticks just beyond
    /// the limits that it returns (callers keep the ones inside).
    public func linearTicks(_ a: Double, _ b: Double, bins: Int) -> [Double] {
        let (vmin, vmax) = Self.nonsingular(a, b)
        let nbins = Double(max(bins, 1))
        // scale_range(vmin, vmax, nbins)
        let dv = abs(vmax - vmin)
        // Limits whose span overflows (e.g. -1e308 ... 1e308) have no finite step.
        guard dv.isFinite else { return [] }
        let meanv = (vmax + vmin) / 2
        var offset = 0.0
        if !(abs(meanv) / dv < 100) {
            offset = copysign(pow(10, (log10(abs(meanv))).rounded(.down)), meanv)
        }
        let scale = pow(10, (log10(dv / nbins)).rounded(.down))
        let lo = vmin - offset, hi = vmax - offset
        // _staircase: 0.1 * steps[:-1], steps, 10 * steps[1]
        let staircase = steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
        let extended = staircase.map { $0 * scale }
        let rawStep = (hi - lo) / nbins
        let istep = extended.firstIndex { $0 >= rawStep } ?? (extended.count - 1)
        var ticks: [Double] = []
        for step in extended[...istep].reversed() {
            let bestVmin = Self.pyDivmod(lo, step).0 * step
            let edge = EdgeInteger(step: step, offset: offset)
            let low = edge.le(lo - bestVmin)
            let high = edge.ge(hi - bestVmin)
            guard low.isFinite, high.isFinite else { continue }
            ticks = stride(from: low, through: high, by: 1).map { $0 * step + bestVmin }
            let inside = ticks.filter { $0 <= hi && $0 >= lo }.count
            if inside >= minimumTicks { break }
        }
        return ticks.map { $0 + offset }
    }

    /// matplotlib's `_Edge_integer`: integer multiples of a step, tolerant of
    /// rounding when the offset is large.
    struct EdgeInteger {
        var step: Double
        var offset: Double

        init(step: Double, offset: Double) {
            self.step = step
            self.offset = abs(offset)
        }

        func closeTo(_ ms: Double, _ edge: Double) -> Bool {
            var tol = 1e-10
            if offset > 0 {
                let digits = log10(offset / step)
                tol = min(0.4999, max(1e-10, pow(10, digits - 12)))
            }
            return abs(ms - edge) < tol
        }

        /// The largest n with n * step <= x.
        func le(_ x: Double) -> Double {
            let (d, m) = TickLocator.pyDivmod(x, step)
            return closeTo(m / step, 1) ? d + 1 : d
        }

        /// The smallest n with n * step >= x.
        func ge(_ x: Double) -> Double {
            let (d, m) = TickLocator.pyDivmod(x, step)
            return closeTo(m / step, 0) ? d : d + 1
        }
    }

    /// Decade exponents for log limits `a ... b` (both > 0) with at most `maxTicks`
    /// ticks: matplotlib's `LogLocator.tick_values` (base 10, `subs = (1,)`),
    /// including one decade beyond each end.
    public static func logDecades(_ a: Double, _ b: Double, maxTicks: Int) -> [Int] {
        guard a > 0, b > 0, a.isFinite, b.isFinite else { return [] }
        let vmin = min(a, b), vmax = max(a, b)
        var nRequest = min(max(maxTicks, 2), 9)
        let efmin = log10(vmin), efmax = log10(vmax)
        let emin = Int(efmin.rounded(.up) + 0), emax = Int(efmax.rounded(.down))
        let nAvail = emax - emin + 1
        var stride = nAvail / (nRequest + 1) + 1
        let nr = Int((Double(nAvail) / Double(stride)).rounded(.up))
        if nr <= nRequest { nRequest = nr }
        if nRequest <= 0 {
            return [emin - 1, emax + 1]
        } else if nRequest == 1 {
            let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
            stride = max(mid - (emin - 1), (emax + 1) - mid)
            return [mid - stride, mid, mid + stride]
        }
        stride = (nAvail - 1) / (nRequest - 1)
        if Double(stride) < Double(nAvail) / Double(nRequest) { stride = nAvail / nRequest }
        let olo = max(nAvail - stride * nRequest, 0)
        let ohi = min(nAvail - stride * (nRequest - 1), stride)
        var offset = ((-emin) % stride + stride) % stride
        if !(olo <= offset && offset < ohi) { offset = olo }
        return Array(Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride))
    }
}
