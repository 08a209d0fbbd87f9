/// A box-loss gradient at every point of a field (struct of arrays, one entry per
/// grid point, in the field's point order).
public struct FieldGradient: Hashable, Sendable {
    /// `dL/dcx`.
    public var cx: [Double]
    /// `dL/dcy`.
    public var cy: [Double]
    /// `dL/dw`.
    public var w: [Double]
    /// `dL/dh`.
    public var h: [Double]
    /// The derivative along the field's x coordinate (chain rule through `FieldLayout`).
    public var alongX: [Double]
    /// The derivative along the field's y coordinate.
    public var alongY: [Double]

    /// Zeros for `count` points.
    public init(count: Int) {
        cx = [Double](repeating: 0, count: count)
        cy = cx
        w = cx
        h = cx
        alongX = cx
        alongY = cx
    }
}

/// The derivative along a direction: `sum g_k f_k` over the centre-form components
/// `k` that the direction moves (`f_k != 0`), so that an undefined (NaN) component
/// the direction does not touch stays out of the result.
func projectGradient(
    _ g: (cx: Double, cy: Double, w: Double, h: Double), onto f: (cx: Double, cy: Double, w: Double, h: Double)
) -> Double {
    var sum = 0.0
    if f.cx != 0 { sum += g.cx * f.cx }
    if f.cy != 0 { sum += g.cy * f.cy }
    if f.w != 0 { sum += g.w * f.w }
    if f.h != 0 { sum += g.h * f.h }
    return sum
}
