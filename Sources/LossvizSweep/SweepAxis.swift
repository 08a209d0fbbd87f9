#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The values one sweep parameter takes, in increasing order.
public struct SweepAxis: Hashable, Sendable {
    /// The sample values.
    public var values: [Double]

    /// An axis with explicit values.
    public init(values: [Double]) {
        self.values = values
    }

    /// `count` values evenly spaced from `lower` to `upper` inclusive:
    /// `lower + (upper - lower) * i/(count - 1)`.
    public static func linear(from lower: Double, to upper: Double, count: Int) throws(SweepError) -> SweepAxis {
        try check(lower, upper, count, logarithmic: false)
        if count == 1 { return SweepAxis(values: [lower]) }
        return SweepAxis(values: (0..<count).map { i in
            i == count - 1 ? upper : lower + (upper - lower) * Double(i) / Double(count - 1)
        })
    }

    /// `count` values evenly spaced in `log` from `lower` to `upper` inclusive
    /// (both positive): `lower * (upper/lower)^(i/(count - 1))`.
    public static func logarithmic(from lower: Double, to upper: Double, count: Int) throws(SweepError) -> SweepAxis {
        try check(lower, upper, count, logarithmic: true)
        if count == 1 { return SweepAxis(values: [lower]) }
        let ratio = log(upper / lower)
        return SweepAxis(values: (0..<count).map { i in
            i == count - 1 ? upper : lower * exp(ratio * Double(i) / Double(count - 1))
        })
    }

    private static func check(_ lower: Double, _ upper: Double, _ count: Int, logarithmic: Bool) throws(SweepError) {
        guard count >= 1 else { throw .tooFewSamples(count) }
        guard lower.isFinite, upper.isFinite, (upper - lower).isFinite, lower < upper || (count == 1 && lower == upper) else {
            throw .badRange(lower: lower, upper: upper)
        }
        if logarithmic && lower <= 0 { throw .nonPositiveLogRange(lower: lower, upper: upper) }
    }
}

/// Why a sweep (a curve or a field) cannot be computed as asked.
public enum SweepError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer samples than the sweep needs.
    case tooFewSamples(Int)
    /// The bounds are not finite or not increasing.
    case badRange(lower: Double, upper: Double)
    /// A log-spaced range with a bound <= 0.
    case nonPositiveLogRange(lower: Double, upper: Double)
    /// The target or the prediction is not a valid box.
    case invalidBox(what: String, box: CentreFormBox)
    /// A size parameter (width, height, scale, aspect) is not positive.
    case parameterOutOfDomain(parameter: String, value: Double)
    /// Fewer than one worker thread.
    case nonPositiveThreadCount(Int)
    /// A multi-class curve with no classes.
    case noClasses

    public var description: String {
        switch self {
        case let .tooFewSamples(n):
            return "\(n) samples; a sweep needs at least 1 (a range at least 2)"
        case let .badRange(lower, upper):
            return "range \(lower):\(upper) is invalid; give finite bounds with lower < upper (and a finite width upper − lower)"
        case let .nonPositiveLogRange(lower, upper):
            return "range \(lower):\(upper) is on a log scale; both bounds must be positive"
        case let .invalidBox(what, box):
            return "the \(what) box \(box) is invalid; it needs a finite centre and positive finite width and height"
        case let .parameterOutOfDomain(parameter, value):
            return "\(parameter) = \(value) gives no valid box; \(parameter) must be positive"
        case let .nonPositiveThreadCount(n):
            return "thread count is \(n); it must be at least 1"
        case .noClasses:
            return "a multi-class curve needs at least 1 class"
        }
    }
}
