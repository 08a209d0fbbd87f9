#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The logistic sigmoid and its companions, computed without overflow or
/// cancellation for any finite logit.
public enum LogisticFunction {
    /// `s(z) = 1/(1 + e^-z)`, evaluated through `e^-|z|` so it never overflows;
    /// `s(-z) = 1 - s(z)` is exact to rounding even where `s(z)` rounds to 1.
    @inlinable
    public static func sigmoid(_ z: Double) -> Double {
        let e = exp(-abs(z))
        return z >= 0 ? 1 / (1 + e) : e / (1 + e)
    }

    /// Binary cross-entropy on a logit, `-(t ln s(z) + (1 - t) ln(1 - s(z)))`,
    /// as `(max(z, 0) - t z) + ln(1 + e^-|z|)`: no overflow, and the first
    /// bracket is exact for `t` in `{0, 1}` so tiny losses keep their digits.
    @inlinable
    public static func crossEntropy(logit z: Double, target t: Double) -> Double {
        (max(z, 0) - t * z) + log1p(exp(-abs(z)))
    }
}
