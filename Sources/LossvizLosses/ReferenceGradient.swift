// The `reference` gradient convention (docs/losses.md section 2, docs/simulation.md section 3):
// the hand-derived update directions of the DIoU authors' MATLAB simulation
// (repository Zzh-tju/DIoU, folder "simulation experiment": dIOU.m, dGIOU.m,
// dDIOU.m, dCIOU.m, iou.m), reproduced formula for formula, quirks included.
// Written over `LaneArithmetic` so the simulator can run several cases per
// SIMD instruction; every MATLAB `if` is a lane-wise `select` of the same values.

/// The four losses for which the DIoU authors' simulation code hand-derives an
/// update direction (Zheng et al., AAAI 2020 / IEEE TCYB 2021, simulation experiment).
public enum ReferenceLoss: String, CaseIterable, Sendable {
    /// `1 - IoU`, direction of `dIOU.m`.
    case iou
    /// `1 - GIoU`, direction of `dGIOU.m`.
    case giou
    /// `1 - DIoU`, direction of `dDIOU.m`.
    case diou
    /// `1 - CIoU`, direction of `dCIOU.m`.
    case ciou
}

/// The authors' ascent direction of the IoU-type score (the update direction of
/// their simulation: `B <- B + eta * (2 - IoU) * d`), in centre form.
///
/// The result is packed with `BoxGradient(cx:cy:w:h:)`, so `.cx, .cy, .w, .h` read
/// back the `x, y, w, h` components of docs/simulation.md section 3 (up to one rounding
/// of the corner-form packing). It is the *ascent* direction, i.e. the negated
/// "gradient" of the loss under the `reference` convention. The components are
/// not a true derivative: the edge-to-centre step has no factor 1/2, GIoU uses the
/// unclamped intersection, DIoU's enclosing-box term has the authors' indicator
/// vectors, CIoU drops `1/(w^2 + h^2)` (docs/losses.md section 2).
///
/// - Parameters:
///   - loss: which of the four hand-derived directions.
///   - prediction: the predicted box (its centre form is what the simulation moves).
///   - target: the target box.
@inlinable
public func referenceAscent(_ loss: ReferenceLoss, prediction: Box, target: Box) -> BoxGradient {
    let d = referenceAscentCentreForm(
        loss,
        x: prediction.cx, y: prediction.cy, w: prediction.width, h: prediction.height,
        targetX: target.cx, targetY: target.cy, targetW: target.width, targetH: target.height
    )
    return BoxGradient(cx: d.x, cy: d.y, w: d.w, h: d.h)
}

/// The authors' ascent direction in centre form, on raw centre-form coordinates:
/// the `x, y, w, h` components of docs/simulation.md section 3, without packing.
///
/// This is the form the simulator iterates on (the MATLAB code keeps the box as
/// `[x, y, w, h]` and converts to edges `t = y - h/2, b = y + h/2, l = x - w/2,
/// r = x + w/2` at every step). `T` is `Double` or SIMD lanes of independent cases.
/// The output is finite as long as the union and the enclosing box have positive
/// size; degenerate boxes (`t >= b` or `l >= r`) follow the MATLAB branch that
/// copies `db` into `dt` (and `dr` into `dl`).
///
/// Rounding: each MATLAB quotient `a / q` over a shared denominator (`U^2`, `C^2`,
/// `c2^2`, and `U` in `I/U`) is computed as `a * (1/q)`, one division per
/// denominator; results agree with the MATLAB order to a few ulps.
@inlinable @inline(__always)
public func referenceAscentCentreForm<T: LaneArithmetic>(
    _ loss: ReferenceLoss,
    x: T, y: T, w: T, h: T,
    target: ReferenceTarget<T>
) -> (x: T, y: T, w: T, h: T) {
    referenceStep(loss, x: x, y: y, w: w, h: h, target: target).ascent
}

