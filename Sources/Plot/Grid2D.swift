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

    /// The same for an array, without generic overhead (grids hold millions of values).
    static func of(_ values: [Double]) -> ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        values.withUnsafeBufferPointer { buffer in
            for v in buffer where v.isFinite {
                lo = min(lo, v)
                hi = max(hi, v)
            }
        }
        return lo <= hi ? lo...hi : nil
    }
}
