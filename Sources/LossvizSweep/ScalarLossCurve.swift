import LossvizLosses

/// A loss of one variable and its derivative over a range: an element-wise loss
/// over the residual, a binary classification loss over the logit, or a
/// multi-class loss over the true class's logit (docs/figures.md `regression-losses`,
/// `focal-loss`, `focal-l1`; `lossviz curve`).
public struct ScalarLossCurve: Hashable, Sendable {
    /// The loss's name.
    public var loss: String
    /// What `x` is: `"residual"`, `"logit"` or `"true-class logit"`.
    public var variable: String
    /// The sample points.
    public var x: [Double]
    /// The loss at each point.
    public var value: [Double]
    /// `dL/dx` at each point.
    public var derivative: [Double]

    /// An element-wise loss over residuals `x`.
    public init(elementWise loss: some ElementWiseLoss, residuals: SweepAxis) {
        self.loss = loss.name
        variable = "residual"
        x = residuals.values
        let evaluations = residuals.values.map { loss.evaluate($0) }
        value = evaluations.map(\.value)
        derivative = evaluations.map(\.derivative)
    }

    /// A binary classification loss over logits `x` for a fixed `target` in [0, 1].
    public init(binary loss: some BinaryClassificationLoss, logits: SweepAxis, target: Double) {
        self.loss = loss.name
        variable = "logit"
        x = logits.values
        let evaluations = logits.values.map { loss.evaluate(logit: $0, target: target) }
        value = evaluations.map(\.value)
        derivative = evaluations.map(\.derivative)
    }

    /// A multi-class loss with label 0 over logits `(x, 0, ..., 0)` of `classCount`
    /// classes; the derivative is `dL/dz_0`.
    /// - Throws: `SweepError.noClasses` for `classCount < 1`, or the loss's own
    ///   `ClassificationInputError` (e.g. class counts for another number of classes).
    public init(multiClass loss: some MultiClassLoss, trueLogits: SweepAxis, classCount: Int) throws {
        guard classCount >= 1 else { throw SweepError.noClasses }
        self.loss = loss.name
        variable = "true-class logit"
        x = trueLogits.values
        value = []
        derivative = []
        for z in trueLogits.values {
            var logits = [Double](repeating: 0, count: classCount)
            logits[0] = z
            let evaluation = try loss.evaluate(label: 0, logits: logits)
            value.append(evaluation.value)
            derivative.append(evaluation.gradient[0])
        }
    }
}