/// The authors' ascent direction together with the plain IoU of `iou.m` (the
/// `IoU(B)` of the step factor `2 - IoU`), sharing one intersection: what one
/// simulation step needs. Same values as `referenceAscentCentreForm` and
/// `referencePlainIoU`.
@inlinable @inline(__always)
public func referenceStep<T: LaneArithmetic>(
    _ loss: ReferenceLoss,
    x: T, y: T, w: T, h: T,
    target: ReferenceTarget<T>
) -> (ascent: (x: T, y: T, w: T, h: T), plainIoU: T) {
    let p = ReferenceEdges(x: x, y: y, w: w, h: h)
    let g = target.edges
    let o = ReferenceOverlap(p, g)
    let iou = referenceIoU(o)
    switch loss {
    case .iou:
        return (referenceIoUEdgeAscent(p, o).centreForm, iou)
    case .giou:
        return (referenceGIoUEdgeAscent(p, g, o).centreForm, iou)
    case .diou:
        let zero = T(broadcast: 0)
        return (referenceDIoUAscent(p, g, o, x: x, y: y, targetX: target.x, targetY: target.y,
                                    extraW: zero, extraH: zero), iou)
    case .ciou:
        // dCIOU.m: the aspect term v = 4/pi^2 (atan(w_g/h_g) - atan(w/h))^2 with its
        // hand derivative (8/pi^2)(atan(w_g/h_g) - atan(w/h)) * (h, -w) (the true
        // derivative has an extra 1/(w^2 + h^2)), weighted by
        // alpha = v / (1 - IoU + v + 1e-7) with the plain IoU of iou.m, added to the
        // distance term before the IoU term.
        let difference = target.aspectAngle - laneArcTangent(w / h)
        let v = T(broadcast: 4 / (Double.pi * Double.pi)) * difference * difference
        let alpha = v / (T(broadcast: 1) - iou + v + T(broadcast: 0.0000001))
        let slope = T(broadcast: 8 / (Double.pi * Double.pi)) * difference
        return (referenceDIoUAscent(
            p, g, o, x: x, y: y, targetX: target.x, targetY: target.y,
            extraW: alpha * (slope * h), extraH: alpha * (-slope * w)
        ), iou)
    }
}

/// The same direction for a target given by its centre form.
@inlinable @inline(__always)
public func referenceAscentCentreForm<T: LaneArithmetic>(
    _ loss: ReferenceLoss,
    x: T, y: T, w: T, h: T,
    targetX: T, targetY: T, targetW: T, targetH: T
) -> (x: T, y: T, w: T, h: T) {
    referenceAscentCentreForm(loss, x: x, y: y, w: w, h: h,
                              target: ReferenceTarget(x: targetX, y: targetY, w: targetW, h: targetH))
}

/// The plain IoU of the authors' `iou.m`: `I/U` when the boxes overlap
/// (`max(t) < min(b)` and `max(l) < min(r)`), else 0. No epsilon.
///
/// This is the `IoU(B)` of the simulation's `(2 - IoU)` step factor and of the
/// CIoU `alpha` (docs/simulation.md sections 1 and 3).
@inlinable @inline(__always)
public func referencePlainIoU<T: LaneArithmetic>(x: T, y: T, w: T, h: T, target: ReferenceTarget<T>) -> T {
    referenceIoU(ReferenceOverlap(ReferenceEdges(x: x, y: y, w: w, h: h), target.edges))
}

/// The plain IoU of `iou.m` for a target given by its centre form.
@inlinable @inline(__always)
public func referencePlainIoU<T: LaneArithmetic>(
    x: T, y: T, w: T, h: T,
    targetX: T, targetY: T, targetW: T, targetH: T
) -> T {
    referencePlainIoU(x: x, y: y, w: w, h: h,
                      target: ReferenceTarget(x: targetX, y: targetY, w: targetW, h: targetH))
}

/// A target box with what the reference directions derive from it alone (its
/// edges and `atan(w/h)`), computed once for the many steps of a regression.
public struct ReferenceTarget<T: LaneArithmetic> {
    /// Centre x.
    public let x: T
    /// Centre y.
    public let y: T
    /// Width.
    public let w: T
    /// Height.
    public let h: T
    /// `atan(w/h)`, the target's angle in CIoU's aspect term.
    public let aspectAngle: T
    @usableFromInline let edges: ReferenceEdges<T>

    /// The target `(x, y, w, h)` in centre form.
    @inlinable @inline(__always)
    public init(x: T, y: T, w: T, h: T) {
        self.x = x
        self.y = y
        self.w = w
        self.h = h
        aspectAngle = laneArcTangent(w / h)
        edges = ReferenceEdges(x: x, y: y, w: w, h: h)
    }

