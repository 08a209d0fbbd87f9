#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `focal`: the sigmoid focal loss `L = a_t (1 - p_t)^gamma BCE(z, t)`.
///
/// Source: Lin et al., "Focal Loss for Dense Object Detection", ICCV 2017,
/// Eq. 5, as torchvision's `sigmoid_focal_loss`: `p = s(z)`,
/// `p_t = p t + (1 - p)(1 - t)`, `a_t = alpha t + (1 - alpha)(1 - t)` when
/// `alpha >= 0` (no weighting when `alpha < 0`; torchvision uses -1).
/// Defaults `alpha = 0.25`, `gamma = 2`.
///
/// `1 - p_t = t s(-z) + (1 - t) s(z)` is computed without cancellation, so
/// extreme logits keep their digits; where `1 - p_t` underflows to 0 the
/// derivative takes its limit (PyTorch returns NaN there when `gamma < 1`).
public struct SigmoidFocalLoss: BinaryClassificationLoss {
    /// Class balance `alpha` in `[0, 1]`, or negative for none.
    public var alpha: Double
    /// Focusing exponent `gamma >= 0`.
    public var gamma: Double

    /// A sigmoid focal loss (defaults: alpha 0.25, gamma 2).
    public init(alpha: Double = 0.25, gamma: Double = 2) {
        self.alpha = alpha
        self.gamma = gamma
    }

    /// The catalogue name, `"focal"`.
    public var name: String { "focal" }

    /// Value and `dL/dz = a_t ((p - t) m + BCE gamma (1 - p_t)^(gamma-1) (1 - 2t) p (1 - p))`,
    /// `m = (1 - p_t)^gamma`.
    @inlinable
    public func evaluate(logit: Double, target: Double) -> ScalarLossEvaluation {
        let p = LogisticFunction.sigmoid(logit)
        let q = LogisticFunction.sigmoid(-logit)
        let crossEntropy = LogisticFunction.crossEntropy(logit: logit, target: target)
        let crossEntropySlope = (1 - target) * p - target * q
        let miss = target * q + (1 - target) * p
        let modulation = gamma == 0 ? 1 : pow(miss, gamma)
        // d(miss^gamma)/dz = gamma miss^gamma (p q / miss) (1 - 2t); p q/miss <= 1.
        let modulationSlope = gamma == 0 || miss == 0 ? 0 : gamma * modulation * (p * q / miss) * (1 - 2 * target)
        let weight = alpha >= 0 ? alpha * target + (1 - alpha) * (1 - target) : 1
        return ScalarLossEvaluation(
            value: weight * crossEntropy * modulation,
            derivative: weight * (crossEntropySlope * modulation + crossEntropy * modulationSlope)
        )
    }
}
