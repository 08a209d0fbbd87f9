import LossvizLosses

/// A box in centre form `(cx, cy, w, h)`: centre `(cx, cy)`, width `w`, height `h`.
///
/// The simulator iterates on this form, as the DIoU authors' code does (their
/// state is `[x, y, w, h]`, docs/simulation.md section 1), so no corner round trip
/// perturbs the iteration. `box` converts to the library's corner-form `Box`.
/// The coordinates carry the names of `Box(cx:cy:w:h:)` and `Box.cx`/`Box.cy`,
/// so the centre of a box is spelt one way in the whole library.
public struct CentreFormBox: Hashable, Sendable, CustomStringConvertible {
    /// Centre x.
    public var cx: Double
    /// Centre y.
    public var cy: Double
    /// Width.
    public var w: Double
    /// Height.
    public var h: Double

    /// A box from its centre and size.
    @inlinable
    public init(cx: Double, cy: Double, w: Double, h: Double) {
        self.cx = cx
        self.cy = cy
        self.w = w
        self.h = h
    }

    /// The centre form of a corner-form box: `((x1 + x2)/2, (y1 + y2)/2, x2 - x1, y2 - y1)`.
    @inlinable
    public init(_ box: Box) {
        self.init(cx: box.cx, cy: box.cy, w: box.width, h: box.height)
    }

    /// The corner-form box `(cx - w/2, cy - h/2, cx + w/2, cy + h/2)`.
    @inlinable
    public var box: Box { Box(cx: cx, cy: cy, w: w, h: h) }

    /// Area `w * h`.
    @inlinable
    public var area: Double { w * h }

    /// Whether the box is usable: finite centre and finite positive size.
    var isValidBox: Bool {
        cx.isFinite && cy.isFinite && w.isFinite && h.isFinite && w > 0 && h > 0
    }

    /// The simulation's error between this box and `target`:
    /// `|cx - cx_t| + |cy - cy_t| + |w - w_t| + |h - h_t|` (docs/simulation.md section 1).
    @inlinable
    public func l1Distance(to target: CentreFormBox) -> Double {
        abs(cx - target.cx) + abs(cy - target.cy) + abs(w - target.w) + abs(h - target.h)
    }

    public var description: String { "(cx: \(cx), cy: \(cy), w: \(w), h: \(h))" }
}
