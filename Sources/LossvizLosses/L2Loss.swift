/// `l2`: `L = x^2`, `dL/dx = 2x` (the seed's L2); with `half`, `L = x^2/2`, `dL/dx = x`.
public struct L2Loss: ElementWiseLoss {
    /// Use `x^2/2` instead of `x^2`.
    public var half: Bool

    /// An L2 loss, `x^2` by default or `x^2/2` with `half`.
    public init(half: Bool = false) {
        self.half = half
    }

    /// The catalogue name, `"l2"`.
    public var name: String { "l2" }

    /// Value and derivative at the residual `x`.
    @inlinable
    public func evaluate(_ residual: Double) -> ScalarLossEvaluation {
        half
            ? ScalarLossEvaluation(value: 0.5 * residual * residual, derivative: residual)
            : ScalarLossEvaluation(value: residual * residual, derivative: 2 * residual)
    }
}
