import LossvizLosses

/// The `autograd` convention through a loss's lane gradient
/// (`LaneDifferentiableBoxLoss.laneGradient`): the same derivative as
/// `AutogradDirection(loss)` to rounding, several cases per SIMD instruction.
///
/// One `LaneBoxPairGeometry` per step serves both the gradient and the plain IoU of
/// the `2 - IoU` step factor.
struct LaneAutogradDirection<Loss: LaneDifferentiableBoxLoss>: LaneRegressionDirection {
    /// The loss whose gradient is descended.
    var loss: Loss

    var name: String { loss.name }
    var convention: GradientConvention { .autograd }

    @inline(__always)
    func step<T: LaneArithmetic>(_ box: LaneBox<T>, target: ReferenceTarget<T>) -> (gradient: LaneBox<T>, plainIoU: T) {
        let geometry = LaneBoxPairGeometry(x: box.x, y: box.y, w: box.w, h: box.h, target: target)
        let g = loss.laneGradient(geometry)
        return (LaneBox(x: g.x, y: g.y, w: g.w, h: g.h), geometry.plainIoU)
    }
}
