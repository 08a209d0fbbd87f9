/// A loss gradient in centre form, `(dL/dx, dL/dy, dL/dw, dL/dh)` with respect to
/// the predicted box `(x, y, w, h)`, for one case (`T = Double`) or several side by
/// side in SIMD lanes: what the lane gradients of the IoU family return.
///
/// Relation to the corner form: `dL/dx = dL/dx1 + dL/dx2`, `dL/dw = (dL/dx2 - dL/dx1)/2`
/// (`BoxGradient.cx`, `.w`), likewise in `y`.
public struct LaneCentreGradient<T: LaneArithmetic> {
    /// `dL/dx`.
    public var x: T
    /// `dL/dy`.
    public var y: T
    /// `dL/dw`.
    public var w: T
    /// `dL/dh`.
    public var h: T

    /// The gradient with these components.
    @inlinable @inline(__always)
    public init(x: T, y: T, w: T, h: T) {
        self.x = x
        self.y = y
        self.w = w
        self.h = h
    }

    /// Component-wise sum.
    @inlinable @inline(__always)
    public static func + (a: Self, b: Self) -> Self { Self(x: a.x + b.x, y: a.y + b.y, w: a.w + b.w, h: a.h + b.h) }

    /// Component-wise difference.
    @inlinable @inline(__always)
    public static func - (a: Self, b: Self) -> Self { Self(x: a.x - b.x, y: a.y - b.y, w: a.w - b.w, h: a.h - b.h) }

    /// Each component negated.
    @inlinable @inline(__always)
    public static prefix func - (a: Self) -> Self { Self(x: -a.x, y: -a.y, w: -a.w, h: -a.h) }

    /// Each component scaled by the lane's `c`.
    @inlinable @inline(__always)
    public static func * (c: T, a: Self) -> Self { Self(x: c * a.x, y: c * a.y, w: c * a.w, h: c * a.h) }
}
