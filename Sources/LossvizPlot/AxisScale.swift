import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: Hashable, Sendable {
    /// Position proportional to the value.
    case linear
    /// Position proportional to `log10` of the value; values <= 0 are not drawn.
    case log

    /// The value in the scale's linear space (`log10 v` for `.log`, NaN for v <= 0).
    public func forward(_ v: Double) -> Double {
        switch self {
        case .linear: return v
        case .log: return v > 0 ? log10(v) : .nan
        }
    }

    /// The inverse of `forward`.
    public func inverse(_ u: Double) -> Double {
        switch self {
        case .linear: return u
        case .log: return pow(10, u)
        }
    }
}

/// The mapping of one axis from data values to page coordinates: data limits
/// `lower ... upper` (in data units) onto page positions `start ... end`.
/// An inverted axis simply has `start` and `end` swapped by its owner.
public struct AxisMap: Hashable, Sendable {
    public var scale: AxisScale
    public var lower: Double
    public var upper: Double
    public var start: Double
    public var end: Double

    /// A map from `lower...upper` under `scale` onto page `start...end`.
    public init(scale: AxisScale, lower: Double, upper: Double, start: Double, end: Double) {
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
    }

    /// The page position of data value `v` (NaN when the scale cannot show it).
    public func page(_ v: Double) -> Double {
        let a = scale.forward(lower), b = scale.forward(upper)
        return start + (scale.forward(v) - a) / (b - a) * (end - start)
    }

    /// The data value at page position `p`.
    public func data(_ p: Double) -> Double {
        let a = scale.forward(lower), b = scale.forward(upper)
        return scale.inverse(a + (p - start) / (end - start) * (b - a))
    }

    /// Whether `v` lies within the limits (with a relative slack of 1e-10 of the span).
    public func contains(_ v: Double) -> Bool {
        let a = scale.forward(lower), b = scale.forward(upper), u = scale.forward(v)
        let slack = 1e-10 * abs(b - a)
        return u >= min(a, b) - slack && u <= max(a, b) + slack
    }

    /// Page length of the axis.
    public var length: Double { abs(end - start) }
}
