extension EfficientIoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate` (mirrors `EfficientIoULoss`):
    /// `L = 1 - IoU + rho^2/c^2 + E_w + E_h`, `dL = -dIoU + d(rho^2/c^2) + dE_w + dE_h` with `E_w = (w - w_t)^2/(C_w^2 + eps)`:
    /// `dE_w/dx = 2 E_w C_w s_x/(C_w^2 + eps)`,
    /// `dE_w/dw = (2(w - w_t) - 2 E_w C_w (1 - c_x))/(C_w^2 + eps)`, and `E_h` likewise in
    /// `y`, `h` (`s`, `c` as in `LaneBoxPairGeometry`).
    @inlinable @inline(__always)
    public func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>) {
        let one = T(broadcast: 1), two = T(broadcast: 2), e = T(broadcast: eps)
        let cw = geometry.enclosingWidth, ch = geometry.enclosingHeight
        let aw = geometry.width - geometry.targetWidth, ah = geometry.height - geometry.targetHeight
        let kw = one / (cw * cw + e), kh = one / (ch * ch + e)
        let ew = aw * aw * kw, eh = ah * ah * kh
        let twiceEw = two * ew, twiceEh = two * eh
        let iou = geometry.iou(eps: eps), distance = geometry.centreDistanceRatio(eps: eps)
        let base = distance.gradient - iou.gradient
        return (one - iou.value + distance.value + ew + eh, LaneCentreGradient(
            x: base.x + twiceEw * cw * geometry.slopeX * kw,
            y: base.y + twiceEh * ch * geometry.slopeY * kh,
            w: base.w + (two * aw - twiceEw * cw * (one - geometry.spreadX)) * kw,
            h: base.h + (two * ah - twiceEh * ch * (one - geometry.spreadY)) * kh
        ))
    }
}
