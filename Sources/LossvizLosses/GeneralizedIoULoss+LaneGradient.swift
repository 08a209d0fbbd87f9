extension GeneralizedIoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate` (mirrors `GeneralizedIoULoss`): `L = 1 - IoU + P`,
    /// `dL = -dIoU + dP` for the penalty `P = (C - U)/(C + eps)`, `C = C_w C_h`:
    /// `dP = ((1 - P) dC - dU)/(C + eps)` with `dC = (-C_h s_x, -C_w s_y, C_h (1 - c_x), C_w (1 - c_y))`
    /// (`s`, `c` as in `LaneBoxPairGeometry`).
    @inlinable @inline(__always)
    public func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>) {
        let one = T(broadcast: 1)
        let cw = geometry.enclosingWidth, ch = geometry.enclosingHeight
        let area = cw * ch
        let k = one / (area + T(broadcast: eps))
        let penalty = (area - geometry.union) * k
        let dC = LaneCentreGradient(x: -(ch * geometry.slopeX), y: -(cw * geometry.slopeY),
                                    w: ch * (one - geometry.spreadX), h: cw * (one - geometry.spreadY))
        let iou = geometry.iou(eps: eps)
        return (one - iou.value + penalty, k * ((one - penalty) * dC - geometry.unionGradient) - iou.gradient)
    }
}
