/// How a line mark looks. A nil colour takes the panel's next `tab10` colour,
/// like matplotlib's colour cycle. Defaults follow matplotlib: 1.5 pt wide,
/// markers 6 pt.
public struct LineStyle: Hashable, Sendable {
    public var color: Color?
    /// Width in points.
    public var width: Double
    public var dash: DashPattern
    public var marker: Marker?
    /// Marker size in points (diameter).
    public var markerSize: Double
    /// Whether markers are filled with the line colour (else white-filled).
    public var markerFilled: Bool

    /// A line style; every part has a matplotlib-like default.
    public init(color: Color? = nil, width: Double = 1.5, dash: DashPattern = .solid,
                marker: Marker? = nil, markerSize: Double = 6, markerFilled: Bool = true) {
        self.color = color
        self.width = width
        self.dash = dash
        self.marker = marker
        self.markerSize = markerSize
        self.markerFilled = markerFilled
    }


    /// The stroke for this style with a resolved colour.
    func stroke(color: Color) -> StrokeStyle {
        StrokeStyle(color: color, width: width, dash: dash.lengths(width: width), cap: .butt, join: .round)
    }
}
