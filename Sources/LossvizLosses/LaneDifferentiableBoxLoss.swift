/// A box loss whose value and `autograd` gradient also exist in lane form: the
/// same numbers as `evaluate(prediction:target:)`, written out by hand over
/// `LaneArithmetic` so that a SIMD type runs several cases per instruction
/// (the box-regression simulator's inner loop, the batch API's kernels).
///
/// Conformers mirror their `BoxDual` formula term by term - same eps placement,
/// same tie and kink conventions (`LaneBoxPairGeometry`, `LaneArithmetic.maximumSlope`),
/// same detached quantities - and agree with it to rounding; `LaneGradientTests`
/// pins each one to `evaluate` on random and adversarial pairs.
public protocol LaneDifferentiableBoxLoss: BoxLoss {
    /// The loss and `dL/d(x, y, w, h)` of the prediction `geometry` was built from.
    func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>)
}

extension LaneDifferentiableBoxLoss {
    /// `dL/d(x, y, w, h)` alone (`laneEvaluation`'s gradient; inlined, the value's
    /// arithmetic is dead code the optimiser removes).
    @inlinable @inline(__always)
    public func laneGradient<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> LaneCentreGradient<T> {
        laneEvaluation(geometry).gradient
    }
}
