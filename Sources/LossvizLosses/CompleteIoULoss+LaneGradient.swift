extension CompleteIoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate` (mirrors `CompleteIoULoss`, `alpha` detached):
    /// `L = 1 - IoU + rho^2/c^2 + alpha v`, `dL = -dIoU + d(rho^2/c^2) + alpha dv` with `v = 4/pi^2 (atan(w_t/h_t) - atan(w/h))^2`,
    /// `alpha = v/((1 - IoU) + v + eps)` (0 where `alphaGate` and `IoU <= 0.5`).
    /// Only `w` and `h` move `v`: `d atan(w/h)/dw = h/(w^2 + h^2)`,
    /// `d atan(w/h)/dh = -w/(w^2 + h^2)`, so `alpha dv/dw = -F h` and `alpha dv/dh = F w` with
    /// `F = (8/pi^2)(atan(w_t/h_t) - atan(w/h)) alpha/(w^2 + h^2)` (one division for
    /// `alpha` and `F` together). `atan(w/h)` is `laneArcTangent(w, over: h)`
    /// (Cephes, division folded in) where `evaluate` uses the platform's `atan`.
    @inlinable @inline(__always)
    public func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>) {
        let w = geometry.width, h = geometry.height
        let iou = geometry.iou(eps: eps)
        let difference = geometry.targetAspectAngle - laneArcTangent(w, over: h)
        let v = T(broadcast: 4 / (Double.pi * Double.pi)) * difference * difference
        let alphaDenominator = T(broadcast: 1) - iou.value + v + T(broadcast: eps)
        let ungated = T(broadcast: 8 / (Double.pi * Double.pi)) * difference * v
            / (alphaDenominator * (w * w + h * h))
        let gateOpen = T.isLess(T(broadcast: 0.5), iou.value)
        let f = alphaGate ? T.select(gateOpen, ungated, T(broadcast: 0)) : ungated
        let alpha = alphaGate ? T.select(gateOpen, v / alphaDenominator, T(broadcast: 0)) : v / alphaDenominator
        let distance = geometry.centreDistanceRatio(eps: eps)
        let base = distance.gradient - iou.gradient
        return (T(broadcast: 1) - iou.value + distance.value + alpha * v,
                LaneCentreGradient(x: base.x, y: base.y, w: base.w - f * h, h: base.h + f * w))
    }
}
