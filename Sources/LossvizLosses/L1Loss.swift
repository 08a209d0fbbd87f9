/// `l1`: `L = |x|`, `dL/dx = sign(x)` (0 at 0, as PyTorch's `l1_loss`).
public struct L1Loss: ElementWiseLoss {
    /// The L1 loss (it has no parameters).
    public init() {}

    /// The catalogue name, `"l1"`.
    public var name: String { "l1" }

    /// Value and derivative at the residual `x`.
    @inlinable
    public func evaluate(_ residual: Double) -> ScalarLossEvaluation {
        ScalarLossEvaluation(value: abs(residual), derivative: residual.signum)
    }
}
