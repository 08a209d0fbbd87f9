#!/usr/bin/env python3
"""Peer of `lossviz-bench simulate-1715k`: the DIoU authors' 1,715,000-case
box-regression simulation (docs/simulation.md section 1, reference gradients of
section 3) for IoU, GIoU, DIoU and CIoU, vectorised over all cases with numpy.

Needs: numpy. Prints `seconds=<wall time> ...` like every peer.
Environment:
  LOSSVIZ_PEER_POINTS=N  run N anchor points instead of 5000 and extrapolate the
                         time linearly to 5000 (the output then says so; the full
                         run takes about four minutes). E.g.
                         LOSSVIZ_PEER_POINTS=250 Benchmarks/run simulate-1715k
  LOSSVIZ_SIM_CHECKPOINTS=1  also print the error at iterations 1, 50, 100, 160, 200.
The anchor centres come from numpy's seeded generator, so the totals differ from
lossviz's draw by the ~1 % a different draw makes; the timing is what matters.
"""
import os
import time

import numpy as np

FULL_POINTS = 5000
SHAPES = [(0.5, 2.0), (np.sqrt(3) / 3, np.sqrt(3)), (np.sqrt(2) / 2, np.sqrt(2)), (1.0, 1.0),
          (np.sqrt(2), np.sqrt(2) / 2), (np.sqrt(3), np.sqrt(3) / 3), (2.0, 0.5)]
SCALES = [0.5, 0.67, 0.75, 1.0, 1.33, 1.5, 2.0]


def cases(points, seed=1):
    rng = np.random.default_rng(seed)
    r = 3 * np.sqrt(rng.random(points))
    theta = 2 * np.pi * rng.random(points)
    px, py = 10 + r * np.cos(theta), 10 + r * np.sin(theta)
    rows = []
    for tw, th in SHAPES:
        for s in SCALES:
            area = s * tw * th
            for aw, ah in SHAPES:
                rows.append((tw, th, aw * np.sqrt(area), ah * np.sqrt(area)))
    rows = np.array(rows)  # 343 x 4, order target shape, scale, anchor shape
    n = points * 343
    x = np.repeat(px, 343)
    y = np.repeat(py, 343)
    tw = np.tile(rows[:, 0], points)
    th = np.tile(rows[:, 1], points)
    w = np.tile(rows[:, 2], points)
    h = np.tile(rows[:, 3], points)
    return x, y, w, h, np.full(n, 10.0), np.full(n, 10.0), tw, th


def edges(x, y, w, h):
    return y - h / 2, y + h / 2, x - w / 2, x + w / 2


def overlap(p, g):
    pt, pb, pl, pr = p
    gt, gb, gl, gr = g
    it, ib, il, ir = np.maximum(pt, gt), np.minimum(pb, gb), np.maximum(pl, gl), np.minimum(pr, gr)
    iw, ih = ir - il, ib - it
    inter = ih * iw
    union = (pb - pt) * (pr - pl) + (gb - gt) * (gr - gl) - inter
    di = (np.where(pt > gt, -iw, 0.0), np.where(pb < gb, iw, 0.0),
          np.where(pl > gl, -ih, 0.0), np.where(pr < gr, ih, 0.0))
    pw, ph = pr - pl, pb - pt
    du = (-pw - di[0], pw - di[1], -ph - di[2], ph - di[3])
    overlaps = (it < ib) & (il < ir)
    return inter, union, di, du, overlaps


def plain_iou(p, g):
    inter, union, _, _, overlaps = overlap(p, g)
    return np.where(overlaps, inter / np.where(overlaps, union, 1.0), 0.0)


def iou_edges(p, g):
    inter, union, di, du, overlaps = overlap(p, g)
    ok = overlaps & (union > 0)
    u2 = np.where(ok, union * union, 1.0)
    s = [np.where(ok, (union * a - inter * b) / u2, 0.0) for a, b in zip(di, du)]
    pt, pb, pl, pr = p
    s[0] = np.where(pt < pb, s[0], s[1])
    s[2] = np.where(pl < pr, s[2], s[3])
    return s


def to_centre(s):
    t, b, l, r = s
    return l + r, t + b, r - l, b - t


