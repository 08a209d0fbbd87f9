extension DistanceIoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate` (mirrors `DistanceIoULoss`):
    /// `L = 1 - IoU + rho^2/c^2`, `dL = -dIoU + d(rho^2/c^2)`.
    @inlinable @inline(__always)
    public func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>) {
        let iou = geometry.iou(eps: eps), distance = geometry.centreDistanceRatio(eps: eps)
        return (T(broadcast: 1) - iou.value + distance.value, distance.gradient - iou.gradient)
    }
}
