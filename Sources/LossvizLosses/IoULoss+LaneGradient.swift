extension IoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate`'s gradient (mirrors `IoULoss`): `dL = -dIoU`.
    @inlinable @inline(__always)
    public func laneGradient<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> LaneCentreGradient<T> {
        -geometry.iou(eps: eps).gradient
    }
}
