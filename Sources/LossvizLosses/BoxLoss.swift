/// A loss's value at a point together with its gradient there.
public struct BoxLossEvaluation: Hashable, Sendable {
    /// The loss value (may be `+infinity`, e.g. `-ln(IoU)` at IoU = 0).
    public var value: Double
    /// The derivative with respect to the prediction (components may be NaN where undefined).
    public var gradient: BoxGradient

    /// A value and its gradient.
    @inlinable
    public init(value: Double, gradient: BoxGradient) {
        self.value = value
        self.gradient = gradient
    }
}

/// Which derivative a box loss reports (docs/losses.md section 2).
public enum GradientConvention: String, CaseIterable, Sendable {
    /// What reverse-mode autodiff of the formula gives (PyTorch's `backward()`),
    /// with the quantities the spec marks "constant" held constant.
    case autograd
    /// The negated update direction of the DIoU authors' simulation code
    /// (docs/simulation.md section 3); exists for iou, giou, diou and ciou only.
    case reference
}

/// A loss between a predicted box and a target box, with its gradient
/// with respect to the prediction.
public protocol BoxLoss: Sendable {
    /// The loss's name as the CLI and the figures use it, e.g. `"ciou"`.
    var name: String { get }
    /// Value and `autograd` gradient with respect to `prediction`.
    func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation
}
