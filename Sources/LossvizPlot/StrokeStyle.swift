/// How a canvas strokes a path: colour, width in points, dash lengths, caps and joins.
public struct StrokeStyle: Hashable, Sendable {
    /// The shape at open ends of a stroke.
    public enum Cap: Hashable, Sendable { case butt, round, square }
    /// The shape where two segments meet.
    public enum Join: Hashable, Sendable { case miter, round, bevel }

    public var color: Color
    /// Line width in points.
    public var width: Double
    /// Alternating on/off lengths in points; empty for a solid line.
    public var dash: [Double]
    public var cap: Cap
    public var join: Join

    /// A stroke style; defaults are a solid 1 pt line with butt caps and round joins.
    public init(color: Color = .black, width: Double = 1, dash: [Double] = [],
                cap: Cap = .butt, join: Join = .round) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}

/// A line's dash pattern in the user's terms; the lengths scale with the line
/// width like matplotlib's (`lines.dashed_pattern` = 3.7, 1.6; dotted = 1, 1.65;
/// dash-dot = 6.4, 1.6, 1, 1.6; all in multiples of the width).
public enum DashPattern: Hashable, Sendable {
    case solid
    case dashed
    case dotted
    case dashDot
    /// Long dashes, for a fifth curve that must not be mistaken for the others.
    case longDash
    /// A dash and two dots.
    case dashDotDot
    /// Explicit on/off lengths in points (not scaled with the width).
    case custom([Double])

    /// The on/off lengths in points for a line `width` points wide.
    public func lengths(width: Double) -> [Double] {
        let w = max(width, 1)
        switch self {
        case .solid: return []
        case .dashed: return [3.7 * w, 1.6 * w]
        case .dotted: return [1 * w, 1.65 * w]
        case .dashDot: return [6.4 * w, 1.6 * w, 1 * w, 1.6 * w]
        case .longDash: return [7.4 * w, 2.4 * w]
        case .dashDotDot: return [6.4 * w, 1.6 * w, 1 * w, 1.6 * w, 1 * w, 1.6 * w]
        case .custom(let lengths): return lengths
        }
    }
}
