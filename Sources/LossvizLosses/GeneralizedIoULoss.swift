/// `giou`: the generalized IoU loss `L = 1 - IoU + (|C| - U)/(|C| + eps)`.
///
/// Source: Rezatofighi et al., "Generalized Intersection over Union", CVPR 2019
/// (Algorithm 1 and 2); eps placement as torchvision's `generalized_box_iou_loss`.
/// `|C|` is the area of the smallest box enclosing both, `IoU = I/(U + eps)`.
public struct GeneralizedIoULoss: BoxLoss {
    /// Added to the union and to the enclosing area in the denominator.
    public var eps: Double

    /// A GIoU loss with the given `eps` (default 1e-7).
    public init(eps: Double = BoxLossDefaults.eps) {
        self.eps = eps
    }

    /// The catalogue name, `"giou"`.
    public var name: String { "giou" }

    /// `1 - (IoU - (|C| - U)/(|C| + eps))` and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let iou = geometry.iou(eps: eps)
        let enclosingArea = geometry.enclosingWidth * geometry.enclosingHeight
        let generalizedIoU = iou - (enclosingArea - geometry.union) / (enclosingArea + eps)
        return (1 - generalizedIoU).evaluation
    }
}
