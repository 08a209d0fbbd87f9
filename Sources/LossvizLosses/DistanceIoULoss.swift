/// `diou`: the distance IoU loss `L = 1 - IoU + rho^2/c^2`.
///
/// Source: Zheng et al., "Distance-IoU Loss", AAAI 2020, Eq. 7; eps placement as
/// torchvision's `distance_box_iou_loss`: `IoU = I/(U + eps)`,
/// `c^2 = C_w^2 + C_h^2 + eps`, `rho^2` the squared distance of the centres.
public struct DistanceIoULoss: BoxLoss {
    /// Added to the union and to `c^2`.
    public var eps: Double

    /// A DIoU loss with the given `eps` (default 1e-7).
    public init(eps: Double = BoxLossDefaults.eps) {
        self.eps = eps
    }

    /// The catalogue name, `"diou"`.
    public var name: String { "diou" }

    /// `1 - IoU + rho^2/c^2` and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let loss = 1 - geometry.iou(eps: eps)
            + geometry.centreDistanceSquared / geometry.enclosingDiagonalSquared(eps: eps)
        return loss.evaluation
    }
}
