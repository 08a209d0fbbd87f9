/// The derivatives of a loss (or of a difference of losses) along the two
/// coordinates of a field's grid at every point, in the field's point order.
public struct GridDerivative: Hashable, Sendable {
    /// `∂L/∂x` (x the grid's first coordinate: `Δx` or the scale).
    public var alongX: [Double]
    /// `∂L/∂y` (`Δy` or the aspect ratio).
    public var alongY: [Double]

    /// Derivatives from their two arrays (of equal length).
    public init(alongX: [Double], alongY: [Double]) {
        self.alongX = alongX
        self.alongY = alongY
    }

    /// The derivative of `L_a − L_b`.
    public static func - (a: GridDerivative, b: GridDerivative) -> GridDerivative {
        GridDerivative(alongX: zip(a.alongX, b.alongX).map { $0 - $1 }, alongY: zip(a.alongY, b.alongY).map { $0 - $1 })
    }

    /// The share of the points where `(∂L/∂x, ∂L/∂y)` is finite with magnitude at most `threshold`.
    public func zeroFraction(below threshold: Double) -> Double {
        guard !alongX.isEmpty else { return 0 }
        var zeros = 0
        for (gx, gy) in zip(alongX, alongY) {
            let m = (gx * gx + gy * gy).squareRoot()
            if m.isFinite && m <= threshold { zeros += 1 }
        }
        return Double(zeros) / Double(alongX.count)
    }
}
