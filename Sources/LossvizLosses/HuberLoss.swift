/// `huber`: `L = 0.5 x^2` if `|x| < delta`, else `delta (|x| - 0.5 delta)`.
///
/// Source: Huber, "Robust Estimation of a Location Parameter", 1964; as
/// `torch.nn.HuberLoss`: `dL/dx = x` inside, `delta sign(x)` outside.
public struct HuberLoss: ElementWiseLoss {
    /// Where the loss turns linear, `delta > 0`.
    public var delta: Double

    /// A Huber loss (default delta 1).
    public init(delta: Double = 1) {
        self.delta = delta
    }

    /// The catalogue name, `"huber"`.
    public var name: String { "huber" }

    /// Value and derivative at the residual `x`.
    @inlinable
    public func evaluate(_ residual: Double) -> ScalarLossEvaluation {
        let magnitude = abs(residual)
        if magnitude < delta {
            return ScalarLossEvaluation(value: 0.5 * residual * residual, derivative: residual)
        }
        return ScalarLossEvaluation(value: delta * (magnitude - 0.5 * delta), derivative: delta * residual.signum)
    }
}
