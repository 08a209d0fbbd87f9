/// `smooth-l1`: `L = 0.5 x^2/beta` if `|x| < beta`, else `|x| - 0.5 beta`.
///
/// Source: Girshick, "Fast R-CNN", ICCV 2015, Eq. 3 (`beta = 1`); as
/// `torch.nn.SmoothL1Loss`: `dL/dx = x/beta` inside, `sign(x)` outside, and
/// `beta = 0` is the L1 loss.
public struct SmoothL1Loss: ElementWiseLoss {
    /// Width of the quadratic zone, `beta >= 0`.
    public var beta: Double

    /// A smooth L1 loss (default beta 1).
    public init(beta: Double = 1) {
        self.beta = beta
    }

    /// The catalogue name, `"smooth-l1"`.
    public var name: String { "smooth-l1" }

    /// Value and derivative at the residual `x`.
    @inlinable
    public func evaluate(_ residual: Double) -> ScalarLossEvaluation {
        let magnitude = abs(residual)
        if magnitude < beta {
            return ScalarLossEvaluation(value: 0.5 * residual * residual / beta, derivative: residual / beta)
        }
        return ScalarLossEvaluation(value: magnitude - 0.5 * beta, derivative: residual.signum)
    }
}
