import LossvizLosses

/// A box in centre form `(x, y, w, h)`: centre `(x, y)`, width `w`, height `h`.
///
/// The simulator iterates on this form, as the DIoU authors' code does (their
/// state is `[x, y, w, h]`, SIMULATION.md section 1), so no corner round trip
/// perturbs the iteration. `box` converts to the library's corner-form `Box`.
public struct CentreFormBox: Hashable, Sendable, CustomStringConvertible {
    /// Centre x.
    public var x: Double
    /// Centre y.
    public var y: Double
    /// Width.
    public var w: Double
    /// Height.
    public var h: Double

    /// A box from its centre and size.
    @inlinable
    public init(x: Double, y: Double, w: Double, h: Double) {
        self.x = x
        self.y = y
        self.w = w
        self.h = h
    }

    /// The centre form of a corner-form box: `((x1 + x2)/2, (y1 + y2)/2, x2 - x1, y2 - y1)`.
    @inlinable
    public init(_ box: Box) {
        self.init(x: box.cx, y: box.cy, w: box.width, h: box.height)
    }

    /// The corner-form box `(x - w/2, y - h/2, x + w/2, y + h/2)`.
    @inlinable
    public var box: Box { Box(cx: x, cy: y, w: w, h: h) }

    /// Area `w * h`.
    @inlinable
    public var area: Double { w * h }

    /// Whether the box is usable: finite centre and finite positive size.
    var isValidBox: Bool {
        x.isFinite && y.isFinite && w.isFinite && h.isFinite && w > 0 && h > 0
    }

    /// The simulation's error between this box and `target`:
    /// `|x - x_t| + |y - y_t| + |w - w_t| + |h - h_t|` (SIMULATION.md section 1).
    @inlinable
    public func l1Distance(to target: CentreFormBox) -> Double {
        abs(x - target.x) + abs(y - target.y) + abs(w - target.w) + abs(h - target.h)
    }

    public var description: String { "(x: \(x), y: \(y), w: \(w), h: \(h))" }
}
