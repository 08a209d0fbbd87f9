/// A loss of the catalogue with its parameters set, by kind.
public enum ConfiguredLoss: Sendable {
    case box(ConfiguredBoxLoss)
    case elementWise(any ElementWiseLoss)
    case binaryClassification(any BinaryClassificationLoss)
    case multiClassClassification(any MultiClassLoss)
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
