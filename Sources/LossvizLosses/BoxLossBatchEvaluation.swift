/// The losses of a batch of box pairs and their gradients with respect to the
/// predictions (`BoxLoss.evaluate(predictions:targets:reduction:threads:)`).
public struct BoxLossBatchEvaluation: Hashable, Sendable {
    /// One loss per pair for `BatchReduction.none`; the single reduced value
    /// (sum or mean) otherwise, as torch returns a tensor of shape `[n]` or `[]`.
    public var values: [Double]
    /// `d(result)/d(prediction i)` in corner form, one per pair whatever the
    /// reduction: `dL_i` for `none` and `sum`, `dL_i/n` for `mean`.
    public var gradients: BoxGradientBatch

    /// Values and gradients as given.
    public init(values: [Double], gradients: BoxGradientBatch) {
        self.values = values
        self.gradients = gradients
    }

    /// The reduced value (`sum` or `mean`), or the loss of the only pair; nil
    /// when `values` does not hold exactly one value.
    public var value: Double? { values.count == 1 ? values[0] : nil }
}
