/// A loss of one logit `z` against a binary (or soft) target `t` in `[0, 1]`
/// (docs/losses.md section 4). The derivative is with respect to the logit.
public protocol BinaryClassificationLoss: Sendable {
    /// The loss's name as the CLI and the figures use it, e.g. `"focal"`.
    var name: String { get }
    /// Value and `dL/dz` at logit `logit` for target `target` in `[0, 1]`.
    func evaluate(logit: Double, target: Double) -> ScalarLossEvaluation
}
