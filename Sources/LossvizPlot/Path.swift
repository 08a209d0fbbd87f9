/// A vector path in canvas points: sub-paths of straight and cubic Bézier
/// segments, the only geometry a `Canvas` has to know.
public struct Path: Hashable, Sendable {
    /// One drawing command of a path.
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        /// A cubic Bézier curve through two control points to `to`.
        case curve(Point, Point, to: Point)
        case close
    }

    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// Starts a new sub-path at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// A straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// A cubic Bézier segment to `p` with control points `c1`, `c2`.
    public mutating func curve(to p: Point, control1 c1: Point, control2 c2: Point) {
        elements.append(.curve(c1, c2, to: p))
    }
    /// Closes the current sub-path.
    public mutating func close() { elements.append(.close) }

    public var isEmpty: Bool { elements.isEmpty }

    /// An open polyline through `points` (empty for fewer than two points).
    public static func polyline(_ points: [Point]) -> Path {
        var path = Path()
        guard points.count >= 2 else { return path }
        path.move(to: points[0])
        for p in points.dropFirst() { path.line(to: p) }
        return path
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        if !path.isEmpty { path.close() }
        return path
    }

    /// The outline of `rect`.
    public static func rectangle(_ rect: Rect) -> Path {
        polygon([
            Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY),
            Point(rect.maxX, rect.maxY), Point(rect.minX, rect.maxY),
        ])
    }

    /// A rectangle with corners rounded by `radius` (quarter circles as Béziers).
    public static func roundedRectangle(_ rect: Rect, radius: Double) -> Path {
        let r = max(0, min(radius, rect.width / 2, rect.height / 2))
        guard r > 0 else { return rectangle(rect) }
        let k = 0.5522847498 * r  // 4/3 (sqrt(2) - 1): the Bézier circle constant
        var p = Path()
        p.move(to: Point(rect.minX + r, rect.minY))
        p.line(to: Point(rect.maxX - r, rect.minY))
        p.curve(to: Point(rect.maxX, rect.minY + r),
                control1: Point(rect.maxX - r + k, rect.minY), control2: Point(rect.maxX, rect.minY + r - k))
        p.line(to: Point(rect.maxX, rect.maxY - r))
        p.curve(to: Point(rect.maxX - r, rect.maxY),
                control1: Point(rect.maxX, rect.maxY - r + k), control2: Point(rect.maxX - r + k, rect.maxY))
        p.line(to: Point(rect.minX + r, rect.maxY))
        p.curve(to: Point(rect.minX, rect.maxY - r),
                control1: Point(rect.minX + r - k, rect.maxY), control2: Point(rect.minX, rect.maxY - r + k))
        p.line(to: Point(rect.minX, rect.minY + r))
        p.curve(to: Point(rect.minX + r, rect.minY),
                control1: Point(rect.minX, rect.minY + r - k), control2: Point(rect.minX + r - k, rect.minY))
        p.close()
        return p
    }

    /// A circle of `radius` around `center`, four Bézier quarter arcs
    /// (relative radial error below 3e-4).
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        var p = Path()
        p.move(to: Point(c.x + r, c.y))
        p.curve(to: Point(c.x, c.y + r), control1: Point(c.x + r, c.y + k), control2: Point(c.x + k, c.y + r))
        p.curve(to: Point(c.x - r, c.y), control1: Point(c.x - k, c.y + r), control2: Point(c.x - r, c.y + k))
        p.curve(to: Point(c.x, c.y - r), control1: Point(c.x - r, c.y - k), control2: Point(c.x - k, c.y - r))
        p.curve(to: Point(c.x + r, c.y), control1: Point(c.x + k, c.y - r), control2: Point(c.x + r, c.y - k))
        p.close()
        return p
    }

    /// Appends every element of `other`.
    public mutating func append(_ other: Path) { elements += other.elements }

    /// The path with every point moved by `(dx, dy)`.
    public func translated(dx: Double, dy: Double) -> Path {
        var out = Path()
        out.elements = elements.map { e in
            func t(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
            switch e {
            case .move(let p): return .move(t(p))
            case .line(let p): return .line(t(p))
            case .curve(let a, let b, let to): return .curve(t(a), t(b), to: t(to))
            case .close: return .close
            }
        }
        return out
    }

    /// The bounding box of every point and control point (nil when empty).
    public var controlBounds: Rect? {
        var pts: [Point] = []
        for e in elements {
            switch e {
            case .move(let p), .line(let p): pts.append(p)
            case .curve(let a, let b, let to): pts += [a, b, to]
            case .close: break
            }
        }
        guard let first = pts.first else { return nil }
        var r = Rect(x: first.x, y: first.y, width: 0, height: 0)
        for p in pts.dropFirst() { r = r.union(Rect(x: p.x, y: p.y, width: 0, height: 0)) }
        return r
    }
}
