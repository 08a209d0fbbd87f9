#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `wiou`: Wise-IoU, v1 `L = R L_IoU`, v2 `L = (L*_IoU / mean L_IoU)^gamma R L_IoU`
/// and v3 `L = r R L_IoU`.
///
/// Source: Tong et al., "Wise-IoU: Bounding Box Regression Loss with Dynamic
/// Focusing Mechanism", arXiv 2301.10051, Eq. 8-9 (v1), the v2 section
/// (monotonic focusing) and Eq. 13-14 (v3), and the authors' code
/// (Instinct323/wiou, `iou.py`, `IouLoss._WIoU` and `_scaled_loss`):
/// - `L_IoU = 1 - IoU`, `IoU = I/(U + eps)`;
/// - `R = exp(rho^2 / (C_w^2 + C_h^2 + eps))` where the enclosing size
///   `C_w^2 + C_h^2` is detached from the gradient (the paper's `*`, the code's
///   `l2_box.detach()`), so R still pulls the centres together;
/// - `beta = L*_IoU / mean(L_IoU)`, the outlier degree, a constant for the
///   gradient (the code's `iou.detach() / iou_mean`); the running mean is a
///   parameter, 1 at the start of training in the authors' code and by default here;
/// - v2 (`monotonous=True` in the code): the factor `beta^gamma`; the code
///   hard-codes `gamma = 0.5` (`beta.sqrt()`), the default here;
/// - v3 (`monotonous=False`): `r = beta/(delta alpha^(beta - delta))`,
///   defaults `alpha = 1.9`, `delta = 3` (the code's until 11 Dec 2023; it
///   now uses 1.7 and 2.7).
public struct WiseIoULoss: BoxLoss {
    /// Which Wise-IoU: v1 (distance attention only), v2 (plus monotonic
    /// focusing) or v3 (plus non-monotonic focusing).
    public enum Version: String, CaseIterable, Sendable {
        /// `R L_IoU`, distance attention only.
        case v1
        /// `beta^gamma R L_IoU`, with monotonic focusing.
        case v2
        /// `r R L_IoU`, with non-monotonic focusing.
        case v3
    }

    /// Added to the union and to the enclosing diagonal.
    public var eps: Double
    /// v1, v2 or v3.
    public var version: Version
    /// Focusing exponent `gamma > 0` of v2.
    public var gamma: Double
    /// Focusing parameter `alpha > 0` of v3.
    public var alpha: Double
    /// Focusing parameter `delta > 0` of v3 (`r = 1` when `beta = delta`).
    public var delta: Double
    /// The running mean of `L_IoU` over training, `> 0` (v2, v3).
    public var runningMean: Double

    /// A Wise-IoU loss (defaults: eps 1e-7, v3, gamma 0.5, alpha 1.9, delta 3, running mean 1).
    public init(
        eps: Double = BoxLossDefaults.eps, version: Version = .v3, gamma: Double = 0.5,
        alpha: Double = 1.9, delta: Double = 3, runningMean: Double = 1
    ) {
        self.eps = eps
        self.version = version
        self.gamma = gamma
        self.alpha = alpha
        self.delta = delta
        self.runningMean = runningMean
    }

    /// The catalogue name, `"wiou"`.
    public var name: String { "wiou" }

    /// The Wise-IoU loss and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let iouLoss = 1 - geometry.iou(eps: eps)
        let enclosingSize = geometry.enclosingDiagonalSquared(eps: eps).value
        let attention = (geometry.centreDistanceSquared / enclosingSize).exponential
        let v1 = attention * iouLoss
        let outlierDegree = iouLoss.value / runningMean
        switch version {
        case .v1:
            return v1.evaluation
        case .v2:
            return (pow(outlierDegree, gamma) * v1).evaluation
        case .v3:
            let focus = outlierDegree / (delta * pow(alpha, outlierDegree - delta))
            return (focus * v1).evaluation
        }
    }
}
