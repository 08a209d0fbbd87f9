/// Corner-form gradients `dL/d(x1, y1, x2, y2)` of a batch of predictions as a
/// structure of arrays: entry `i` belongs to prediction `i` (the layout of
/// torch's `prediction.grad` read column by column).
public struct BoxGradientBatch: Hashable, Sendable {
    /// `dL/dx1` per prediction.
    public internal(set) var x1: [Double]
    /// `dL/dy1` per prediction.
    public internal(set) var y1: [Double]
    /// `dL/dx2` per prediction.
    public internal(set) var x2: [Double]
    /// `dL/dy2` per prediction.
    public internal(set) var y2: [Double]

    /// `count` zero gradients.
    public init(zeros count: Int) {
        x1 = Array(repeating: 0, count: count)
        y1 = x1
        x2 = x1
        y2 = x1
    }

    /// How many gradients.
    public var count: Int { x1.count }

    /// The gradient of prediction `index`.
    public subscript(index: Int) -> BoxGradient {
        BoxGradient(x1: x1[index], y1: y1[index], x2: x2[index], y2: y2[index])
    }
}
