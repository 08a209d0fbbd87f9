#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SCYLLAIoULoss: LaneDifferentiableBoxLoss {
    /// Lane form of `evaluate` (mirrors `SCYLLAIoULoss`): `L = 1 - IoU + (Delta + Omega)/2`
    /// with `Delta = (1 - e_x) + (1 - e_y)`, `Omega = b_w^theta + b_h^theta`;
    /// `dL = -dIoU + (dDelta + dOmega)/2`, with `s`, `c` as in `LaneBoxPairGeometry`.
    ///
    /// - Angle cost `Lambda = 2|dx||dy| k`, `k = 1/rho^2` (0 where `rho^2 = 0`):
    ///   `dLambda/dx = 2k (sign(dx)|dy| - Lambda dx)`, likewise in `y`; none in `w`, `h`.
    /// - Distance cost, `t_x = dx/C_w`, `rho_x = t_x^2`, `e_x = exp(-gamma rho_x)`, `gamma = 2 - Lambda`:
    ///   `dDelta = e_x gamma d rho_x + e_y gamma d rho_y - (e_x rho_x + e_y rho_y) dLambda`,
    ///   `d rho_x/dx = 2 t_x (1 + t_x s_x)/C_w`, `d rho_x/dw = -2 rho_x (1 - c_x)/C_w`.
    /// - Shape cost, `omega_w = |w - w_t|/m`, `m = max(w, w_t)`, `b = 1 - exp(-omega_w)`:
    ///   `dOmega/dw = theta b^(theta - 1) exp(-omega_w) (sign(w - w_t) - omega_w dm/dw)/m`
    ///   (`dm/dw` the tie share of `maximumSlope`); likewise in `h`.
    ///
    /// `exp` is `laneExponential` (Cephes). `b^(theta - 1)` is a product of
    /// `theta - 1` factors for integer `theta` in 1 ... 64 (the paper's 2 ... 6), else
    /// the platform's `pow` lane by lane; `theta = 0` makes the shape cost constant.
    /// (For `theta < 1` the slope at `w = w_t` is `inf * 0 = NaN` in `dL/dw`, as in
    /// `evaluate`, whose corner form also spreads that NaN to `dL/dx`.)
    @inlinable @inline(__always)
    public func laneEvaluation<T: LaneArithmetic>(_ geometry: LaneBoxPairGeometry<T>) -> (value: T, gradient: LaneCentreGradient<T>) {
        let zero = T(broadcast: 0), one = T(broadcast: 1), two = T(broadcast: 2), half = T(broadcast: 0.5)
        let dx = geometry.centreOffsetX, dy = geometry.centreOffsetY
        let rhoSquared = dx * dx + dy * dy
        let k = T.select(T.isLess(zero, rhoSquared), one / rhoSquared, zero)
        let absoluteX = T.magnitude(dx), absoluteY = T.magnitude(dy)
        let angle = two * absoluteX * absoluteY * k
        let angleX = two * k * (T.sign(dx) * absoluteY - angle * dx)
        let angleY = two * k * (T.sign(dy) * absoluteX - angle * dy)
        let gamma = two - angle

        let kw = one / geometry.enclosingWidth, kh = one / geometry.enclosingHeight
        let tx = dx * kw, ty = dy * kh
        let rhoX = tx * tx, rhoY = ty * ty
        let ex = laneExponential(-(gamma * rhoX)), ey = laneExponential(-(gamma * rhoY))
        let angleWeight = ex * rhoX + ey * rhoY
        let gx = two * (ex * gamma) * kw, gy = two * (ey * gamma) * kh
        let distanceX = gx * tx * (one + tx * geometry.slopeX) - angleWeight * angleX
        let distanceY = gy * ty * (one + ty * geometry.slopeY) - angleWeight * angleY
        let distanceW = -(gx * rhoX * (one - geometry.spreadX))
        let distanceH = -(gy * rhoY * (one - geometry.spreadY))

        let shapeW = shapeCost(geometry.width, geometry.targetWidth)
        let shapeH = shapeCost(geometry.height, geometry.targetHeight)
        let iou = geometry.iou(eps: eps)
        let distanceCost = (one - ex) + (one - ey)
        return (one - iou.value + half * (distanceCost + (shapeW.value + shapeH.value)), LaneCentreGradient(
            x: half * distanceX - iou.gradient.x,
            y: half * distanceY - iou.gradient.y,
            w: half * (distanceW + shapeW.slope) - iou.gradient.w,
            h: half * (distanceH + shapeH.slope) - iou.gradient.h
        ))
    }

    /// `(1 - exp(-omega))^theta` and its derivative in `size`, for
    /// `omega = |size - target|/max(size, target)`.
    @inlinable @inline(__always)
    func shapeCost<T: LaneArithmetic>(_ size: T, _ targetSize: T) -> (value: T, slope: T) {
        let difference = size - targetSize
        let k = T(broadcast: 1) / T.maximum(size, targetSize)
        let omega = T.magnitude(difference) * k
        let dOmega = (T.sign(difference) - omega * T.maximumSlope(size, targetSize)) * k
        let e = laneExponential(-omega)
        let power = powerAndSlope(T(broadcast: 1) - e)
        return (power.value, power.slope * e * dOmega)
    }

    /// `b^theta` and its slope `theta b^(theta - 1)`, as `BoxDual.power` gives them
    /// (`b^0 = 1` with slope 0).
    @inlinable @inline(__always)
    func powerAndSlope<T: LaneArithmetic>(_ b: T) -> (value: T, slope: T) {
        if theta == 0 { return (T(broadcast: 1), T(broadcast: 0)) }
        if theta >= 1 && theta <= 64 && theta == theta.rounded() {
            var power = T(broadcast: 1)
            for _ in 1..<Int(theta) { power = power * b }
            return (power * b, T(broadcast: theta) * power)
        }
        var value = b, slope = b
        for lane in 0..<T.laneCount {
            value.setLane(lane, to: pow(b.lane(lane), theta))
            slope.setLane(lane, to: theta * pow(b.lane(lane), theta - 1))
        }
        return (value, slope)
    }
}