    /// The target `(x, y, w, h)` with `aspectAngle`, which must be `atan(w/h)`
    /// (computed once by the caller for many targets of the same shape).
    @inlinable @inline(__always)
    public init(x: T, y: T, w: T, h: T, aspectAngle: T) {
        self.x = x
        self.y = y
        self.w = w
        self.h = h
        self.aspectAngle = aspectAngle
        edges = ReferenceEdges(x: x, y: y, w: w, h: h)
    }
}

// MARK: - The MATLAB building blocks

/// A box as its four edges, `t = y - h/2`, `b = y + h/2`, `l = x - w/2`, `r = x + w/2` (to_tblr.m).
@usableFromInline
struct ReferenceEdges<T: LaneArithmetic> {
    @usableFromInline var t: T
    @usableFromInline var b: T
    @usableFromInline var l: T
    @usableFromInline var r: T

    @inlinable @inline(__always)
    init(x: T, y: T, w: T, h: T) {
        let half = T(broadcast: 0.5)
        t = y - h * half
        b = y + h * half
        l = x - w * half
        r = x + w * half
    }
}

/// A direction on the four edges `(t, b, l, r)`.
@usableFromInline
struct ReferenceEdgeDirection<T: LaneArithmetic> {
    @usableFromInline var t: T
    @usableFromInline var b: T
    @usableFromInline var l: T
    @usableFromInline var r: T

    @inlinable @inline(__always)
    init(t: T, b: T, l: T, r: T) {
        self.t = t
        self.b = b
        self.l = l
        self.r = r
    }

    /// to_xywh.m: `dx = dl + dr`, `dy = dt + db`, `dw = dr - dl`, `dh = db - dt`
    /// (no factor 1/2 - on purpose in the original).
    @inlinable
    var centreForm: (x: T, y: T, w: T, h: T) {
        @inline(__always) get { (x: l + r, y: t + b, w: r - l, h: b - t) }
    }
}

/// The quantities that iou.m, dIOU.m and dGIOU.m share: the *unclamped*
/// intersection (In.m), union, and dI/dU of dIbox.m, dXbox.m, dUbox.m.
@usableFromInline
struct ReferenceOverlap<T: LaneArithmetic> {
    /// `It < Ib` and `Il < Ir` (`It = max(t)`, `Ib = min(b)`, `Il = max(l)`,
    /// `Ir = min(r)`): the boxes overlap when both hold.
    @usableFromInline var overlapsVertically: T.Condition, overlapsHorizontally: T.Condition
    /// `I = (Ib - It)(Ir - Il)`, not clamped at 0.
    @usableFromInline var intersection: T
    /// `U = A_p + A_g - I`.
    @usableFromInline var union: T
    /// `1/U`.
    @usableFromInline var inverseUnion: T
    /// dIbox.m: `dI/dt = -Iw` if `t_p > t_g`, `dI/db = Iw` if `b_p < b_g`, `dI/dl = -Ih`
    /// if `l_p > l_g`, `dI/dr = Ih` if `r_p < r_g`, each 0 otherwise.
    @usableFromInline var dI: ReferenceEdgeDirection<T>
    /// dUbox.m: `dU = dX - dI` with dXbox.m `dX = (-w_p, w_p, -h_p, h_p)`.
    @usableFromInline var dU: ReferenceEdgeDirection<T>

    @inlinable @inline(__always)
    init(_ p: ReferenceEdges<T>, _ g: ReferenceEdges<T>) {
        let top = T.maximum(p.t, g.t)
        let bottom = T.minimum(p.b, g.b)
        let left = T.maximum(p.l, g.l)
        let right = T.minimum(p.r, g.r)
        overlapsVertically = T.isLess(top, bottom)
        overlapsHorizontally = T.isLess(left, right)
        let iw = right - left
        let ih = bottom - top
        intersection = ih * iw
        union = (p.b - p.t) * (p.r - p.l) + (g.b - g.t) * (g.r - g.l) - intersection
        inverseUnion = T(broadcast: 1) / union
        let zero = T(broadcast: 0)
        dI = ReferenceEdgeDirection(
            t: T.select(T.isLess(g.t, p.t), -iw, zero),
            b: T.select(T.isLess(p.b, g.b), iw, zero),
            l: T.select(T.isLess(g.l, p.l), -ih, zero),
            r: T.select(T.isLess(p.r, g.r), ih, zero)
        )
        let pw = p.r - p.l
        let ph = p.b - p.t
        dU = ReferenceEdgeDirection(t: -pw - dI.t, b: pw - dI.b, l: -ph - dI.l, r: ph - dI.r)
    }
}

