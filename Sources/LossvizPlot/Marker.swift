/// A point marker drawn at data points (lines, scatter, legend handles).
public enum Marker: Hashable, Sendable {
    case circle, square, diamond, triangleUp, triangleDown, plus, cross

    /// The marker's outline centred at `c` with overall size `size` points
    /// (the diameter for a circle, like matplotlib's `markersize`).
    public func path(at c: Point, size: Double) -> Path {
        let r = size / 2
        switch self {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            return .rectangle(Rect(x: c.x - r, y: c.y - r, width: size, height: size))
        case .diamond:
            return .polygon([Point(c.x, c.y - r), Point(c.x + r, c.y), Point(c.x, c.y + r), Point(c.x - r, c.y)])
        case .triangleUp:
            return .polygon([Point(c.x, c.y - r), Point(c.x + r, c.y + r), Point(c.x - r, c.y + r)])
        case .triangleDown:
            return .polygon([Point(c.x, c.y + r), Point(c.x + r, c.y - r), Point(c.x - r, c.y - r)])
        case .plus:
            var p = Path.polyline([Point(c.x - r, c.y), Point(c.x + r, c.y)])
            p.append(.polyline([Point(c.x, c.y - r), Point(c.x, c.y + r)]))
            return p
        case .cross:
            let d = r * 0.7071
            var p = Path.polyline([Point(c.x - d, c.y - d), Point(c.x + d, c.y + d)])
            p.append(.polyline([Point(c.x - d, c.y + d), Point(c.x + d, c.y - d)]))
            return p
        }
    }

    /// Whether the marker is drawn by stroking only (`plus`, `cross`).
    public var isStrokeOnly: Bool { self == .plus || self == .cross }
}
