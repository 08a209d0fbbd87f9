/// `focaler-iou`: `L = 1 - clamp((IoU - d)/(u - d), 0, 1)`.
///
/// Source: Zhang & Zhang, "Focaler-IoU: More Focused Intersection over Union
/// Loss", arXiv 2401.10525, Eq. 6-7: a linear interval mapping of IoU that
/// focuses the regression on pairs with `d < IoU < u`. Defaults `d = 0`,
/// `u = 0.95`, `0 <= d < u <= 1`. Outside `(d, u)` the gradient is zero
/// (PyTorch's `clamp` passes it only strictly inside the bounds).
public struct FocalerIoULoss: BoxLoss {
    /// Added to the union.
    public var eps: Double
    /// Lower end `d` of the IoU interval.
    public var lower: Double
    /// Upper end `u` of the IoU interval.
    public var upper: Double

    /// A Focaler-IoU loss (defaults: eps 1e-7, d 0, u 0.95).
    public init(eps: Double = BoxLossDefaults.eps, lower: Double = 0, upper: Double = 0.95) {
        self.eps = eps
        self.lower = lower
        self.upper = upper
    }

    /// The catalogue name, `"focaler-iou"`.
    public var name: String { "focaler-iou" }

    /// `1 - clamp((IoU - d)/(u - d), 0, 1)` and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let iou = BoxPairGeometry(prediction: prediction, target: target).iou(eps: eps)
        return (1 - ((iou - lower) / (upper - lower)).clamped(0, 1)).evaluation
    }
}
