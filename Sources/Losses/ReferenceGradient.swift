// The `reference` gradient convention (LOSSES.md section 2, SIMULATION.md section 3):
// the hand-derived update directions of the DIoU authors' MATLAB simulation
// (repository Zzh-tju/DIoU, folder "simulation experiment": dIOU.m, dGIOU.m,
// dDIOU.m, dCIOU.m, iou.m), reproduced formula for formula, quirks included.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
/// back the `x, y, w, h` components of SIMULATION.md section 3 (up to one rounding
/// of the corner-form packing). It is the *ascent* direction, i.e. the negated
/// "gradient" of the loss under the `reference` convention. The components are
/// not a true derivative: the edge-to-centre step has no factor 1/2, GIoU uses the
/// unclamped intersection, DIoU's enclosing-box term has the authors' indicator
/// vectors, CIoU drops `1/(w^2 + h^2)` (LOSSES.md section 2).
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
/// the exact `x, y, w, h` components of SIMULATION.md section 3, without packing.
///
/// This is the form the simulator iterates on (the MATLAB code keeps the box as
/// `[x, y, w, h]` and converts to edges `t = y - h/2, b = y + h/2, l = x - w/2,
/// r = x + w/2` at every step). Any real input gives a finite output as long as
/// the union and the enclosing box have positive size; degenerate boxes
/// (`t >= b` or `l >= r`) follow the MATLAB branch that copies `db` into `dt`
/// (and `dr` into `dl`).
@inlinable
public func referenceAscentCentreForm(
    _ loss: ReferenceLoss,
    x: Double, y: Double, w: Double, h: Double,
    targetX: Double, targetY: Double, targetW: Double, targetH: Double
) -> (x: Double, y: Double, w: Double, h: Double) {
    let p = ReferenceEdges(x: x, y: y, w: w, h: h)
    let g = ReferenceEdges(x: targetX, y: targetY, w: targetW, h: targetH)
    switch loss {
    case .iou:
        return referenceIoUEdgeAscent(p, g).centreForm
    case .giou:
        return referenceGIoUEdgeAscent(p, g).centreForm
    case .diou:
        return referenceDIoUAscent(p, g, x: x, y: y, targetX: targetX, targetY: targetY, extraW: 0, extraH: 0)
    case .ciou:
        // dCIOU.m: the aspect term v = 4/pi^2 (atan(w_g/h_g) - atan(w/h))^2 with its
        // hand derivative (8/pi^2)(atan(w_g/h_g) - atan(w/h)) * (h, -w) (the true
        // derivative has an extra 1/(w^2 + h^2)), weighted by
        // alpha = v / (1 - IoU + v + 1e-7) with the plain IoU of iou.m.
        let difference = atan(targetW / targetH) - atan(w / h)
        let v = 4 / (Double.pi * Double.pi) * difference * difference
        let alpha = v / (1 - referenceIoU(p, g) + v + 0.0000001)
        let slope = 8 / (Double.pi * Double.pi) * difference
        return referenceDIoUAscent(
            p, g, x: x, y: y, targetX: targetX, targetY: targetY,
            extraW: alpha * (slope * h), extraH: alpha * (-slope * w)
        )
    }
}

/// The plain IoU of the authors' `iou.m`: `I/U` when the boxes overlap
/// (`max(t) < min(b)` and `max(l) < min(r)`), else 0. No epsilon.
///
/// This is the `IoU(B)` of the simulation's `(2 - IoU)` step factor and of the
/// CIoU `alpha` (SIMULATION.md sections 1 and 3).
@inlinable
public func referencePlainIoU(
    x: Double, y: Double, w: Double, h: Double,
    targetX: Double, targetY: Double, targetW: Double, targetH: Double
) -> Double {
    referenceIoU(ReferenceEdges(x: x, y: y, w: w, h: h),
                 ReferenceEdges(x: targetX, y: targetY, w: targetW, h: targetH))
}

// MARK: - The MATLAB building blocks

/// A box as its four edges, `t = y - h/2`, `b = y + h/2`, `l = x - w/2`, `r = x + w/2` (to_tblr.m).
@usableFromInline
struct ReferenceEdges {
    @usableFromInline var t: Double
    @usableFromInline var b: Double
    @usableFromInline var l: Double
    @usableFromInline var r: Double

