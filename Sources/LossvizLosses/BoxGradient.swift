/// The derivative of a box loss with respect to the predicted box, in corner form.
///
/// Centre-form components follow by the chain rule through
/// `x1 = cx - w/2`, `x2 = cx + w/2` (and likewise in y):
/// `dL/dcx = dL/dx1 + dL/dx2`, `dL/dw = (dL/dx2 - dL/dx1)/2`.
public struct BoxGradient: Hashable, Sendable {
    /// `dL/dx1`.
    public var x1: Double
    /// `dL/dy1`.
    public var y1: Double
    /// `dL/dx2`.
    public var x2: Double
    /// `dL/dy2`.
    public var y2: Double

    /// A gradient from its corner-form components `dL/d(x1, y1, x2, y2)`.
    @inlinable
    public init(x1: Double, y1: Double, x2: Double, y2: Double) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
    }

    /// A gradient given in centre form `(dL/dcx, dL/dcy, dL/dw, dL/dh)`,
    /// converted to corner form: `dL/dx1 = dL/dcx/2 - dL/dw`, `dL/dx2 = dL/dcx/2 + dL/dw`.
    @inlinable
    public init(cx: Double, cy: Double, w: Double, h: Double) {
        self.init(x1: cx / 2 - w, y1: cy / 2 - h, x2: cx / 2 + w, y2: cy / 2 + h)
    }

    /// `dL/dcx = dL/dx1 + dL/dx2`.
    @inlinable public var cx: Double { x1 + x2 }
    /// `dL/dcy = dL/dy1 + dL/dy2`.
    @inlinable public var cy: Double { y1 + y2 }
    /// `dL/dw = (dL/dx2 - dL/dx1)/2`.
    @inlinable public var w: Double { (x2 - x1) / 2 }
    /// `dL/dh = (dL/dy2 - dL/dy1)/2`.
    @inlinable public var h: Double { (y2 - y1) / 2 }

    /// The zero gradient.
    public static let zero = BoxGradient(x1: 0, y1: 0, x2: 0, y2: 0)

    /// Components in corner order `(x1, y1, x2, y2)`.
    public var corners: [Double] { [x1, y1, x2, y2] }
    /// Components in centre order `(cx, cy, w, h)`.
    public var centreForm: [Double] { [cx, cy, w, h] }
}
