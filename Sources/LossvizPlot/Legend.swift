/// Where a panel's legend goes.
public enum LegendPosition: Hashable, Sendable, CaseIterable {
    /// The inside position covering the fewest data points and lines
    /// (matplotlib's `loc="best"`, plus extra candidates along the edges).
    case best
    case upperRight, upperLeft, lowerLeft, lowerRight
    case right, centerLeft, centerRight, lowerCenter, upperCenter, center
    /// Outside the axes, to the right (the layout makes room).
    case outsideRight
}

/// A panel's legend: one entry per labelled mark, in the order added.
/// Sizes follow matplotlib (em units of the legend font): border pad 0.4,
/// label spacing 0.5, handle length 2, handle-text pad 0.8, 0.5 from the
/// axes edge, a white frame at 80 % opacity with a light grey edge.
public struct Legend: Hashable, Sendable {
    public var position: LegendPosition
    /// Entries are laid out in this many columns.
    public var columns: Int
    public var title: String?
    /// Font size in points; nil uses the figure's font size.
    public var fontSize: Double?

    /// A legend at `position`.
    public init(position: LegendPosition = .best, columns: Int = 1, title: String? = nil, fontSize: Double? = nil) {
        self.position = position
        self.columns = max(1, columns)
        self.title = title
        self.fontSize = fontSize
    }
}

/// A colour bar beside a panel explaining its colour-mapped mark (heatmap,
/// scatter by value, contours by level, quiver by magnitude).
public struct ColorBar: Hashable, Sendable {
    public var label: String?
    /// Fixed tick positions; nil lets the locator choose.
    public var ticks: [Double]?
    /// Index into the panel's marks of the mark to explain; nil takes the
    /// last colour-mapped mark.
    public var markIndex: Int?

    /// A colour bar with an optional label.
    public init(label: String? = nil, ticks: [Double]? = nil, markIndex: Int? = nil) {
        self.label = label
        self.ticks = ticks
        self.markIndex = markIndex
    }
}