/// iou.m: `I/U` (as `I * (1/U)`) if the boxes overlap, else 0.
@inlinable @inline(__always)
func referenceIoU<T: LaneArithmetic>(_ o: ReferenceOverlap<T>) -> T {
    T.select(o.overlapsVertically, o.overlapsHorizontally, o.intersection * o.inverseUnion, T(broadcast: 0))
}

/// dIOU.m: `(U dI - I dU)/U^2` on the edges when the boxes overlap and `U > 0`,
/// else 0; then, if `t_p >= b_p`, both `dt` and `db` become `db` (and both `dl`,
/// `dr` become `dr` if `l_p >= r_p`) - MATLAB's sequential swap `s.dt=s.db; s.db=s.dt;`.
@inlinable @inline(__always)
func referenceIoUEdgeAscent<T: LaneArithmetic>(
    _ p: ReferenceEdges<T>, _ o: ReferenceOverlap<T>
) -> ReferenceEdgeDirection<T> {
    let zero = T(broadcast: 0)
    // 1/U^2 where the direction applies (overlap and U > 0), else 0: the numerators
    // are finite, so the products are the MATLAB values or (signed) zeros.
    let inverseU2 = T.select(o.overlapsVertically, o.overlapsHorizontally,
                             T.select(T.isLess(zero, o.union), o.inverseUnion * o.inverseUnion, zero), zero)
    let u = o.union, i = o.intersection
    let t = (u * o.dI.t - i * o.dU.t) * inverseU2
    let b = (u * o.dI.b - i * o.dU.b) * inverseU2
    let l = (u * o.dI.l - i * o.dU.l) * inverseU2
    let r = (u * o.dI.r - i * o.dU.r) * inverseU2
    return ReferenceEdgeDirection(
        t: T.select(T.isLess(p.t, p.b), t, b), b: b,
        l: T.select(T.isLess(p.l, p.r), l, r), r: r
    )
}

/// dGIOU.m: enclosing box `C` (cover.m) with dCbox.m `dC/dt = -(Cr - Cl)` if
/// `t_p < t_g`, `dC/db = Cr - Cl` if `b_p > b_g`, `dC/dl = -(Cb - Ct)` if `l_p < l_g`,
/// `dC/dr = Cb - Ct` if `r_p > r_g`; penalty direction `(C dU - U dC)/C^2` with the
/// unclamped `U, dU`. Overlapping: IoU direction + penalty (penalty only if `C > 0`);
/// disjoint: the penalty alone (0 if `C <= 0`, where MATLAB would divide by zero).
@inlinable @inline(__always)
func referenceGIoUEdgeAscent<T: LaneArithmetic>(
    _ p: ReferenceEdges<T>, _ g: ReferenceEdges<T>, _ o: ReferenceOverlap<T>
) -> ReferenceEdgeDirection<T> {
    let zero = T(broadcast: 0)
    let ct = T.minimum(p.t, g.t), cb = T.maximum(p.b, g.b), cl = T.minimum(p.l, g.l), cr = T.maximum(p.r, g.r)
    let cw = cr - cl, ch = cb - ct
    let dC = ReferenceEdgeDirection(
        t: T.select(T.isLess(p.t, g.t), -cw, zero),
        b: T.select(T.isLess(g.b, p.b), cw, zero),
        l: T.select(T.isLess(p.l, g.l), -ch, zero),
        r: T.select(T.isLess(g.r, p.r), ch, zero)
    )
    let c = ch * cw
    let u = o.union
    // 1/C^2 where C > 0, else 0; the IoU part counts only where the boxes overlap
    // (its value is finite everywhere, so a 0/1 factor selects it exactly).
    let inverseC2 = T.select(T.isLess(zero, c), T(broadcast: 1) / (c * c), zero)
    let iouWeight = T.select(o.overlapsVertically, o.overlapsHorizontally, T(broadcast: 1), zero)
    let iou = referenceIoUEdgeAscent(p, o)
    return ReferenceEdgeDirection(
        t: iou.t * iouWeight + (c * o.dU.t - u * dC.t) * inverseC2,
        b: iou.b * iouWeight + (c * o.dU.b - u * dC.b) * inverseC2,
        l: iou.l * iouWeight + (c * o.dU.l - u * dC.l) * inverseC2,
        r: iou.r * iouWeight + (c * o.dU.r - u * dC.r) * inverseC2
    )
}

