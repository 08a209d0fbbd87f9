/// `log-iou`: the UnitBox loss on whole boxes, `L = -ln(IoU)`, `IoU = I/(U + eps)`.
///
/// Source: Yu et al., "UnitBox: An Advanced Object Detection Network", ACM MM 2016.
/// At IoU = 0 the loss is `+infinity` and its gradient undefined (NaN): that is
/// what the formula says (and what autograd returns), never a silent number.
public struct LogIoULoss: BoxLoss {
    /// Added to the union.
    public var eps: Double

    /// A log-IoU loss with the given `eps` (default 1e-7).
    public init(eps: Double = BoxLossDefaults.eps) {
        self.eps = eps
    }

    /// The catalogue name, `"log-iou"`.
    public var name: String { "log-iou" }

    /// `-ln(IoU)` and its gradient `-dIoU/IoU`.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        return (-geometry.iou(eps: eps).logarithm).evaluation
    }
}
