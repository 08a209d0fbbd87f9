#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A number together with its derivative with respect to the four corner
/// coordinates of the predicted box: forward-mode automatic differentiation
/// with four tangent directions.
///
/// The box losses are written as the formulas of their sources with `BoxDual`
/// standing in for every quantity that depends on the prediction, so the
/// gradient they report is exactly the one reverse-mode autodiff (PyTorch's
/// `backward()`) gives, including its conventions at kinks:
/// `max`/`min` ties send half the gradient to each argument, `|x|` has slope 0
/// at 0, a clamp with scalar bounds passes the gradient only strictly inside
/// its bounds, and quantities that the source detaches are plain `Double`s.
@usableFromInline
struct BoxDual {
    /// The number.
    @usableFromInline var value: Double
    /// Its derivative with respect to `(x1, y1, x2, y2)` of the prediction.
    @usableFromInline var gradient: BoxGradient

    @inlinable
    init(_ value: Double, _ gradient: BoxGradient) {
        self.value = value
        self.gradient = gradient
    }

    /// The corners of `box` as independent variables.
    @inlinable
    static func corners(of box: Box) -> (x1: BoxDual, y1: BoxDual, x2: BoxDual, y2: BoxDual) {
        (
            BoxDual(box.x1, BoxGradient(x1: 1, y1: 0, x2: 0, y2: 0)),
            BoxDual(box.y1, BoxGradient(x1: 0, y1: 1, x2: 0, y2: 0)),
            BoxDual(box.x2, BoxGradient(x1: 0, y1: 0, x2: 1, y2: 0)),
            BoxDual(box.y2, BoxGradient(x1: 0, y1: 0, x2: 0, y2: 1))
        )
    }

    /// A number that does not depend on the prediction.
    @inlinable
    static func constant(_ value: Double) -> BoxDual { BoxDual(value, .zero) }

    // MARK: Arithmetic

    @inlinable static func + (a: BoxDual, b: BoxDual) -> BoxDual { BoxDual(a.value + b.value, a.gradient + b.gradient) }
    @inlinable static func - (a: BoxDual, b: BoxDual) -> BoxDual { BoxDual(a.value - b.value, a.gradient - b.gradient) }
    @inlinable static prefix func - (a: BoxDual) -> BoxDual { BoxDual(-a.value, -a.gradient) }
    @inlinable static func + (a: BoxDual, c: Double) -> BoxDual { BoxDual(a.value + c, a.gradient) }
    @inlinable static func + (c: Double, a: BoxDual) -> BoxDual { BoxDual(c + a.value, a.gradient) }
    @inlinable static func - (a: BoxDual, c: Double) -> BoxDual { BoxDual(a.value - c, a.gradient) }
    @inlinable static func - (c: Double, a: BoxDual) -> BoxDual { BoxDual(c - a.value, -a.gradient) }
    @inlinable static func * (c: Double, a: BoxDual) -> BoxDual { BoxDual(c * a.value, c * a.gradient) }
    @inlinable static func * (a: BoxDual, c: Double) -> BoxDual { BoxDual(a.value * c, c * a.gradient) }
    @inlinable static func / (a: BoxDual, c: Double) -> BoxDual { BoxDual(a.value / c, (1 / c) * a.gradient) }

    /// `d(ab) = b da + a db`.
    @inlinable
    static func * (a: BoxDual, b: BoxDual) -> BoxDual {
        BoxDual(a.value * b.value, b.value * a.gradient + a.value * b.gradient)
    }

    /// `d(a/b) = da/b - (a/b^2) db`.
    @inlinable
    static func / (a: BoxDual, b: BoxDual) -> BoxDual {
        BoxDual(a.value / b.value, (1 / b.value) * a.gradient - (a.value / (b.value * b.value)) * b.gradient)
    }

    /// `d(c/a) = -(c/a^2) da`.
    @inlinable
    static func / (c: Double, a: BoxDual) -> BoxDual {
        BoxDual(c / a.value, (-c / (a.value * a.value)) * a.gradient)
    }

    // MARK: Functions

    /// `a^2`, `d = 2a da`.
    @inlinable
    var squared: BoxDual { BoxDual(value * value, (2 * value) * gradient) }

    /// `|a|`, `d = sign(a) da` with `sign(0) = 0` (PyTorch's subgradient).
    @inlinable
    var magnitude: BoxDual {
        let sign: Double = value > 0 ? 1 : (value < 0 ? -1 : 0)
        return BoxDual(Swift.abs(value), sign * gradient)
    }

    /// `e^a`.
    @inlinable
    var exponential: BoxDual {
        let e = exp(value)
        return BoxDual(e, e * gradient)
    }

    /// `ln a`, `d = da/a`.
    @inlinable
    var logarithm: BoxDual { BoxDual(log(value), (1 / value) * gradient) }

    /// `atan a`, `d = da/(1 + a^2)`.
    @inlinable
    var arcTangent: BoxDual { BoxDual(atan(value), (1 / (value * value + 1)) * gradient) }

    /// `a^p` for a constant exponent, `d = p a^(p-1) da` (0 when `p = 0`, as in PyTorch).
    @inlinable
    func power(_ p: Double) -> BoxDual {
        if p == 0 { return BoxDual(1, .zero) }
        return BoxDual(pow(value, p), (p * pow(value, p - 1)) * gradient)
    }

    /// `clamp(a, lower, upper)` with constant bounds; the gradient passes only
    /// strictly inside `(lower, upper)`, as PyTorch's `clamp` with scalar bounds.
    @inlinable
    func clamped(_ lower: Double, _ upper: Double) -> BoxDual {
        if value <= lower { return BoxDual(lower, .zero) }
        if value >= upper { return BoxDual(upper, .zero) }
        return self
    }

    /// The larger of two numbers; a tie sends half the gradient to each.
    @inlinable
    static func maximum(_ a: BoxDual, _ b: BoxDual) -> BoxDual {
        if a.value > b.value { return a }
        if b.value > a.value { return b }
        return BoxDual(a.value, 0.5 * (a.gradient + b.gradient))
    }

    /// The smaller of two numbers; a tie sends half the gradient to each.
    @inlinable
    static func minimum(_ a: BoxDual, _ b: BoxDual) -> BoxDual {
        if a.value < b.value { return a }
        if b.value < a.value { return b }
        return BoxDual(a.value, 0.5 * (a.gradient + b.gradient))
    }

    /// The larger of a number and a constant; a tie keeps half the gradient.
    @inlinable
    static func maximum(_ a: BoxDual, _ c: Double) -> BoxDual {
        if a.value > c { return a }
        if c > a.value { return .constant(c) }
        return BoxDual(a.value, 0.5 * a.gradient)
    }

    /// The smaller of a number and a constant; a tie keeps half the gradient.
    @inlinable
    static func minimum(_ a: BoxDual, _ c: Double) -> BoxDual {
        if a.value < c { return a }
        if c < a.value { return .constant(c) }
        return BoxDual(a.value, 0.5 * a.gradient)
    }

    /// The value and gradient as a loss evaluation.
    @inlinable
    var evaluation: BoxLossEvaluation { BoxLossEvaluation(value: value, gradient: gradient) }
}
