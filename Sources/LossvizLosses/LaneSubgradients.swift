/// The one-sided derivatives PyTorch's backward passes take at kinks
/// (docs/losses.md section 2), lane-wise, as `BoxDual` takes them one number at a time.
extension LaneArithmetic {
    /// `d max(a, b)/da` as torch's `maximum` backward gives it: 1 where `a > b`,
    /// 1/2 where `a == b` (a tie sends half the gradient to each argument), 0
    /// where `a < b`. By symmetry `d min(a, b)/da` is `maximumSlope(b, a)`.
    @inlinable @inline(__always)
    public static func maximumSlope(_ a: Self, _ b: Self) -> Self {
        // (a > b ? 1/2 : 0) + (a < b ? 0 : 1/2): two masks and an add, no blend.
        let zero = Self(broadcast: 0), half = Self(broadcast: 0.5)
        return select(isLess(b, a), half, zero) + select(isLess(a, b), zero, half)
    }

    /// `sign(a)`, the derivative of `|a|` as torch's `abs` backward gives it:
    /// 1 where `a > 0`, -1 where `a < 0`, 0 at 0.
    @inlinable @inline(__always)
    public static func sign(_ a: Self) -> Self {
        let zero = Self(broadcast: 0)
        return select(isLess(zero, a), Self(broadcast: 1), select(isLess(a, zero), Self(broadcast: -1), zero))
    }
}
