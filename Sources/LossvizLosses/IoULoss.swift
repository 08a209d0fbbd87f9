/// `iou`: the plain IoU loss `L = 1 - IoU`, `IoU = I/(U + eps)`.
///
/// Source: Zheng et al., "Distance-IoU Loss", AAAI 2020, Eq. 2; intersection
/// and union as torchvision's `_loss_inter_union`.
public struct IoULoss: BoxLoss {
    /// Added to the union.
    public var eps: Double

    /// An IoU loss with the given `eps` (default 1e-7).
    public init(eps: Double = BoxLossDefaults.eps) {
        self.eps = eps
    }

    /// The catalogue name, `"iou"`.
    public var name: String { "iou" }

    /// `1 - IoU` and its gradient `-dIoU` (zero when the boxes do not overlap).
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        return (1 - geometry.iou(eps: eps)).evaluation
    }
}
