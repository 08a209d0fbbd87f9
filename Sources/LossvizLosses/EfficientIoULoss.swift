/// `eiou`: the efficient IoU loss
/// `L = 1 - IoU + rho^2/c^2 + (w - w_t)^2/C_w^2 + (h - h_t)^2/C_h^2`.
///
/// Source: Zhang et al., "Focal and Efficient IOU Loss for Accurate Bounding Box
/// Regression", Neurocomputing 2022, Eq. 9. eps is added to the union, to `c^2`
/// and to `C_w^2`, `C_h^2` (as torchvision adds it to `c^2`).
/// (mmdet's `EIoULoss` is a different loss, "Extended IoU".)
public struct EfficientIoULoss: BoxLoss {
    /// Added to the union, `c^2`, `C_w^2` and `C_h^2`.
    public var eps: Double

    /// An EIoU loss with the given `eps` (default 1e-7).
    public init(eps: Double = BoxLossDefaults.eps) {
        self.eps = eps
    }

    /// The catalogue name, `"eiou"`.
    public var name: String { "eiou" }

    /// `L_EIoU` and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        return geometry.efficientIoULoss(iou: geometry.iou(eps: eps), eps: eps).evaluation
    }
}

extension BoxPairGeometry {
    /// `1 - IoU + rho^2/c^2 + (w - w_t)^2/(C_w^2 + eps) + (h - h_t)^2/(C_h^2 + eps)`,
    /// given `iou = iou(eps: eps)` (Focal-EIoU needs it too, so it is computed once).
    @inlinable
    func efficientIoULoss(iou: BoxDual, eps: Double) -> BoxDual {
        1 - iou
            + centreDistanceSquared / enclosingDiagonalSquared(eps: eps)
            + (width - targetWidth).squared / (enclosingWidth.squared + eps)
            + (height - targetHeight).squared / (enclosingHeight.squared + eps)
    }
}
