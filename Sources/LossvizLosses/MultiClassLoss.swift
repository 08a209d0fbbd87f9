/// A loss's value and its gradient with respect to every logit.
public struct MultiClassLossEvaluation: Hashable, Sendable {
    /// The loss value.
    public var value: Double
    /// `dL/dz_j` for each class `j`.
    public var gradient: [Double]

    /// A value and its gradient.
    public init(value: Double, gradient: [Double]) {
        self.value = value
        self.gradient = gradient
    }
}

/// Why a multi-class loss cannot be evaluated on its input.
public enum ClassificationInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There are no logits.
    case noClasses
    /// The label is not a class index `0..<classCount`.
    case labelOutOfRange(label: Int, classCount: Int)
    /// The loss is configured for `expected` classes but got `actual` logits.
    case classCountMismatch(expected: Int, actual: Int)

    /// The message, naming what is wrong and what to do.
    public var description: String {
        switch self {
        case .noClasses:
            return "there are no logits; a classification needs at least one class"
        case let .labelOutOfRange(label, classCount):
            return "label \(label) is not a class index; labels run from 0 to \(classCount - 1)"
        case let .classCountMismatch(expected, actual):
            return "the loss has class counts for \(expected) classes but the input has \(actual) logits"
        }
    }
}

/// A loss of a class label against a vector of logits `z_0 ... z_{K-1}`
/// (docs/losses.md section 4). The gradient is with respect to the logits.
public protocol MultiClassLoss: Sendable {
    /// The loss's name as the CLI and the figures use it, e.g. `"ce"`.
    var name: String { get }
    /// Value and gradient for `label` in `0..<logits.count`.
    func evaluate(label: Int, logits: [Double]) throws(ClassificationInputError) -> MultiClassLossEvaluation
}
