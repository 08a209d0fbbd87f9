/// A loss of the catalogue with its parameters set, by kind.
public enum ConfiguredLoss: Sendable {
    /// An IoU-family loss.
    case box(ConfiguredBoxLoss)
    /// A loss of a residual.
    case elementWise(any ElementWiseLoss)
    /// A loss of a logit and a binary target.
    case binaryClassification(any BinaryClassificationLoss)
    /// A loss of a label and logits.
    case multiClassClassification(any MultiClassLoss)
    /// The UnitBox per-pixel loss.
    case pixelDistances(UnitBoxLoss)

    /// The loss's catalogue name.
    public var name: String {
        switch self {
        case let .box(loss): return loss.name
        case let .elementWise(loss): return loss.name
        case let .binaryClassification(loss): return loss.name
        case let .multiClassClassification(loss): return loss.name
        case let .pixelDistances(loss): return loss.name
        }
    }

    /// What the loss takes as input.
    public var kind: LossKind {
        switch self {
        case .box: return .box
        case .elementWise: return .elementWise
        case .binaryClassification: return .binaryClassification
        case .multiClassClassification: return .multiClassClassification
        case .pixelDistances: return .pixelDistances
        }
    }
}
