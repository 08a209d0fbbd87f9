#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `focal-l1`: the focal L1 loss of the Focal-EIoU paper, on `x = |residual|`.
///
/// Source: Zhang et al., "Focal and Efficient IOU Loss", Neurocomputing 2022,
/// Eq. 11-12:
/// `L = -alpha x^2 (2 ln(beta x) - 1)/4` for `0 < x <= 1`,
/// `L = -alpha ln(beta) x + C` for `x > 1`, `C = (2 alpha ln(beta) + alpha)/4`
/// (continuity at 1), `1/e <= beta <= 1`. The gradient magnitude
/// `-alpha x ln(beta x)` (`-alpha ln(beta)` above 1) peaks at `x = 1/(e beta)`;
/// the derivative with respect to the residual carries its sign. At `x = 0`
/// value and derivative are their limits, 0.
public struct FocalL1Loss: ElementWiseLoss {
    /// Scale `alpha > 0`.
    public var alpha: Double
    /// Focus `beta` in `[1/e, 1]`.
    public var beta: Double

    /// A focal L1 loss (defaults: alpha 1, beta 1/e, the pair for which the
    /// gradient magnitude above 1 is 1, as for L1).
    public init(alpha: Double = 1, beta: Double = FocalL1Loss.defaultBeta) {
        self.alpha = alpha
        self.beta = beta
    }

    /// `1/e`, the default and smallest `beta`.
    public static let defaultBeta: Double = exp(-1)

    /// The catalogue name, `"focal-l1"`.
    public var name: String { "focal-l1" }

    /// Value and derivative at the residual `x`.
    @inlinable
    public func evaluate(_ residual: Double) -> ScalarLossEvaluation {
        let x = abs(residual)
        if x == 0 { return ScalarLossEvaluation(value: 0, derivative: 0) }
        if x <= 1 {
            // log(beta) + log(x), not log(beta x): beta x underflows to 0 for the
            // smallest subnormal x, and log(0) would make the value NaN.
            let logarithm = log(beta) + log(x)
            return ScalarLossEvaluation(
                value: -alpha * x * x * (2 * logarithm - 1) / 4,
                derivative: residual.signum * (-alpha * x * logarithm)
            )
        }
        let logBeta = log(beta)
        let constant = (2 * alpha * logBeta + alpha) / 4
        return ScalarLossEvaluation(value: -alpha * logBeta * x + constant, derivative: residual.signum * (-alpha * logBeta))
    }
}
