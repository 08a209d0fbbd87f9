/// Values sampled on a rectilinear grid: `values[j * xs.count + i]` is the value
/// at `(xs[i], ys[j])`. `xs` and `ys` must be strictly increasing; the heatmap
/// treats each sample as the centre of a cell (matplotlib `pcolormesh(shading:
/// "nearest")`), contours and streamlines interpolate between samples.
///
/// Plot's own grid type, so that Plot depends on nothing above it; Sweep's
/// fields convert to it in the figure recipes.
public struct Grid2D: Hashable, Sendable {
    public var xs: [Double]
    public var ys: [Double]
    public var values: [Double]

    /// A grid from its axes and row-major values (row `j` holds `y = ys[j]`).
    /// A count mismatch is reported by `validate()` when the figure is drawn.
    public init(xs: [Double], ys: [Double], values: [Double]) {
        self.xs = xs
        self.ys = ys
        self.values = values
    }

    /// A grid filled by evaluating `f(x, y)` at every node.
    public init(xs: [Double], ys: [Double], _ f: (Double, Double) -> Double) {
        self.xs = xs
        self.ys = ys
        var v: [Double] = []
        v.reserveCapacity(xs.count * ys.count)
        for y in ys { for x in xs { v.append(f(x, y)) } }
        values = v
    }

    /// `count` evenly spaced values from `a` to `b` inclusive (numpy `linspace`).
    public static func linspace(_ a: Double, _ b: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [a] : [] }
        let step = (b - a) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? b : a + Double($0) * step }
    }

    public var columns: Int { xs.count }
    public var rows: Int { ys.count }

    /// The value at column `i`, row `j`.
    public subscript(i: Int, j: Int) -> Double { values[j * xs.count + i] }

    /// The finite values' minimum and maximum (nil if none is finite).
    public var finiteRange: ClosedRange<Double>? { FiniteRange.of(values) }

    /// Throws if the value count is not `xs.count * ys.count`, the grid is smaller
    /// than 2 x 2, or an axis is not strictly increasing and finite.
    public func validate(_ what: String) throws(PlotError) {
        guard xs.count >= 2, ys.count >= 2 else {
            throw .invalidData("\(what): the grid needs at least 2 x 2 nodes, got \(xs.count) x \(ys.count)")
        }
        guard values.count == xs.count * ys.count else {
            throw .invalidData("\(what): \(values.count) values for a \(xs.count) x \(ys.count) grid (need \(xs.count * ys.count))")
        }
        for (name, axis) in [("xs", xs), ("ys", ys)] {
            for k in 1..<axis.count where !(axis[k] > axis[k - 1]) || !axis[k].isFinite || !axis[k - 1].isFinite {
                throw .invalidData("\(what): \(name) must be finite and strictly increasing; \(name)[\(k - 1)] = \(axis[k - 1]), \(name)[\(k)] = \(axis[k])")
            }
        }
    }
}

/// The range of the finite values of a sequence.
enum FiniteRange {
    /// Minimum and maximum of the finite elements, nil if there are none.
    static func of<S: Sequence<Double>>(_ values: S) -> ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite {
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        return lo <= hi ? lo...hi : nil
    }

    /// The same for an array, fast: four independent running minima and maxima
    /// (NaN never compares smaller or larger, so it is skipped for free); only
    /// if an infinity turns up is the array scanned again with the finiteness test.
    static func of(_ values: [Double]) -> ClosedRange<Double>? {
        var lo = (Double.infinity, Double.infinity, Double.infinity, Double.infinity)
        var hi = (-Double.infinity, -Double.infinity, -Double.infinity, -Double.infinity)
        values.withUnsafeBufferPointer { b in
            let n4 = b.count / 4 * 4
            var k = 0
            while k < n4 {
                let v0 = b[k], v1 = b[k + 1], v2 = b[k + 2], v3 = b[k + 3]
                if v0 < lo.0 { lo.0 = v0 }
                if v1 < lo.1 { lo.1 = v1 }
                if v2 < lo.2 { lo.2 = v2 }
                if v3 < lo.3 { lo.3 = v3 }
                if v0 > hi.0 { hi.0 = v0 }
                if v1 > hi.1 { hi.1 = v1 }
                if v2 > hi.2 { hi.2 = v2 }
                if v3 > hi.3 { hi.3 = v3 }
                k += 4
            }
            while k < b.count {
                if b[k] < lo.0 { lo.0 = b[k] }
                if b[k] > hi.0 { hi.0 = b[k] }
                k += 1
            }
        }
        let l = Swift.min(Swift.min(lo.0, lo.1), Swift.min(lo.2, lo.3))
        let h = Swift.max(Swift.max(hi.0, hi.1), Swift.max(hi.2, hi.3))
        if l.isFinite && h.isFinite { return l...h }
        return of(values.lazy)
    }
}
