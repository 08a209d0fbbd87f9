import Foundation

/// How values map to the colour map's 0...1 range.
public enum ColorNorm: Hashable, Sendable {
    /// `t = (v - lo) / (hi - lo)`.
    case linear
    /// Linear on `-m ... m` with `m = max(|lo|, |hi|)`: zero sits at the centre,
    /// for signed fields with a diverging map.
    case symmetric
    /// `t = (log10 v - log10 lo) / (log10 hi - log10 lo)`; values <= 0 are not drawn.
    case log
}

/// A colour map with its norm and optional fixed limits; shared by a mark and
/// the colour bar that explains it.
public struct ColorScale: Hashable, Sendable {
    public var map: ColorMap
    public var norm: ColorNorm
    /// Value limits; nil takes the data's finite range (positive range for `.log`).
    public var limits: ClosedRange<Double>?

    /// A colour scale; defaults to viridis, linear, limits from the data.
    public init(map: ColorMap = .viridis, norm: ColorNorm = .linear, limits: ClosedRange<Double>? = nil) {
        self.map = map
        self.norm = norm
        self.limits = limits
    }

    /// The scale with its limits fixed from `values` (if not already fixed).
    public func resolved(for values: [Double]) -> ResolvedColorScale {
        var lo = 0.0, hi = 1.0
        if let limits {
            lo = limits.lowerBound
            hi = limits.upperBound
        } else if norm == .log {
            if let r = FiniteRange.of(values.lazy.filter { $0 > 0 }) { lo = r.lowerBound; hi = r.upperBound }
        } else if let r = FiniteRange.of(values) {
            lo = r.lowerBound
            hi = r.upperBound
        }
        if norm == .symmetric {
            let m = max(abs(lo), abs(hi))
            lo = -m
            hi = m
        }
        if norm == .log {
            if !(lo > 0) { lo = hi > 0 ? hi / 10 : 1 }
            if !(hi > lo) { hi = lo * 10 }
        } else if !(hi > lo) {
            // A constant field: widen like matplotlib's nonsingular limits.
            let d = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= d
            hi += d
        }
        return ResolvedColorScale(map: map, norm: norm, lower: lo, upper: hi)
    }
}

/// A colour scale with concrete limits: maps any value to a colour.
public struct ResolvedColorScale: Hashable, Sendable {
    public var map: ColorMap
    public var norm: ColorNorm
    public var lower: Double
    public var upper: Double

    /// The fraction 0...1 (unclamped) of `v` on this scale; NaN if it cannot be drawn.
    public func fraction(_ v: Double) -> Double {
        guard v.isFinite else { return .nan }
        switch norm {
        case .linear, .symmetric:
            return (v - lower) / (upper - lower)
        case .log:
            guard v > 0 else { return .nan }
            return (log10(v) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// The colour of `v` (transparent when it cannot be drawn).
    public func color(_ v: Double) -> Color { map.color(at: fraction(v)) }

    /// The axis scale a colour bar for this norm uses.
    public var axisScale: AxisScale { norm == .log ? .log : .linear }
}
