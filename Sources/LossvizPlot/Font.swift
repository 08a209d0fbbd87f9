/// A font request: family, size, weight and slant. A nil family is the
/// canvas's default (DejaVu Sans for CairoCanvas); characters the family lacks
/// fall back to another installed font.
public struct Font: Hashable, Sendable {
    /// Weight of the face.
    public enum Weight: Hashable, Sendable { case regular, bold }
    /// Slant of the face.
    public enum Slant: Hashable, Sendable { case upright, italic }

    /// Size in points (1 pt = 1/72 in; dpi/72 pixels).
    public var size: Double
    public var weight: Weight
    public var slant: Slant
    /// The font family, e.g. "DejaVu Serif"; nil for the canvas's default.
    public var family: String?

    /// A font of `size` points; matplotlib's default text size is 10 pt.
    public init(size: Double = 10, weight: Weight = .regular, slant: Slant = .upright, family: String? = nil) {
        self.size = size
        self.weight = weight
        self.slant = slant
        self.family = family
    }
}

/// The measured extent of a string set in a font, relative to its baseline origin:
/// the pen advances by `advance`; the ink reaches `ascent` above the baseline and
/// `descent` below it (both positive when the ink extends that way), and spans
/// `inkMinX ... inkMaxX` horizontally.
public struct TextExtents: Hashable, Sendable {
    public var advance: Double
    public var ascent: Double
    public var descent: Double
    public var inkMinX: Double
    public var inkMaxX: Double

    /// Extents from their parts (see the type's documentation).
    public init(advance: Double, ascent: Double, descent: Double, inkMinX: Double = 0, inkMaxX: Double? = nil) {
        self.advance = advance
        self.ascent = ascent
        self.descent = descent
        self.inkMinX = inkMinX
        self.inkMaxX = inkMaxX ?? advance
    }

    /// Layout width: the larger of the advance and the ink's right edge.
    public var width: Double { max(advance, inkMaxX) - min(0, inkMinX) }
    /// Layout height: ascent plus descent.
    public var height: Double { ascent + descent }
}
