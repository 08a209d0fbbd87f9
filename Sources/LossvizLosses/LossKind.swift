/// What a loss takes as input; it decides the loss's protocol, its CSV columns
/// in `lossviz eval` and which figures can show it.
public enum LossKind: String, CaseIterable, Sendable {
    /// A predicted and a target box (the IoU family, `BoxLoss`).
    case box
    /// A residual `x` (`ElementWiseLoss`).
    case elementWise = "element-wise"
    /// A logit and a target in `[0, 1]` (`BinaryClassificationLoss`).
    case binaryClassification = "binary-classification"
    /// A class label and a vector of logits (`MultiClassLoss`).
    case multiClassClassification = "multi-class-classification"
    /// UnitBox's per-pixel distances to the four sides (`UnitBoxLoss`).
    case pixelDistances = "pixel-distances"
}

extension LossKind {
    /// The kind's name after "a" or "an" ("a box", "an element-wise").
    public var withArticle: String {
        (rawValue.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + rawValue
    }
}
