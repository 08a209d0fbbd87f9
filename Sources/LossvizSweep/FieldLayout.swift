/// How a 2-D field places the prediction relative to the fixed target.
public enum FieldLayout: Hashable, Sendable {
    /// A prediction of size `(width, height)` centred at the target's centre plus
    /// `(dx, dy)`: the x axis is `dx`, the y axis `dy` (docs/figures.md `loss-fields`).
    case offset(width: Double, height: Double)
    /// A prediction centred on the target with area `s * w_t * h_t` and aspect ratio
    /// `a = w/h`: `w = sqrt(s A a)`, `h = sqrt(s A / a)`; the x axis is `s`, the y
    /// axis `a` (docs/figures.md `shape-fields`; both usually log-spaced).
    case scaleAspect

    /// The names of the two grid coordinates, `("dx", "dy")` or `("scale", "aspect")`.
    public var axisNames: (x: String, y: String) {
        switch self {
        case .offset: return ("dx", "dy")
        case .scaleAspect: return ("scale", "aspect")
        }
    }

    /// The prediction at grid point `(u, v)` and the chain-rule factors
    /// `(d cx, d cy, d w, d h)` along `u` and along `v`.
    @inlinable
    public func prediction(u: Double, v: Double, target: CentreFormBox) -> (
        box: CentreFormBox,
        alongU: (cx: Double, cy: Double, w: Double, h: Double),
        alongV: (cx: Double, cy: Double, w: Double, h: Double)
    ) {
        switch self {
        case let .offset(width, height):
            return (CentreFormBox(cx: target.cx + u, cy: target.cy + v, w: width, h: height), (1, 0, 0, 0), (0, 1, 0, 0))
        case .scaleAspect:
            let area = u * target.w * target.h
            let w = (area * v).squareRoot(), h = (area / v).squareRoot()
            return (CentreFormBox(cx: target.cx, cy: target.cy, w: w, h: h),
                    (0, 0, w / (2 * u), h / (2 * u)), (0, 0, w / (2 * v), -h / (2 * v)))
        }
    }

    /// Whether the grid coordinates must be positive.
    var needsPositiveCoordinates: Bool {
        if case .scaleAspect = self { return true }
        return false
    }
}
