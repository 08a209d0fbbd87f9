/// `BoxPairGeometry` in lane form: the quantities the IoU family shares, for a
/// predicted box in centre form `(x, y, w, h)` and a target, with their exact
/// `autograd` derivatives in centre form written out by hand, for one case
/// (`T = Double`) or several side by side in SIMD lanes.
///
/// The values are computed as `BoxPairGeometry` computes them (corners
/// `x1 = x - w/2, x2 = x + w/2`, widths `x2 - x1`, ...), and the derivatives are
/// those its `BoxDual`s carry, taken to centre form. With the tie shares of
/// torch's `maximum`/`minimum` backward (`LaneArithmetic.maximumSlope`)
/// `a_l = d max(x1, x1t)/dx1`, `a_r = d min(x2, x2t)/dx2` and
/// `s_x = a_r - a_l`, `c_x = (a_r + a_l)/2` (likewise `s_y`, `c_y` in `y`):
/// - intersection sides `I_w = min(x2, x2t) - max(x1, x1t)`: `dI_w/dx = s_x`, `dI_w/dw = c_x`;
/// - enclosing sides `C_w = max(x2, x2t) - min(x1, x1t)`: `dC_w/dx = -s_x`,
///   `dC_w/dw = 1 - c_x` (the min/max slopes are 1 minus the intersection's);
/// - `I = I_w I_h` when both sides are positive, else 0 with zero gradient
///   (torchvision's mask): `dI = (I_h s_x, I_w s_y, I_h c_x, I_w c_y)`;
/// - `U = w h + w_t h_t - I`: `dU = (0, 0, h, w) - dI`;
/// - centre offset `dx = (x2 + x1)/2 - (x1t + x2t)/2`: `d(dx)/dx = 1`, zero otherwise.
///
/// Each loss's lane gradient (`LaneDifferentiableBoxLoss`) builds on these; the
/// tests in `LaneGradientTests.swift` pin every one to its `BoxDual` original.
public struct LaneBoxPairGeometry<T: LaneArithmetic> {
    /// Predicted width `x2 - x1` and height `y2 - y1`.
    @usableFromInline let width, height: T
    /// Target width `x2t - x1t` and height `y2t - y1t`.
    @usableFromInline let targetWidth, targetHeight: T
    /// The target's `atan(w_t/h_t)` (CIoU's aspect term).
    @usableFromInline let targetAspectAngle: T
    /// Whether the intersection has positive height and positive width.
    @usableFromInline let overlapsVertically, overlapsHorizontally: T.Condition
    /// Intersection area `I` (0 unless both sides are positive).
    @usableFromInline let intersection: T
    /// `dI` in centre form.
    @usableFromInline let intersectionGradient: LaneCentreGradient<T>
    /// Union area `U = w h + w_t h_t - I` (no eps).
    @usableFromInline let union: T
    /// Width `C_w` and height `C_h` of the smallest enclosing box.
    @usableFromInline let enclosingWidth, enclosingHeight: T
    /// `s_x = dI_w/dx = -dC_w/dx` and `s_y = dI_h/dy = -dC_h/dy`.
    @usableFromInline let slopeX, slopeY: T
    /// `c_x = dI_w/dw = 1 - dC_w/dw` and `c_y = dI_h/dh = 1 - dC_h/dh`.
    @usableFromInline let spreadX, spreadY: T
    /// Centre offsets `dx`, `dy` (prediction minus target).
    @usableFromInline let centreOffsetX, centreOffsetY: T

    /// The geometry of the prediction `(x, y, w, h)` against `target` (whose edges are
    /// its corners `x1t = l`, `x2t = r`, `y1t = t`, `y2t = b`).
    @inlinable @inline(__always)
    public init(x: T, y: T, w: T, h: T, target: ReferenceTarget<T>) {
        let half = T(broadcast: 0.5)
        self.init(x1: x - w * half, y1: y - h * half, x2: x + w * half, y2: y + h * half,
                  targetX1: target.edges.l, targetY1: target.edges.t, targetX2: target.edges.r, targetY2: target.edges.b,
                  targetAspectAngle: target.aspectAngle)
    }

    /// The geometry of the prediction with corners `(x1, y1, x2, y2)` against the
    /// target with corners `(targetX1, targetY1, targetX2, targetY2)`, the target's
    /// `atan(w_t/h_t)` computed here (`laneArcTangent`; unused, and so dropped by
    /// the optimiser, for every loss but CIoU): the batch API's entry, which reads
    /// corner-form boxes as `BoxPairGeometry` does.
    @inlinable @inline(__always)
    public init(x1: T, y1: T, x2: T, y2: T, targetX1: T, targetY1: T, targetX2: T, targetY2: T) {
        self.init(x1: x1, y1: y1, x2: x2, y2: y2,
                  targetX1: targetX1, targetY1: targetY1, targetX2: targetX2, targetY2: targetY2,
                  targetAspectAngle: laneArcTangent(targetX2 - targetX1, over: targetY2 - targetY1))
    }

