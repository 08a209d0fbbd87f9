import LossvizLosses
import LossvizSweep

/// Why a grid of field panels cannot be made.
public enum FieldPanelsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No loss was given.
    case noLosses
    /// The reference convention was asked for a loss that has none.
    case noReferenceGradient(loss: String)
    /// Precomputed fields that are not the fields of the losses given, in order.
    case fieldsDoNotMatch(losses: [String], fields: [String])
    /// A difference panel names a loss that has no field.
    case notAmongFields(String, fields: [String])
    /// The arrow sub-grid needs at least 2 arrows per axis.
    case tooFewArrows(Int)
    /// A field could not be computed.
    case sweep(SweepError)

    /// What is wrong, and what to do about it.
    public var description: String {
        switch self {
        case .noLosses:
            return "no losses given; name at least one box loss, e.g. iou,giou,diou,ciou"
        case let .noReferenceGradient(loss):
            return MissingReferenceGradient(loss: loss).description
        case let .fieldsDoNotMatch(losses, fields):
            return "the fields given are of \(fields.joined(separator: ", ")) but the losses are \(losses.joined(separator: ", "))"
        case let .notAmongFields(loss, fields):
            return "\(loss) is not among the fields drawn (\(fields.joined(separator: ", ")))"
        case let .tooFewArrows(count):
            return "\(count) arrows per axis; the arrow grid needs at least 2"
        case let .sweep(error):
            return error.description
        }
    }
}