    @inlinable
    init(x: Double, y: Double, w: Double, h: Double) {
        t = y - h / 2
        b = y + h / 2
        l = x - w / 2
        r = x + w / 2
    }
}

/// A direction on the four edges `(t, b, l, r)`.
@usableFromInline
struct ReferenceEdgeDirection {
    @usableFromInline var t: Double
    @usableFromInline var b: Double
    @usableFromInline var l: Double
    @usableFromInline var r: Double

    @inlinable
    init(t: Double, b: Double, l: Double, r: Double) {
        self.t = t
        self.b = b
        self.l = l
        self.r = r
    }

    /// to_xywh.m: `dx = dl + dr`, `dy = dt + db`, `dw = dr - dl`, `dh = db - dt`
    /// (no factor 1/2 - on purpose in the original).
    @inlinable
    var centreForm: (x: Double, y: Double, w: Double, h: Double) {
        (x: l + r, y: t + b, w: r - l, h: b - t)
    }
}

/// The quantities that iou.m, dIOU.m and dGIOU.m share: the *unclamped*
/// intersection (In.m), union, and dI/dU of dIbox.m, dXbox.m, dUbox.m.
@usableFromInline
struct ReferenceOverlap {
    /// Intersection edges: `It = max(t)`, `Ib = min(b)`, `Il = max(l)`, `Ir = min(r)`.
    @usableFromInline var top: Double, bottom: Double, left: Double, right: Double
    /// `I = (Ib - It)(Ir - Il)`, not clamped at 0.
    @usableFromInline var intersection: Double
    /// `U = A_p + A_g - I`.
    @usableFromInline var union: Double
    /// dIbox.m: `dI/dt = -Iw` if `t_p > t_g`, `dI/db = Iw` if `b_p < b_g`, `dI/dl = -Ih`
    /// if `l_p > l_g`, `dI/dr = Ih` if `r_p < r_g`, each 0 otherwise.
    @usableFromInline var dI: ReferenceEdgeDirection
    /// dUbox.m: `dU = dX - dI` with dXbox.m `dX = (-w_p, w_p, -h_p, h_p)`.
    @usableFromInline var dU: ReferenceEdgeDirection

    /// `It < Ib && Il < Ir`: the boxes overlap.
    @inlinable var overlaps: Bool { top < bottom && left < right }

    @inlinable
    init(_ p: ReferenceEdges, _ g: ReferenceEdges) {
        top = max(p.t, g.t)
        bottom = min(p.b, g.b)
        left = max(p.l, g.l)
        right = min(p.r, g.r)
        intersection = (bottom - top) * (right - left)
        union = (p.b - p.t) * (p.r - p.l) + (g.b - g.t) * (g.r - g.l) - intersection
        let iw = right - left
        let ih = bottom - top
        dI = ReferenceEdgeDirection(
            t: p.t > g.t ? -iw : 0,
            b: p.b < g.b ? iw : 0,
            l: p.l > g.l ? -ih : 0,
            r: p.r < g.r ? ih : 0
        )
        let pw = p.r - p.l
        let ph = p.b - p.t
        dU = ReferenceEdgeDirection(t: -pw - dI.t, b: pw - dI.b, l: -ph - dI.l, r: ph - dI.r)
    }
}

/// iou.m: `I/U` if the boxes overlap, else 0.
@inlinable
func referenceIoU(_ p: ReferenceEdges, _ g: ReferenceEdges) -> Double {
    let o = ReferenceOverlap(p, g)
    return o.overlaps ? o.intersection / o.union : 0
}

/// dIOU.m: `(U dI - I dU)/U^2` on the edges when the boxes overlap and `U > 0`,
/// else 0; then, if `t_p >= b_p`, both `dt` and `db` become `db` (and both `dl`,
/// `dr` become `dr` if `l_p >= r_p`) - MATLAB's sequential swap `s.dt=s.db; s.db=s.dt;`.
@inlinable
func referenceIoUEdgeAscent(_ p: ReferenceEdges, _ g: ReferenceEdges) -> ReferenceEdgeDirection {
    let o = ReferenceOverlap(p, g)
    var s = ReferenceEdgeDirection(t: 0, b: 0, l: 0, r: 0)
    if o.overlaps && o.union > 0 {
        let u = o.union, i = o.intersection, u2 = u * u
        s.t = (u * o.dI.t - i * o.dU.t) / u2
        s.b = (u * o.dI.b - i * o.dU.b) / u2
        s.l = (u * o.dI.l - i * o.dU.l) / u2
        s.r = (u * o.dI.r - i * o.dU.r) / u2
    }
    if !(p.t < p.b) { s.t = s.b }
    if !(p.l < p.r) { s.l = s.r }
    return s
}

