extension IoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate` (mirrors `IoULoss`): `L = 1 - IoU`, `dL = -dIoU`.
    @inlinable @inline(__always)
    public func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>) {
        let iou = geometry.iou(eps: eps)
        return (T(broadcast: 1) - iou.value, -iou.gradient)
    }
}
