/// A loss's value at a point and its derivative there, for losses of one variable.
public struct ScalarLossEvaluation: Hashable, Sendable {
    /// The loss value.
    public var value: Double
    /// The derivative with respect to the input (the residual, or the logit).
    public var derivative: Double

    /// A value and its derivative.
    @inlinable
    public init(value: Double, derivative: Double) {
        self.value = value
        self.derivative = derivative
    }
}

/// A regression loss of the residual `x = prediction - target` (docs/losses.md section 3).
public protocol ElementWiseLoss: Sendable {
    /// The loss's name as the CLI and the figures use it, e.g. `"smooth-l1"`.
    var name: String { get }
    /// Value and derivative `dL/dx` at the residual `x`.
    func evaluate(_ residual: Double) -> ScalarLossEvaluation
}

extension Double {
    /// `sign(x)` with `sign(0) = 0`, the subgradient PyTorch uses for `|x|`.
    @inlinable
    var signum: Double { self > 0 ? 1 : (self < 0 ? -1 : 0) }
}
