/// `inner-iou`: `L = 1 - IoU_inner`, the IoU of auxiliary boxes scaled by
/// `ratio` about their own centres.
///
/// Source: Zhang et al., "Inner-IoU: More Effective Intersection over Union Loss
/// with Auxiliary Bounding Box", arXiv 2311.02877, Eq. 6-13: the auxiliary box of
/// `(cx, cy, w, h)` is `(cx, cy, ratio w, ratio h)`,
/// `IoU_inner = I_inner/(ratio^2 (w h + w_t h_t) - I_inner + eps)`.
/// `ratio = 1` is the plain IoU loss; `ratio < 1` steepens the gradient of
/// high-IoU pairs, `ratio > 1` extends it to low-IoU pairs. The intersection
/// follows torchvision's convention (no gradient when the boxes only touch).
public struct InnerIoULoss: BoxLoss {
    /// Added to the union.
    public var eps: Double
    /// Scale factor of the auxiliary boxes, `> 0`.
    public var ratio: Double

    /// An Inner-IoU loss (defaults: eps 1e-7, ratio 0.75).
    public init(eps: Double = BoxLossDefaults.eps, ratio: Double = 0.75) {
        self.eps = eps
        self.ratio = ratio
    }

    /// The catalogue name, `"inner-iou"`.
    public var name: String { "inner-iou" }

    /// `1 - IoU_inner` and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let (x1, y1, x2, y2) = BoxDual.corners(of: prediction)
        let centreX = (x1 + x2) / 2
        let centreY = (y1 + y2) / 2
        let width = x2 - x1
        let height = y2 - y1
        let halfWidth = width / 2 * ratio
        let halfHeight = height / 2 * ratio
        let targetWidth = target.x2 - target.x1
        let targetHeight = target.y2 - target.y1
        let targetHalfWidth = targetWidth / 2 * ratio
        let targetHalfHeight = targetHeight / 2 * ratio
        let left = BoxDual.maximum(centreX - halfWidth, target.cx - targetHalfWidth)
        let right = BoxDual.minimum(centreX + halfWidth, target.cx + targetHalfWidth)
        let top = BoxDual.maximum(centreY - halfHeight, target.cy - targetHalfHeight)
        let bottom = BoxDual.minimum(centreY + halfHeight, target.cy + targetHalfHeight)
        let intersection = right.value > left.value && bottom.value > top.value
            ? (right - left) * (bottom - top) : .constant(0)
        let union = width * ratio * height * ratio + targetWidth * ratio * targetHeight * ratio - intersection + eps
        return (1 - intersection / union).evaluation
    }
}
