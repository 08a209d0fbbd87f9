import LossvizLosses

/// One way to move a prediction relative to a fixed target: the parameter of a
/// 1-D box-loss curve or an axis of a 2-D field.
///
/// Each maps a value `t` and a base prediction to a prediction box, and has the
/// chain-rule factors `(d cx/dt, d cy/dt, d w/dt, d h/dt)` that turn a centre-form
/// gradient into `dL/dt`.
public enum BoxSweepParameter: String, CaseIterable, Hashable, Sendable {
    /// `cx = cx_target + t` (the horizontal offset of the centres).
    case offsetX = "offset-x"
    /// `cy = cy_target + t` (the vertical offset; `y` grows downwards in image coordinates).
    case offsetY = "offset-y"
    /// `w = t`.
    case width
    /// `h = t`.
    case height
    /// Area `t * w_target * h_target`, keeping the base's aspect ratio and centre:
    /// `w = sqrt(t A a)`, `h = sqrt(t A / a)`, so `dw/dt = w/(2t)`, `dh/dt = h/(2t)`.
    case scale
    /// Aspect ratio `w/h = t`, keeping the base's area `S` and centre:
    /// `w = sqrt(S t)`, `h = sqrt(S/t)`, so `dw/dt = w/(2t)`, `dh/dt = -h/(2t)`.
    case aspect

    /// Whether `t` must be positive (size parameters).
    public var needsPositiveValues: Bool {
        switch self {
        case .offsetX, .offsetY: return false
        case .width, .height, .scale, .aspect: return true
        }
    }

    /// The prediction for value `t` and the chain-rule factors at it.
    @inlinable
    public func prediction(
        at t: Double, base: CentreFormBox, target: CentreFormBox
    ) -> (box: CentreFormBox, factors: (cx: Double, cy: Double, w: Double, h: Double)) {
        var box = base
        switch self {
        case .offsetX:
            box.cx = target.cx + t
            return (box, (1, 0, 0, 0))
        case .offsetY:
            box.cy = target.cy + t
            return (box, (0, 1, 0, 0))
        case .width:
            box.w = t
            return (box, (0, 0, 1, 0))
        case .height:
            box.h = t
            return (box, (0, 0, 0, 1))
        case .scale:
            let aspect = base.w / base.h
            let area = t * target.w * target.h
            box.w = (area * aspect).squareRoot()
            box.h = (area / aspect).squareRoot()
            return (box, (0, 0, box.w / (2 * t), box.h / (2 * t)))
        case .aspect:
            let area = base.w * base.h
            box.w = (area * t).squareRoot()
            box.h = (area / t).squareRoot()
            return (box, (0, 0, box.w / (2 * t), -box.h / (2 * t)))
        }
    }
}
