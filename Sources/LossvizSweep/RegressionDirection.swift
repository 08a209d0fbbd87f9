import LossvizLosses

/// Where a regression step gets its gradient: the loss gradient `dL/dB` in centre
/// form `(x, y, w, h)` of the prediction `B` against a target, under one
/// `GradientConvention`. The simulator descends on it: `B <- B - eta * s * dL/dB`.
///
/// Conformers are small value types; the simulator is generic over them, so the
/// call is specialised and inlined in its inner loop.
public protocol RegressionDirection: Sendable {
    /// The loss's name as the CLI uses it, e.g. `"giou"`.
    var name: String { get }
    /// Which convention the gradient follows.
    var convention: GradientConvention { get }
    /// `dL/dB` in centre form at the prediction `(x, y, w, h)` for `target`.
    func lossGradient(x: Double, y: Double, w: Double, h: Double, target: CentreFormBox)
        -> (x: Double, y: Double, w: Double, h: Double)
}

/// The `reference` convention: the negated ascent direction of the DIoU authors'
/// MATLAB code, `-referenceAscentCentreForm(...)` (docs/simulation.md section 3), so that
/// `B - eta (2 - IoU) dL/dB` is exactly their `B + eta (2 - IoU) d(B)`.
public struct ReferenceDirection: RegressionDirection, Hashable {
    /// Which of the four hand-derived directions.
    public var loss: ReferenceLoss

    /// The reference direction of `loss`.
    public init(_ loss: ReferenceLoss) {
        self.loss = loss
    }

    /// The reference loss's name, e.g. `"giou"`.
    public var name: String { loss.rawValue }
    /// Always `.reference`.
    public var convention: GradientConvention { .reference }

    /// `-referenceAscentCentreForm(loss, ...)` at `(x, y, w, h)` for `target`.
    @inlinable
    public func lossGradient(x: Double, y: Double, w: Double, h: Double, target: CentreFormBox)
        -> (x: Double, y: Double, w: Double, h: Double)
    {
        let d = referenceAscentCentreForm(
            loss, x: x, y: y, w: w, h: h,
            targetX: target.cx, targetY: target.cy, targetW: target.w, targetH: target.h
        )
        return (-d.x, -d.y, -d.w, -d.h)
    }
}

/// The `autograd` convention for any box loss: the loss's own gradient at the
/// corner-form box `(x - w/2, y - h/2, x + w/2, y + h/2)`, taken to centre form by
/// the chain rule (`dL/dx = dL/dx1 + dL/dx2`, `dL/dw = (dL/dx2 - dL/dx1)/2`) - what
/// PyTorch's `backward()` gives for a centre-form parameter.
public struct AutogradDirection<Loss: BoxLoss>: RegressionDirection {
    /// The loss whose gradient is descended.
    public var loss: Loss

    /// The autograd gradient of `loss`.
    public init(_ loss: Loss) {
        self.loss = loss
    }

    /// The loss's name.
    public var name: String { loss.name }
    /// Always `.autograd`.
    public var convention: GradientConvention { .autograd }

    /// `loss.evaluate` at the corner form of `(x, y, w, h)`, its gradient in centre form.
    @inlinable
    public func lossGradient(x: Double, y: Double, w: Double, h: Double, target: CentreFormBox)
        -> (x: Double, y: Double, w: Double, h: Double)
    {
        let g = loss.evaluate(prediction: Box(cx: x, cy: y, w: w, h: h), target: target.box).gradient
        return (g.cx, g.cy, g.w, g.h)
    }
}
