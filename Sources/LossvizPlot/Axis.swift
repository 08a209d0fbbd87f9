/// One axis of a panel: label, scale, limits, ticks.
public struct Axis: Hashable, Sendable {
    /// The axis label, with units or symbols (`"offset Δx (px)"`).
    public var label: String?
    public var scale: AxisScale = .linear
    /// Fixed limits; nil fits the data with `margin` on each side.
    public var limits: ClosedRange<Double>?
    /// Fraction of the data range added on each side when limits are automatic
    /// (matplotlib's `axes.xmargin` = 0.05; in decades on a log axis). Grids
    /// (heatmaps, contours, streamlines) are never padded.
    public var margin: Double = 0.05
    /// Fixed tick positions; nil lets `locator` choose.
    public var ticks: [Double]?
    /// How ticks are placed within the final limits when `ticks` is nil.
    public var locator: AxisLocator = .automatic
    /// Labels for `ticks` (same count); nil formats the positions.
    public var tickLabels: [String]?
    /// Values grow right-to-left (x) or top-to-bottom (y), e.g. image coordinates.
    public var inverted = false
    /// Whether tick labels are drawn (shared axes hide inner ones).
    public var showsTickLabels = true

    /// An axis with an optional label; everything else at its default.
    public init(label: String? = nil) {
        self.label = label
    }
}

/// How data units relate on the two axes.
public enum Aspect: Hashable, Sendable {
    /// Fill the panel.
    case auto
    /// One data unit is as long on y as on x (geometry, boxes); the axes box
    /// shrinks to fit, centred in its cell.
    case equal
    /// One y unit is `ratio` times as long as one x unit on the page.
    case ratio(Double)
}

/// Which panels share an axis's limits (inner tick labels are then hidden).
public enum AxisSharing: Hashable, Sendable {
    case none
    /// Every panel of the figure.
    case all
    /// Panels in the same column (x) or the same row (y).
    case byLine
}
