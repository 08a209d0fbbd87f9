/// Vector arithmetic on box gradients: sums of gradients and scaling by a number,
/// the operations of the chain rule (`d(f + g) = df + dg`, `d(c f) = c df`).
extension BoxGradient {
    /// Component-wise sum.
    @inlinable
    public static func + (lhs: BoxGradient, rhs: BoxGradient) -> BoxGradient {
        BoxGradient(x1: lhs.x1 + rhs.x1, y1: lhs.y1 + rhs.y1, x2: lhs.x2 + rhs.x2, y2: lhs.y2 + rhs.y2)
    }

    /// Component-wise difference.
    @inlinable
    public static func - (lhs: BoxGradient, rhs: BoxGradient) -> BoxGradient {
        BoxGradient(x1: lhs.x1 - rhs.x1, y1: lhs.y1 - rhs.y1, x2: lhs.x2 - rhs.x2, y2: lhs.y2 - rhs.y2)
    }

    /// Every component negated.
    @inlinable
    public static prefix func - (gradient: BoxGradient) -> BoxGradient {
        BoxGradient(x1: -gradient.x1, y1: -gradient.y1, x2: -gradient.x2, y2: -gradient.y2)
    }

    /// Every component multiplied by `scale`.
    @inlinable
    public static func * (scale: Double, gradient: BoxGradient) -> BoxGradient {
        BoxGradient(x1: scale * gradient.x1, y1: scale * gradient.y1, x2: scale * gradient.x2, y2: scale * gradient.y2)
    }

    /// Every component multiplied by `scale`.
    @inlinable
    public static func * (gradient: BoxGradient, scale: Double) -> BoxGradient {
        scale * gradient
    }
}
