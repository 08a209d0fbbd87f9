extension DistanceIoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate`'s gradient (mirrors `DistanceIoULoss`):
    /// `dL = -dIoU + d(rho^2/c^2)`.
    @inlinable @inline(__always)
    public func laneGradient<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> LaneCentreGradient<T> {
        geometry.centreDistanceRatio(eps: eps).gradient - geometry.iou(eps: eps).gradient
    }
}