/// dGIOU.m: enclosing box `C` (cover.m) with dCbox.m `dC/dt = -(Cr - Cl)` if
/// `t_p < t_g`, `dC/db = Cr - Cl` if `b_p > b_g`, `dC/dl = -(Cb - Ct)` if `l_p < l_g`,
/// `dC/dr = Cb - Ct` if `r_p > r_g`; penalty direction `(C dU - U dC)/C^2` with the
/// unclamped `U, dU`. Overlapping: IoU direction + penalty (penalty only if `C > 0`);
/// disjoint: the penalty alone (0 if `C <= 0`, where MATLAB would divide by zero).
@inlinable
func referenceGIoUEdgeAscent(_ p: ReferenceEdges, _ g: ReferenceEdges) -> ReferenceEdgeDirection {
    let o = ReferenceOverlap(p, g)
    let ct = min(p.t, g.t), cb = max(p.b, g.b), cl = min(p.l, g.l), cr = max(p.r, g.r)
    let cw = cr - cl, ch = cb - ct
    let dC = ReferenceEdgeDirection(
        t: p.t < g.t ? -cw : 0,
        b: p.b > g.b ? cw : 0,
        l: p.l < g.l ? -ch : 0,
        r: p.r > g.r ? ch : 0
    )
    let c = ch * cw
    let u = o.union
    var s: ReferenceEdgeDirection
    if o.overlaps {
        s = referenceIoUEdgeAscent(p, g)
    } else {
        s = ReferenceEdgeDirection(t: 0, b: 0, l: 0, r: 0)
    }
    if c > 0 {
        let c2 = c * c
        s.t += (c * o.dU.t - u * dC.t) / c2
        s.b += (c * o.dU.b - u * dC.b) / c2
        s.l += (c * o.dU.l - u * dC.l) / c2
        s.r += (c * o.dU.r - u * dC.r) / c2
    }
    return s
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
@inlinable
func referenceDIoUAscent(
    _ p: ReferenceEdges, _ g: ReferenceEdges,
    x: Double, y: Double, targetX: Double, targetY: Double,
    extraW: Double, extraH: Double
) -> (x: Double, y: Double, w: Double, h: Double) {
    let ct = min(p.t, g.t), cb = max(p.b, g.b), cl = min(p.l, g.l), cr = max(p.r, g.r)
    let ccw = cr - cl, cch = cb - ct
    let c2 = cch * cch + ccw * ccw
    let topOut = p.t < g.t, bottomOut = p.b > g.b, leftOut = p.l < g.l, rightOut = p.r > g.r
    let kx: Double = (rightOut ? 1 : 0) - (leftOut ? 1 : 0)
    let ky: Double = (bottomOut ? 1 : 0) - (topOut ? 1 : 0)
    let kwShared: Double = (rightOut ? 0.5 : 0) - (leftOut ? -0.5 : 0)
    let khShared: Double = (bottomOut ? 0.5 : 0) - (topOut ? -0.5 : 0)
    // Kw and Kh start equal; each has one component overridden.
    let kwW: Double = leftOut && rightOut ? -1 : kwShared
    let khH: Double = topOut && bottomOut ? -1 : khShared
    let kwH = khShared, khW = kwShared
    let dx = x - targetX, dy = y - targetY
    let d = dx * dx + dy * dy
    let c4 = c2 * c2
    let sx = (2 * (targetX - x) * c2 - (2 * ccw * kx + 2 * cch * kx) * d) / c4
    let sy = (2 * (targetY - y) * c2 - (2 * ccw * ky + 2 * cch * ky) * d) / c4
    let sw = (2 * ccw * kwW + 2 * cch * khW) * d / c4 + extraW
    let sh = (2 * ccw * kwH + 2 * cch * khH) * d / c4 + extraH
    let iou = referenceIoUEdgeAscent(p, g).centreForm
    return (x: iou.x + sx, y: iou.y + sy, w: iou.w + sw, h: iou.h + sh)
}
