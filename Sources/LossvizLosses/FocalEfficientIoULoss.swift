#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `focal-eiou`: `L = IoU^gamma * L_EIoU`, the final form of the Focal-EIoU loss.
///
/// Source: Zhang et al., "Focal and Efficient IOU Loss", Neurocomputing 2022,
/// Eq. 14. `IoU^gamma` is a constant for the gradient (it re-weights samples,
/// it is not minimised). Default `gamma = 0.5`.
public struct FocalEfficientIoULoss: BoxLoss {
    /// Added to the union, `c^2`, `C_w^2` and `C_h^2`.
    public var eps: Double
    /// Focusing exponent on IoU, `gamma >= 0`.
    public var gamma: Double

    /// A Focal-EIoU loss (defaults: eps 1e-7, gamma 0.5).
    public init(eps: Double = BoxLossDefaults.eps, gamma: Double = 0.5) {
        self.eps = eps
        self.gamma = gamma
    }

    /// The catalogue name, `"focal-eiou"`.
    public var name: String { "focal-eiou" }

    /// `IoU^gamma L_EIoU` and its gradient `IoU^gamma dL_EIoU`.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let iou = geometry.iou(eps: eps)
        return (pow(iou.value, gamma) * geometry.efficientIoULoss(iou: iou, eps: eps)).evaluation
    }
}