    @inlinable @inline(__always)
    init(x1: T, y1: T, x2: T, y2: T, targetX1 tx1: T, targetY1 ty1: T, targetX2 tx2: T, targetY2 ty2: T,
         targetAspectAngle: T) {
        let half = T(broadcast: 0.5), zero = T(broadcast: 0)
        let leftShare = T.maximumSlope(x1, tx1), rightShare = T.maximumSlope(tx2, x2)
        let topShare = T.maximumSlope(y1, ty1), bottomShare = T.maximumSlope(ty2, y2)
        slopeX = rightShare - leftShare
        slopeY = bottomShare - topShare
        spreadX = (rightShare + leftShare) * half
        spreadY = (bottomShare + topShare) * half
        let left = T.maximum(x1, tx1), right = T.minimum(x2, tx2)
        let top = T.maximum(y1, ty1), bottom = T.minimum(y2, ty2)
        overlapsVertically = T.isLess(top, bottom)
        overlapsHorizontally = T.isLess(left, right)
        let sideX = T.select(overlapsVertically, overlapsHorizontally, right - left, zero)
        let sideY = T.select(overlapsVertically, overlapsHorizontally, bottom - top, zero)
        intersection = sideX * sideY
        intersectionGradient = LaneCentreGradient(x: sideY * slopeX, y: sideX * slopeY,
                                                  w: sideY * spreadX, h: sideX * spreadY)
        width = x2 - x1
        height = y2 - y1
        targetWidth = tx2 - tx1
        targetHeight = ty2 - ty1
        self.targetAspectAngle = targetAspectAngle
        union = width * height + targetWidth * targetHeight - intersection
        enclosingWidth = T.maximum(x2, tx2) - T.minimum(x1, tx1)
        enclosingHeight = T.maximum(y2, ty2) - T.minimum(y1, ty1)
        centreOffsetX = (x2 + x1) * half - (tx1 + tx2) * half
        centreOffsetY = (y2 + y1) * half - (ty1 + ty2) * half
    }

    /// The plain IoU of the DIoU authors' `iou.m`: `I/U` (as `I * (1/U)`) when the
    /// boxes overlap, else 0, no eps - the `IoU(B)` of the simulation's `2 - IoU`
    /// step factor. Bit for bit `referencePlainIoU` (same corners, same products).
    @inlinable
    public var plainIoU: T {
        @inline(__always) get {
            T.select(overlapsVertically, overlapsHorizontally, intersection * (T(broadcast: 1) / union),
                     T(broadcast: 0))
        }
    }

    /// `dU = (0, 0, h, w) - dI`.
    @inlinable
    var unionGradient: LaneCentreGradient<T> {
        @inline(__always) get {
            let dI = intersectionGradient
            return LaneCentreGradient(x: -dI.x, y: -dI.y, w: height - dI.w, h: width - dI.h)
        }
    }

    /// `IoU = I/(U + eps)` (computed as `I k`, `k = 1/(U + eps)`) and
    /// `dIoU = k (dI - IoU dU)`, with `dU = (0, 0, h, w) - dI`:
    /// `dIoU = (k (1 + IoU) dI) - (0, 0, k IoU h, k IoU w)`.
    @inlinable @inline(__always)
    func iou(eps: Double) -> (value: T, gradient: LaneCentreGradient<T>) {
        let k = T(broadcast: 1) / (union + T(broadcast: eps))
        let iou = intersection * k
        let kp = k + iou * k, kq = iou * k
        let dI = intersectionGradient
        return (iou, LaneCentreGradient(x: kp * dI.x, y: kp * dI.y, w: kp * dI.w - kq * height, h: kp * dI.h - kq * width))
    }

    /// DIoU's distance term `D = rho^2/c^2`, `rho^2 = dx^2 + dy^2`,
    /// `c^2 = C_w^2 + C_h^2 + eps`, with `dD = (d rho^2 - D dc^2)/c^2`:
    /// `dD/dx = (2 dx + 2 D C_w s_x)/c^2`, `dD/dw = -2 D C_w (1 - c_x)/c^2`, likewise in `y`, `h`.
    @inlinable @inline(__always)
    func centreDistanceRatio(eps: Double) -> (value: T, gradient: LaneCentreGradient<T>) {
        let one = T(broadcast: 1), two = T(broadcast: 2)
        let cw = enclosingWidth, ch = enclosingHeight
        let k = one / (cw * cw + ch * ch + T(broadcast: eps))
        let dx = centreOffsetX, dy = centreOffsetY
        let ratio = (dx * dx + dy * dy) * k
        let twiceRatioK = two * ratio * k
        return (ratio, LaneCentreGradient(
            x: two * dx * k + twiceRatioK * cw * slopeX,
            y: two * dy * k + twiceRatioK * ch * slopeY,
            w: -(twiceRatioK * cw * (one - spreadX)),
            h: -(twiceRatioK * ch * (one - spreadY))
        ))
    }
}
