/// `bce`: binary cross-entropy on a logit, `L = -(t ln s(z) + (1 - t) ln(1 - s(z)))`.
///
/// Computed stably as `L = (max(z, 0) - t z) + ln(1 + e^-|z|)` (as PyTorch's
/// `binary_cross_entropy_with_logits`); `dL/dz = s(z) - t`, evaluated as
/// `(1 - t) s(z) - t s(-z)` so that it keeps its digits when `s(z)` is near 1.
public struct BinaryCrossEntropyLoss: BinaryClassificationLoss {
    /// The binary cross-entropy loss (it has no parameters).
    public init() {}

    /// The catalogue name, `"bce"`.
    public var name: String { "bce" }

    /// Value and derivative with respect to the logit.
    @inlinable
    public func evaluate(logit: Double, target: Double) -> ScalarLossEvaluation {
        ScalarLossEvaluation(
            value: LogisticFunction.crossEntropy(logit: logit, target: target),
            derivative: (1 - target) * LogisticFunction.sigmoid(logit) - target * LogisticFunction.sigmoid(-logit)
        )
    }
}
