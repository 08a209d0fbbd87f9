/// `ciou`: the complete IoU loss `L = 1 - IoU + rho^2/c^2 + alpha v`.
///
/// Source: Zheng et al., "Distance-IoU Loss", AAAI 2020, Eq. 10-11, as
/// torchvision's `complete_box_iou_loss`:
/// `v = 4/pi^2 (atan(w_t/h_t) - atan(w/h))^2`, `alpha = v/((1 - IoU) + v + eps)`,
/// and `alpha` is a constant for the gradient (torchvision computes it under
/// `no_grad`). With `alphaGate` (the journal version's code and mmdet),
/// `alpha = 0` whenever `IoU <= 0.5`.
///
/// One difference from torchvision: torchvision's DIoU part always uses its
/// default eps (it does not pass `eps` on); here `eps` applies throughout.
/// With the default eps the two agree.
public struct CompleteIoULoss: BoxLoss {
    /// Added to the union, to `c^2` and to the denominator of `alpha`.
    public var eps: Double
    /// Zero the aspect-ratio term when `IoU <= 0.5`.
    public var alphaGate: Bool

    /// A CIoU loss with the given `eps` (default 1e-7) and alpha gate (default off).
    public init(eps: Double = BoxLossDefaults.eps, alphaGate: Bool = false) {
        self.eps = eps
        self.alphaGate = alphaGate
    }

    /// The catalogue name, `"ciou"`.
    public var name: String { "ciou" }

    /// `1 - IoU + rho^2/c^2 + alpha v` and its autograd gradient (`alpha` held constant).
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let iou = geometry.iou(eps: eps)
        let distanceLoss = 1 - iou + geometry.centreDistanceSquared / geometry.enclosingDiagonalSquared(eps: eps)
        let v = geometry.aspectRatioConsistency
        let alpha = alphaGate && !(iou.value > 0.5) ? 0 : v.value / (1 - iou.value + v.value + eps)
        return (distanceLoss + alpha * v).evaluation
    }
}

