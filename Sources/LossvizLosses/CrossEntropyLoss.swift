/// `ce`: softmax cross-entropy over logits `z_0 ... z_{K-1}` for label `i`,
/// `L = -ln(e^{z_i} / sum_j e^{z_j})`, `dL/dz_j = softmax(z)_j - [j = i]`
/// (PyTorch's `cross_entropy`), computed with the largest logit subtracted.
public struct CrossEntropyLoss: MultiClassLoss {
    /// The cross-entropy loss (it has no parameters).
    public init() {}

    /// The catalogue name, `"ce"`.
    public var name: String { "ce" }

    /// Value and gradient with respect to every logit; throws for a label outside `0..<logits.count`.
    public func evaluate(label: Int, logits: [Double]) throws(ClassificationInputError) -> MultiClassLossEvaluation {
        guard !logits.isEmpty else { throw .noClasses }
        guard logits.indices.contains(label) else { throw .labelOutOfRange(label: label, classCount: logits.count) }
        return softmaxCrossEntropy(label: label, logits: logits)
    }
}