/// dDIOU.m, in centre form: with `c2 = (Cb - Ct)^2 + (Cr - Cl)^2`, `CCw = Cr - Cl`,
/// `CCh = Cb - Ct`, `d = (x_p - x_g)^2 + (y_p - y_g)^2` and the indicator vectors
/// over `(x, y, w, h)`: `Kt = (0, 1, 0, -1/2)` if `t_p < t_g`, `Kb = (0, 1, 0, 1/2)` if
/// `b_p > b_g`, `Kl = (1, 0, -1/2, 0)` if `l_p < l_g`, `Kr = (1, 0, 1/2, 0)` if `r_p > r_g`;
/// `Kw = Kh = (Kr.x - Kl.x, Kb.y - Kt.y, Kr.w - Kl.w, Kb.h - Kt.h)`, then `Kw.w = -1`
/// if `l_p < l_g && r_p > r_g` and `Kh.h = -1` if `t_p < t_g && b_p > b_g`:
/// `sx = (2(x_g - x_p) c2 - (2 CCw Kw.x + 2 CCh Kh.x) d)/c2^2`, likewise `sy`;
/// `sw = (2 CCw Kw.w + 2 CCh Kh.w) d/c2^2`, likewise `sh`; plus the IoU direction
/// of dIOU.m in centre form. `extraW`, `extraH` are added to `sw`, `sh` before the
/// IoU direction, where dCIOU.m adds its aspect term (0 for DIoU).
@inlinable @inline(__always)
func referenceDIoUAscent<T: LaneArithmetic>(
    _ p: ReferenceEdges<T>, _ g: ReferenceEdges<T>, _ o: ReferenceOverlap<T>,
    x: T, y: T, targetX: T, targetY: T,
    extraW: T, extraH: T
) -> (x: T, y: T, w: T, h: T) {
    let zero = T(broadcast: 0), one = T(broadcast: 1), half = T(broadcast: 0.5), two = T(broadcast: 2)
    let ct = T.minimum(p.t, g.t), cb = T.maximum(p.b, g.b), cl = T.minimum(p.l, g.l), cr = T.maximum(p.r, g.r)
    let ccw = cr - cl, cch = cb - ct
    let c2 = cch * cch + ccw * ccw
    let topOut = T.isLess(p.t, g.t), bottomOut = T.isLess(g.b, p.b)
    let leftOut = T.isLess(p.l, g.l), rightOut = T.isLess(g.r, p.r)
    let kx = T.select(rightOut, one, zero) - T.select(leftOut, one, zero)
    let ky = T.select(bottomOut, one, zero) - T.select(topOut, one, zero)
    let kwShared = T.select(rightOut, half, zero) - T.select(leftOut, -half, zero)
    let khShared = T.select(bottomOut, half, zero) - T.select(topOut, -half, zero)
    // Kw and Kh start equal; each has one component overridden.
    let kwW = T.select(leftOut, rightOut, -one, kwShared)
    let khH = T.select(topOut, bottomOut, -one, khShared)
    let kwH = khShared, khW = kwShared
    let dx = x - targetX, dy = y - targetY
    let d = dx * dx + dy * dy
    let inverseC4 = T(broadcast: 1) / (c2 * c2)
    let sx = (two * (targetX - x) * c2 - (two * ccw * kx + two * cch * kx) * d) * inverseC4
    let sy = (two * (targetY - y) * c2 - (two * ccw * ky + two * cch * ky) * d) * inverseC4
    let sw = (two * ccw * kwW + two * cch * khW) * d * inverseC4 + extraW
    let sh = (two * ccw * kwH + two * cch * khH) * d * inverseC4 + extraH
    let iou = referenceIoUEdgeAscent(p, o).centreForm
    return (x: iou.x + sx, y: iou.y + sy, w: iou.w + sw, h: iou.h + sh)
}
