extension FloatingPoint {
    /// Whether `self` and `other` agree to within `absoluteTolerance` or
    /// `relativeTolerance` of the larger magnitude:
    /// `self == other || |self - other| <= max(absoluteTolerance, relativeTolerance * max(|self|, |other|))`.
    ///
    /// Source: swift-numerics, `RealModule/ApproximateEquality.swift`
    /// (`isApproximatelyEqual(to:absoluteTolerance:relativeTolerance:norm:)`), with
    /// its conventions: equal infinities agree, NaN agrees with nothing (ask
    /// `agreesIncludingNaN` where NaN marks the same undefined point on both sides),
    /// and a non-finite difference never agrees. Both tolerances must be
    /// non-negative and finite-or-zero as there.
    public func isApproximatelyEqual(
        to other: Self, absoluteTolerance: Self, relativeTolerance: Self = 0
    ) -> Bool {
        precondition(absoluteTolerance >= 0 && absoluteTolerance.isFinite, "absoluteTolerance must be finite and >= 0")
        precondition(relativeTolerance >= 0 && relativeTolerance <= 1, "relativeTolerance must be in [0, 1]")
        if self == other { return true }
        let delta = (self - other).magnitude
        let scale = Swift.max(magnitude, other.magnitude)
        let bound = Swift.max(absoluteTolerance, scale * relativeTolerance)
        return delta.isFinite && delta <= bound
    }

    /// Whether `self` and `other` agree to within `relativeTolerance` of the larger
    /// magnitude (default `sqrt(ulpOfOne)`, swift-numerics' default), with no
    /// absolute floor: `isApproximatelyEqual(to:absoluteTolerance:relativeTolerance:)`
    /// with `absoluteTolerance` the smallest normal number.
    public func isApproximatelyEqual(to other: Self, relativeTolerance: Self = Self.ulpOfOne.squareRoot()) -> Bool {
        isApproximatelyEqual(to: other, absoluteTolerance: .leastNormalMagnitude, relativeTolerance: relativeTolerance)
    }

    /// `isApproximatelyEqual(to:absoluteTolerance:relativeTolerance:)`, except that
    /// NaN agrees with NaN: for comparing two implementations of one formula, which
    /// must be undefined at the same points.
    public func agreesIncludingNaN(
        with other: Self, absoluteTolerance: Self, relativeTolerance: Self = 0
    ) -> Bool {
        if isNaN || other.isNaN { return isNaN && other.isNaN }
        return isApproximatelyEqual(to: other, absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance)
    }
}
