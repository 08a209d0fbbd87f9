/// Which point of a text block sits at the position it is placed at, e.g.
/// `.bottomLeft`: the text starts there and rises above it.
public struct TextAnchor: Hashable, Sendable {
    /// Horizontal alignment of the block (and of each of its lines).
    public enum Horizontal: Hashable, Sendable { case left, center, right }
    /// Vertical alignment: the top or bottom of the line box (font ascent and
    /// descent), its middle, the first line's baseline, or the middle between
    /// the top and the last baseline (`centerBaseline`, matplotlib's
    /// `center_baseline`: centres digits and capitals on the anchor).
    public enum Vertical: Hashable, Sendable { case top, center, baseline, bottom, centerBaseline }

    public var horizontal: Horizontal
    public var vertical: Vertical

    /// An anchor from its two alignments.
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    public static let center = TextAnchor(.center, .center)
    public static let left = TextAnchor(.left, .center)
    public static let right = TextAnchor(.right, .center)
    public static let top = TextAnchor(.center, .top)
    public static let bottom = TextAnchor(.center, .bottom)
    public static let topLeft = TextAnchor(.left, .top)
    public static let topRight = TextAnchor(.right, .top)
    public static let bottomLeft = TextAnchor(.left, .bottom)
    public static let bottomRight = TextAnchor(.right, .bottom)
}
