/// An axis-aligned box, stored in corner form `(x1, y1, x2, y2)`.
///
/// The centre form `(cx, cy, w, h)` is derived: `cx = (x1 + x2)/2`,
/// `cy = (y1 + y2)/2`, `w = x2 - x1`, `h = y2 - y1` (docs/losses.md, "Boxes").
/// A box is *valid* when every coordinate is finite, `x2 > x1` and `y2 > y1`;
/// the losses assume valid boxes, `validated()` checks.
public struct Box: Hashable, Sendable, CustomStringConvertible {
    /// The smaller x coordinate.
    public var x1: Double
    /// The smaller y coordinate.
    public var y1: Double
    /// The larger x coordinate (`x2 > x1` in a valid box).
    public var x2: Double
    /// The larger y coordinate (`y2 > y1` in a valid box).
    public var y2: Double

    /// A box from its corners.
    @inlinable
    public init(x1: Double, y1: Double, x2: Double, y2: Double) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
    }

    /// A box from its centre and size: corners `cx -/+ w/2`, `cy -/+ h/2`.
    @inlinable
    public init(cx: Double, cy: Double, w: Double, h: Double) {
        self.init(x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2)
    }

    /// Centre x, `(x1 + x2)/2`.
    @inlinable public var cx: Double { (x1 + x2) / 2 }
    /// Centre y, `(y1 + y2)/2`.
    @inlinable public var cy: Double { (y1 + y2) / 2 }
    /// Width, `x2 - x1`.
    @inlinable public var width: Double { x2 - x1 }
    /// Height, `y2 - y1`.
    @inlinable public var height: Double { y2 - y1 }
    /// Area, `w * h`.
    @inlinable public var area: Double { width * height }

    /// The box's coordinates in the order of its corner form.
    public var corners: [Double] { [x1, y1, x2, y2] }
    /// The box's coordinates in the order of its centre form.
    public var centreForm: [Double] { [cx, cy, width, height] }

    public var description: String { "(\(x1), \(y1), \(x2), \(y2))" }

    /// The box itself if it is valid, else a `BoxError` saying what is wrong.
    public func validated() throws(BoxError) -> Box {
        for (name, value) in [("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)] where !value.isFinite {
            throw .nonFinite(coordinate: name, value: value)
        }
        guard x2 > x1 else { throw .nonPositiveWidth(x1: x1, x2: x2) }
        guard y2 > y1 else { throw .nonPositiveHeight(y1: y1, y2: y2) }
        return self
    }
}

/// Why a box is not valid.
public enum BoxError: Error, Equatable, Sendable, CustomStringConvertible {
    case nonFinite(coordinate: String, value: Double)
    case nonPositiveWidth(x1: Double, x2: Double)
    case nonPositiveHeight(y1: Double, y2: Double)

    public var description: String {
        switch self {
        case let .nonFinite(coordinate, value):
            return "box coordinate \(coordinate) is \(value); every coordinate must be finite"
        case let .nonPositiveWidth(x1, x2):
            return "box has x2 = \(x2) <= x1 = \(x1); a box needs x2 > x1 (width > 0)"
        case let .nonPositiveHeight(y1, y2):
            return "box has y2 = \(y2) <= y1 = \(y1); a box needs y2 > y1 (height > 0)"
        }
    }
}
