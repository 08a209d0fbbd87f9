/// Why a batch of box pairs cannot be evaluated.
public enum BoxBatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The four coordinate arrays of one `BoxBatch` differ in length.
    case coordinateLengthsDiffer(x1: Int, y1: Int, x2: Int, y2: Int)
    /// The predictions and the targets are not the same number of boxes.
    case pairCountsDiffer(predictions: Int, targets: Int)
    /// The thread count is not positive.
    case threadCountNotPositive(Int)

    /// What is wrong, in one line.
    public var description: String {
        switch self {
        case let .coordinateLengthsDiffer(x1, y1, x2, y2):
            return "box batch coordinates differ in length: x1 \(x1), y1 \(y1), x2 \(x2), y2 \(y2); give one value per box in each"
        case let .pairCountsDiffer(predictions, targets):
            return "\(predictions) predictions but \(targets) targets; a batch pairs prediction i with target i"
        case let .threadCountNotPositive(threads):
            return "threads is \(threads); use at least 1"
        }
    }
}
