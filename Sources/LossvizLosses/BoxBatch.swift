/// Boxes in corner form `(x1, y1, x2, y2)` as a structure of arrays: box `i` is
/// `(x1[i], y1[i], x2[i], y2[i])`, the layout of an `N x 4` tensor read column
/// by column. The batch API of the box losses
/// (`BoxLoss.evaluate(predictions:targets:reduction:threads:)`) reads its pairs
/// from two of these, four consecutive boxes per SIMD load.
public struct BoxBatch: Hashable, Sendable {
    /// Left edges.
    public private(set) var x1: [Double]
    /// Top edges.
    public private(set) var y1: [Double]
    /// Right edges.
    public private(set) var x2: [Double]
    /// Bottom edges.
    public private(set) var y2: [Double]

    /// A batch from its four coordinate arrays, which must have one length.
    /// - Throws: `BoxBatchError.coordinateLengthsDiffer` otherwise.
    public init(x1: [Double], y1: [Double], x2: [Double], y2: [Double]) throws(BoxBatchError) {
        guard y1.count == x1.count, x2.count == x1.count, y2.count == x1.count else {
            throw .coordinateLengthsDiffer(x1: x1.count, y1: y1.count, x2: x2.count, y2: y2.count)
        }
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
    }

    /// The batch of `boxes`, in order.
    public init(_ boxes: [Box]) {
        x1 = boxes.map(\.x1)
        y1 = boxes.map(\.y1)
        x2 = boxes.map(\.x2)
        y2 = boxes.map(\.y2)
    }

    /// How many boxes.
    public var count: Int { x1.count }

    /// Whether the batch holds no box.
    public var isEmpty: Bool { x1.isEmpty }

    /// Box `index`.
    public subscript(index: Int) -> Box {
        Box(x1: x1[index], y1: y1[index], x2: x2[index], y2: y2[index])
    }
}
