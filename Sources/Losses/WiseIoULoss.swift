#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `wiou`: Wise-IoU, v1 `L = R L_IoU` and v3 `L = r R L_IoU`.
///
/// Source: Tong et al., "Wise-IoU: Bounding Box Regression Loss with Dynamic
/// Focusing Mechanism", arXiv 2301.10051, Eq. 8-9 (v1) and 13-14 (v3), and the
/// authors' code (Instinct323/wiou, `iou.py`):
/// - `L_IoU = 1 - IoU`, `IoU = I/(U + eps)`;
/// - `R = exp(rho^2 / (C_w^2 + C_h^2 + eps))` where the enclosing size
///   `C_w^2 + C_h^2` is detached from the gradient (the paper's `*`, the code's
///   `l2_box.detach()`), so R still pulls the centres together;
/// - v3: `r = beta/(delta alpha^(beta - delta))`, `beta = L_IoU/mean(L_IoU)` a
///   constant for the gradient (outlier degree), the running mean a parameter.
///   Defaults `alpha = 1.9`, `delta = 3`; the running mean starts at 1 in the
///   authors' code, which is the default here.
public struct WiseIoULoss: BoxLoss {
    /// Which Wise-IoU: v1 (distance attention only) or v3 (plus non-monotonic focusing).
    public enum Version: Int, CaseIterable, Sendable {
        /// `R L_IoU`, distance attention only.
        case v1 = 1
        /// `r R L_IoU`, with non-monotonic focusing.
        case v3 = 3
    }

    /// Added to the union and to the enclosing diagonal.
    public var eps: Double
    /// v1 or v3.
    public var version: Version
    /// Focusing parameter `alpha > 0` of v3.
    public var alpha: Double
    /// Focusing parameter `delta > 0` of v3 (`r = 1` when `beta = delta`).
    public var delta: Double
    /// The running mean of `L_IoU` over training, `> 0` (v3).
    public var runningMean: Double

    /// A Wise-IoU loss (defaults: eps 1e-7, v3, alpha 1.9, delta 3, running mean 1).
    public init(
        eps: Double = BoxLossDefaults.eps, version: Version = .v3,
        alpha: Double = 1.9, delta: Double = 3, runningMean: Double = 1
    ) {
        self.eps = eps
        self.version = version
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
        switch version {
        case .v1:
            return v1.evaluation
        case .v3:
            let outlierDegree = iouLoss.value / runningMean
            let focus = outlierDegree / (delta * pow(alpha, outlierDegree - delta))
            return (focus * v1).evaluation
        }
    }
}