def giou_edges(p, g):
    inter, union, di, du, overlaps = overlap(p, g)
    pt, pb, pl, pr = p
    gt, gb, gl, gr = g
    ct, cb, cl, cr = np.minimum(pt, gt), np.maximum(pb, gb), np.minimum(pl, gl), np.maximum(pr, gr)
    cw, ch = cr - cl, cb - ct
    dc = (np.where(pt < gt, -cw, 0.0), np.where(pb > gb, cw, 0.0),
          np.where(pl < gl, -ch, 0.0), np.where(pr > gr, ch, 0.0))
    c = ch * cw
    iou = iou_edges(p, g)
    c2 = c * c
    return [np.where(overlaps, a, 0.0) + (c * b - union * e) / c2 for a, b, e in zip(iou, du, dc)]


def diou_centre(p, g, x, y, gx, gy, extra_w=0.0, extra_h=0.0):
    pt, pb, pl, pr = p
    gt, gb, gl, gr = g
    ct, cb, cl, cr = np.minimum(pt, gt), np.maximum(pb, gb), np.minimum(pl, gl), np.maximum(pr, gr)
    ccw, cch = cr - cl, cb - ct
    c2 = cch * cch + ccw * ccw
    top, bottom, left, right = pt < gt, pb > gb, pl < gl, pr > gr
    kx = right.astype(float) - left
    ky = bottom.astype(float) - top
    kw_shared = 0.5 * right + 0.5 * left
    kh_shared = 0.5 * bottom + 0.5 * top
    kw_w = np.where(left & right, -1.0, kw_shared)
    kh_h = np.where(top & bottom, -1.0, kh_shared)
    d = (x - gx) ** 2 + (y - gy) ** 2
    c4 = c2 * c2
    sx = (2 * (gx - x) * c2 - (2 * ccw * kx + 2 * cch * kx) * d) / c4
    sy = (2 * (gy - y) * c2 - (2 * ccw * ky + 2 * cch * ky) * d) / c4
    sw = (2 * ccw * kw_w + 2 * cch * kw_shared) * d / c4 + extra_w
    sh = (2 * ccw * kh_shared + 2 * cch * kh_h) * d / c4 + extra_h
    ix, iy, iw, ih = to_centre(iou_edges(p, g))
    return ix + sx, iy + sy, iw + sw, ih + sh


def direction(loss, x, y, w, h, gx, gy, gw, gh):
    p, g = edges(x, y, w, h), edges(gx, gy, gw, gh)
    if loss == "iou":
        return to_centre(iou_edges(p, g))
    if loss == "giou":
        return to_centre(giou_edges(p, g))
    if loss == "diou":
        return diou_centre(p, g, x, y, gx, gy)
    diff = np.arctan(gw / gh) - np.arctan(w / h)
    v = 4 / (np.pi * np.pi) * diff * diff
    alpha = v / (1 - plain_iou(p, g) + v + 0.0000001)
    slope = 8 / (np.pi * np.pi) * diff
    return diou_centre(p, g, x, y, gx, gy, alpha * (slope * h), alpha * (-slope * w))


def simulate(loss, state, iterations=200):
    x, y, w, h, gx, gy, gw, gh = (a.copy() for a in state)
    errors = np.empty(iterations)
    for k in range(1, iterations + 1):
        eta = 0.1 if k <= 160 else (0.01 if k <= 180 else 0.001)
        factor = eta * (2 - plain_iou(edges(x, y, w, h), edges(gx, gy, gw, gh)))
        dx, dy, dw, dh = direction(loss, x, y, w, h, gx, gy, gw, gh)
        x, y, w, h = x + factor * dx, y + factor * dy, w + factor * dw, h + factor * dh
        errors[k - 1] = np.sum(np.abs(x - gx) + np.abs(y - gy) + np.abs(w - gw) + np.abs(h - gh))
    return errors


def main():
    points = int(os.environ.get("LOSSVIZ_PEER_POINTS", FULL_POINTS))
    state = cases(points)
    start = time.perf_counter()
    results = {loss: simulate(loss, state) for loss in ("iou", "giou", "diou", "ciou")}
    seconds = time.perf_counter() - start
    extra = ""
    if points != FULL_POINTS:
        measured = seconds
        seconds *= FULL_POINTS / points
        extra = f" extrapolated_from_points={points} measured_wall={measured:.3f}"
    print(f"seconds={seconds:.3f} cases={points * 343}{extra}")
    if os.environ.get("LOSSVIZ_SIM_CHECKPOINTS"):
        scale = FULL_POINTS / points
        for loss, e in results.items():
            marks = " ".join(f"E{k}={e[k - 1] * scale:.4g}" for k in (1, 50, 100, 160, 200))
            print(f"# {loss} (scaled to 5000 points): {marks}")


if __name__ == "__main__":
    main()
