/// A box loss whose `autograd` gradient also exists in lane form: the same
/// derivative as `evaluate(prediction:target:)`, written out by hand over
/// `LaneArithmetic` so that a SIMD type runs several cases per instruction
/// (the box-regression simulator's inner loop).
///
/// Conformers mirror their `BoxDual` formula term by term - same eps placement,
/// same tie and kink conventions (`LaneBoxPairGeometry`, `LaneArithmetic.maximumSlope`),
/// same detached quantities - and agree with it to rounding; `LaneGradientTests`
/// pins each one to `evaluate` on random and adversarial pairs.
public protocol LaneDifferentiableBoxLoss: BoxLoss {
    /// `dL/d(x, y, w, h)` of the prediction `geometry` was built from.
    func laneGradient<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> LaneCentreGradient<T>
}
