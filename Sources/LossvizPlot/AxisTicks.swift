import Foundation

/// The ticks of one axis at a given page length: major positions with their
/// labels, minor positions, and the `×10ⁿ` multiplier text (empty if none).
struct AxisTicks {
    var major: [Double] = []
    var labels: [String] = []
    var minor: [Double] = []
    var multiplier = ""

    /// Ticks for `axis` over limits `lower ... upper` drawn `length` points long.
    /// Linear axes use matplotlib's locator with as many intervals as the length
    /// allows (`TickLocator.binCount`), fewer if horizontal labels would touch
    /// (closer than 0.5 em). Log axes use decades; a range under two decades is
    /// labelled at 1, 2, 5 times powers of ten instead. `AxisLocator.powersOfTwo`
    /// takes the powers of two in the limits (`PowerOfTwoLocator`).
    static func make(axis: Axis, lower: Double, upper: Double, length: Double, horizontal: Bool,
                     font: Font, canvas: some Canvas) -> AxisTicks {
        let lo = min(lower, upper), hi = max(lower, upper)
        func inside(_ v: Double) -> Bool {
            let slack = 1e-9 * (axis.scale == .log ? abs(log10(hi / lo)) * v : (hi - lo))
            return v >= lo - slack && v <= hi + slack
        }
        if let fixed = axis.ticks {
            var t = AxisTicks()
            for (k, v) in fixed.enumerated() where inside(v) {
                t.major.append(v)
                if let labels = axis.tickLabels, k < labels.count { t.labels.append(labels[k]) }
            }
            if axis.tickLabels == nil {
                let f = axis.scale == .log ? logLabels(t.major) : TickFormatter().linearLabels(t.major)
                t.labels = f.labels
                t.multiplier = f.multiplier
            }
            return t
        }
        if axis.locator == .powersOfTwo {
            var t = AxisTicks()
            t.major = PowerOfTwoLocator.values(from: lo, to: hi).filter(inside)
            t.labels = t.major.map(PowerOfTwoLocator.label)
            return t
        }
        var bins = TickLocator.binCount(axisLength: length, fontSize: font.size, horizontal: horizontal)
        while true {
            var t = AxisTicks()
            switch axis.scale {
            case .linear:
                t.major = TickLocator().linearTicks(lo, hi, bins: bins).filter(inside)
                let f = TickFormatter().linearLabels(t.major)
                t.labels = f.labels
                t.multiplier = f.multiplier
            case .log:
                t = logTicks(lo, hi, maxTicks: bins, inside: inside)
            }
            if bins <= 1 || !t.crowded(length: length, lower: lo, upper: hi, scale: axis.scale, horizontal: horizontal,
                                       font: font, canvas: canvas) {
                return t
            }
            bins -= 1
        }
    }

    /// Whether neighbouring labels come closer than 0.5 em along the axis.
    func crowded(length: Double, lower: Double, upper: Double, scale: AxisScale, horizontal: Bool, font: Font,
                 canvas: some Canvas) -> Bool {
        guard major.count >= 2 else { return false }
        let map = AxisMap(scale: scale, lower: lower, upper: upper, start: 0, end: length)
        for k in 1..<major.count {
            let gap = abs(map.page(major[k]) - map.page(major[k - 1]))
            let need: Double
            if horizontal {
                let a = canvas.measure(labels[k - 1], font: font).advance, b = canvas.measure(labels[k], font: font).advance
                need = (a + b) / 2 + 0.5 * font.size
            } else {
                need = 1.2 * font.size
            }
            if gap < need { return true }
        }
        return false
    }

    static func logTicks(_ lo: Double, _ hi: Double, maxTicks: Int, inside: (Double) -> Bool) -> AxisTicks {
        var t = AxisTicks()
        let decades = TickLocator.logDecades(lo, hi, maxTicks: max(maxTicks, 2))
        let visible = decades.filter { inside(pow(10, Double($0))) }
        let e0 = Int(log10(lo).rounded(.down)), e1 = Int(log10(hi).rounded(.up))
        if visible.count >= 2 {
            t.major = visible.map { pow(10, Double($0)) }
            t.labels = visible.map(TickFormatter.decade)
            let stride = decades.count >= 2 ? decades[1] - decades[0] : 1
            if stride == 1 && e1 - e0 < 10 {
                for e in e0...e1 {
                    for s in 2...9 {
                        let v = Double(s) * pow(10, Double(e))
                        if inside(v) { t.minor.append(v) }
                    }
                }
            }
            return t
        }
        // Under two decades: label 1, 2, 5 (or every 1..9) times the powers of ten.
        for subs in [[1.0, 2, 5], [1.0, 2, 3, 4, 5, 6, 7, 8, 9]] {
            var major: [Double] = []
            var minor: [Double] = []
            for e in (e0 - 1)...(e1 + 1) {
                for s in 1...9 {
                    let v = Double(s) * pow(10, Double(e))
                    guard inside(v) else { continue }
                    if subs.contains(Double(s)) { major.append(v) } else { minor.append(v) }
                }
            }
            t.major = major
            t.minor = minor
            if major.count >= 2 { break }
        }
        t.labels = logLabels(t.major).labels
        return t
    }

    /// Labels for log-axis ticks: `10ⁿ` for exact decades when all are decades,
    /// else compact decimal numbers.
    static func logLabels(_ values: [Double]) -> TickFormatter.Labels {
        let exponents = values.map { log10($0) }
        if exponents.allSatisfy({ abs($0 - $0.rounded()) < 1e-9 }) {
            return TickFormatter.Labels(labels: exponents.map { TickFormatter.decade(Int($0.rounded())) }, multiplier: "")
        }
        return TickFormatter.Labels(labels: values.map { TickFormatter.compact($0) }, multiplier: "")
    }
}
