#!/usr/bin/env python3
"""Regenerate fixture.json, the oracle values and gradients of the Losses tests.

    python3 Tests/LossvizLossesTests/Fixtures/make_fixture.py

Needs torch and torchvision (CPU is enough); the tests read the committed
fixture.json and do not need them. Everything runs in float64.

Oracles:
  * torchvision generalized_box_iou_loss, distance_box_iou_loss,
    complete_box_iou_loss, sigmoid_focal_loss; torch smooth_l1_loss,
    huber_loss, l1_loss, mse_loss, binary_cross_entropy_with_logits,
    cross_entropy -- values, and gradients from autograd.
  * Losses with no public oracle (iou, log-iou, ciou with alpha gate, eiou,
    focal-eiou, siou, alpha-iou, wiou, mpdiou, inner-iou, focaler-iou,
    shape-iou, l2 half, focal-l1, seesaw, unitbox) are transcribed below from
    their papers / authors' code, independently of the Swift code, written as
    the authors wrote them (e.g. SIoU through arcsin and sin, UnitBox through
    torch.min), and differentiated by autograd. The intersection is always
    torchvision's _loss_inter_union (no gradient when boxes only touch).

Output layout (non-finite numbers are the strings "inf", "-inf", "nan"):
  box_pairs: [[px1, py1, px2, py2, tx1, ty1, tx2, ty2], ...]
  box_losses: [{loss, options, oracle, results: [[value, d_x1, d_y1, d_x2, d_y2], ...]}]
      (results[i] belongs to box_pairs[i])
  element_wise: [{loss, options, oracle, results: [[x, value, d_x], ...]}]
  binary: [{loss, options, oracle, results: [[logit, target, value, d_logit], ...]}]
  multi_class: [{loss, options, oracle, cases: [{label, logits, value, gradient}]}]
  unitbox: {oracle, results: [[xt, xb, xl, xr, tt, tb, tl, tr, value, d_xt, d_xb, d_xl, d_xr], ...]}
"""
import json
import math
import os
import random

import torch
import torch.nn.functional as F
import torchvision
from torchvision.ops import (complete_box_iou_loss, distance_box_iou_loss,
                             generalized_box_iou_loss, sigmoid_focal_loss)
from torchvision.ops._utils import _loss_inter_union

torch.set_default_dtype(torch.float64)
rng = random.Random(20240611)


# ---------------------------------------------------------------- box pairs

def box(cx, cy, w, h):
    return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2]


def box_pairs():
    pairs = []
    # docs/losses.md section 5
    pairs += [[0, 0, 2, 2, 1, 1, 3, 3], [0, 0, 1, 1, 2, 2, 3, 3],
              [0, 0, 4, 2, 1, 0, 3, 2], [9.5, 8.8, 10.5, 11.2, 9.5, 9.5, 10.5, 10.5]]
    # overlapping, random sizes and offsets
    for _ in range(60):
        t = box(rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(0.5, 4), rng.uniform(0.5, 4))
        tw, th = t[2] - t[0], t[3] - t[1]
        p = box((t[0] + t[2]) / 2 + rng.uniform(-0.4, 0.4) * tw, (t[1] + t[3]) / 2 + rng.uniform(-0.4, 0.4) * th,
                tw * rng.uniform(0.4, 2.5), th * rng.uniform(0.4, 2.5))
        pairs.append(p + t)
    # disjoint, near and far, in every direction
    for _ in range(20):
        t = box(0, 0, rng.uniform(0.5, 3), rng.uniform(0.5, 3))
        angle = rng.uniform(0, 2 * math.pi)
        distance = rng.choice([4, 10, 100, 1e4])
        pairs.append(box(distance * math.cos(angle), distance * math.sin(angle), rng.uniform(0.5, 3), rng.uniform(0.5, 3)) + t)
    pairs.append([-3, 0, -2, 1, 0, 0, 1, 1])      # same row, apart in x
    pairs.append([0, 5, 1, 6, 0, 0, 1, 1])        # same column, apart in y
    pairs.append([0, 0, 1, 1, 2, 0, 3, 1])        # issue 9: alpha-iou diou, a = 3, is 1 + (4/10)^3
    # nested both ways
    for _ in range(10):
        t = box(rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(2, 6), rng.uniform(2, 6))
        tw, th = t[2] - t[0], t[3] - t[1]
        w, h = tw * rng.uniform(0.1, 0.6), th * rng.uniform(0.1, 0.6)
        cx = rng.uniform(t[0] + w / 2, t[2] - w / 2)
        cy = rng.uniform(t[1] + h / 2, t[3] - h / 2)
        inner = box(cx, cy, w, h)
        pairs.append(inner + t)
        pairs.append(t + inner)
    # identical
    for _ in range(6):
        b = box(rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(0.5, 4), rng.uniform(0.5, 4))
        pairs.append(b + b)
    pairs.append([0, 0, 1, 1, 0, 0, 1, 1])
    pairs.append([1, 2, 4, 3, 1, 2, 4, 3])
    # touching (shared edge or corner, zero-area intersection)
    pairs += [[0, 0, 1, 1, 1, 0, 2, 1], [0, 0, 1, 1, 0, 1, 1, 2], [0, 0, 1, 1, 1, 1, 2, 2],
              [1, 0, 2, 1, 0, 0, 1, 1], [0, 1, 1, 2, 0, 0, 1, 1], [0, 0, 2, 1, 2, 0.5, 3, 3],
              [0.5, -1, 1.5, 0, 0, 0, 2, 2], [-1, -1, 0, 0, 0, 0, 1, 1]]
    # ties of max/min: shared sides, equal widths or heights, equal centres
    pairs += [[0, 0, 2, 2, 0, 0, 3, 1], [0, 0, 2, 2, 0, 1, 2, 3], [0, 0, 2, 2, 1, 0, 2, 3],
              [0, 0, 2, 2, -1, -1, 2, 2], [0, 0, 3, 1, 1, 0, 4, 1], [0, 0, 1, 4, 0, 1, 1, 5],
              [0, 0, 2, 2, 0.5, 0.5, 1.5, 1.5], [0, 0, 4, 2, 1, -1, 3, 3], [0, 0, 4, 2, 1, 0, 3, 2],
              [0, 0, 2, 4, 0, 1, 2, 3], [1, 1, 3, 3, 0, 1, 4, 3], [0, 0, 2, 2, 0, 0, 2, 5],
              [0, 0, 2, 2, 1, 1, 3, 3], [0, 0, 1, 1, 0, 0, 1, 2], [2, 0, 3, 3, 0, 0, 3, 3]]
    # tiny boxes (sides about 1e-6)
    for _ in range(10):
        t = box(rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(0.5, 2) * 1e-6, rng.uniform(0.5, 2) * 1e-6)
        p = box((t[0] + t[2]) / 2 + rng.uniform(-1, 1) * 1e-6, (t[1] + t[3]) / 2 + rng.uniform(-1, 1) * 1e-6,
                rng.uniform(0.5, 2) * 1e-6, rng.uniform(0.5, 2) * 1e-6)
        pairs.append(p + t)
    # huge boxes (sides about 1e6)
    for _ in range(10):
        t = box(rng.uniform(-1e6, 1e6), rng.uniform(-1e6, 1e6), rng.uniform(0.5, 2) * 1e6, rng.uniform(0.5, 2) * 1e6)
        p = box((t[0] + t[2]) / 2 + rng.uniform(-1, 1) * 1e6, (t[1] + t[3]) / 2 + rng.uniform(-1, 1) * 1e6,
                rng.uniform(0.5, 2) * 1e6, rng.uniform(0.5, 2) * 1e6)
        pairs.append(p + t)
    # extreme aspect ratios
    for _ in range(10):
        t = box(rng.uniform(-2, 2), rng.uniform(-2, 2), rng.uniform(5, 20), rng.uniform(0.05, 0.2))
        p = box((t[0] + t[2]) / 2 + rng.uniform(-1, 1), (t[1] + t[3]) / 2 + rng.uniform(-0.1, 0.1),
                rng.uniform(0.05, 0.2), rng.uniform(5, 20))
        pairs.append(p + t)
    return pairs


# ------------------------------------------------- box-loss transcriptions

def parts(p, t):
    x1, y1, x2, y2 = p.unbind(-1)
    X1, Y1, X2, Y2 = t.unbind(-1)
    return x1, y1, x2, y2, X1, Y1, X2, Y2


def enclosing(p, t):
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    return torch.max(x2, X2) - torch.min(x1, X1), torch.max(y2, Y2) - torch.min(y1, Y1)


def iou_of(p, t, eps):
    inter, union = _loss_inter_union(p, t)
    return inter / (union + eps)


def iou_loss(p, t, eps):
    """DIoU paper Eq. 2."""
    return 1 - iou_of(p, t, eps)


def log_iou_loss(p, t, eps):
    """UnitBox: -ln IoU."""
    return -torch.log(iou_of(p, t, eps))


def ciou_gated_loss(p, t, eps):
    """torchvision complete_box_iou_loss with mmdet's gate alpha = (iou > 0.5) v/(1 - iou + v)."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    iou = iou_of(p, t, eps)
    cw, ch = enclosing(p, t)
    diag = cw ** 2 + ch ** 2 + eps
    rho2 = ((x2 + x1) / 2 - (X1 + X2) / 2) ** 2 + ((y2 + y1) / 2 - (Y1 + Y2) / 2) ** 2
    v = (4 / (torch.pi ** 2)) * torch.pow(torch.atan((X2 - X1) / (Y2 - Y1)) - torch.atan((x2 - x1) / (y2 - y1)), 2)
    with torch.no_grad():
        alpha = (iou > 0.5).double() * v / (1 - iou + v + eps)
    return 1 - iou + rho2 / diag + alpha * v


def eiou_loss(p, t, eps):
    """Focal-EIoU paper Eq. 9 (eps on the union, c^2, C_w^2, C_h^2)."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    cw, ch = enclosing(p, t)
    rho2 = ((x1 + x2 - X1 - X2) ** 2 + (y1 + y2 - Y1 - Y2) ** 2) / 4
    rho_w2 = ((x2 - x1) - (X2 - X1)) ** 2
    rho_h2 = ((y2 - y1) - (Y2 - Y1)) ** 2
    return 1 - iou_of(p, t, eps) + rho2 / (cw ** 2 + ch ** 2 + eps) + rho_w2 / (cw ** 2 + eps) + rho_h2 / (ch ** 2 + eps)


def focal_eiou_loss(p, t, eps, gamma):
    """Focal-EIoU paper Eq. 14, IoU^gamma detached."""
    return iou_of(p, t, eps).detach() ** gamma * eiou_loss(p, t, eps)


def siou_loss(p, t, eps, theta):
    """SIoU paper Eq. 1-13 with the paper's sign, angle cost 1 - 2 sin^2(arcsin(x) - pi/4)."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    cw, ch = enclosing(p, t)
    s_cw = (X1 + X2) / 2 - (x1 + x2) / 2
    s_ch = (Y1 + Y2) / 2 - (y1 + y2) / 2
    r2 = s_cw ** 2 + s_ch ** 2
    apart = r2 > 0
    sigma = torch.sqrt(torch.where(apart, r2, torch.ones_like(r2)))
    sin_alpha = torch.abs(s_ch) / sigma
    sin_beta = torch.abs(s_cw) / sigma
    x = torch.where(sin_alpha > math.sqrt(2) / 2, sin_beta, sin_alpha)   # use beta when alpha > pi/4
    angle = 1 - 2 * torch.sin(torch.arcsin(x) - math.pi / 4) ** 2
    angle = torch.where(apart, angle, torch.zeros_like(angle))
    gamma = 2 - angle
    distance = (1 - torch.exp(-gamma * (s_cw / cw) ** 2)) + (1 - torch.exp(-gamma * (s_ch / ch) ** 2))
    w, h, W, H = x2 - x1, y2 - y1, X2 - X1, Y2 - Y1
    omega_w = torch.abs(w - W) / torch.max(w, W)
    omega_h = torch.abs(h - H) / torch.max(h, H)
    shape = (1 - torch.exp(-omega_w)) ** theta + (1 - torch.exp(-omega_h)) ** theta
    return 1 - iou_of(p, t, eps) + (distance + shape) / 2


def alpha_iou_loss(p, t, eps, a, penalty):
    """Jacobi93/Alpha-IoU bbox_alpha_iou as corrected on 24 Nov 2021 (utils/general.py, commit 3ab4cc1,
    unchanged since), without the +eps on the heights; loss = 1 - result. The distance penalty is the
    paper's (rho^2)^a / ((c^2)^a + eps). Where the centres coincide autograd multiplies
    a (rho^2)^(a-1) = inf by 0 (NaN for a < 1); the double where takes the limit 0 there, as siou_loss.
    The code's X1 + X2 - x1 - x2 is summed as (X1 + X2) - (x1 + x2), which is exactly 0 for identical
    boxes; left to right it can leave 2e-16, and at a = 1/2 (rho itself) that noise picks a unit direction."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    inter, union = _loss_inter_union(p, t)
    union = union + eps
    iou = torch.pow(inter / union + eps, a)
    if penalty == "iou":
        return 1 - iou
    cw, ch = enclosing(p, t)
    if penalty == "giou":
        c_area = torch.max(cw * ch + eps, union)
        return 1 - (iou - torch.pow((c_area - union) / c_area + eps, a))
    c2 = (cw ** 2 + ch ** 2) ** a + eps
    rho_x = torch.abs((X1 + X2) - (x1 + x2))
    rho_y = torch.abs((Y1 + Y2) - (y1 + y2))
    centre2 = (rho_x ** 2 + rho_y ** 2) / 4
    apart = centre2 > 0
    rho2 = torch.where(apart, torch.where(apart, centre2, torch.ones_like(centre2)) ** a, torch.zeros_like(centre2))
    if penalty == "diou":
        return 1 - (iou - rho2 / c2)
    v = (4 / math.pi ** 2) * torch.pow(torch.atan((X2 - X1) / (Y2 - Y1)) - torch.atan((x2 - x1) / (y2 - y1)), 2)
    with torch.no_grad():
        alpha_ciou = v / ((1 + eps) - inter / union + v)
    return 1 - (iou - (rho2 / c2 + torch.pow(v * alpha_ciou + eps, a)))


def wiou_loss(p, t, eps, variant, alpha, delta, running_mean, gamma=0.5):
    """Instinct323/wiou iou.py: _WIoU with l2_box detached, then _scaled_loss with beta = iou.detach() / iou_mean:
    v2 (monotonous=True) multiplies by beta.sqrt(), the paper's beta^gamma with gamma = 0.5;
    v3 (monotonous=False) by beta/(delta alpha^(beta-delta))."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    l_iou = 1 - iou_of(p, t, eps)
    cw, ch = enclosing(p, t)
    l2_box = cw ** 2 + ch ** 2 + eps
    l2_center = ((x1 + x2) / 2 - (X1 + X2) / 2) ** 2 + ((y1 + y2) / 2 - (Y1 + Y2) / 2) ** 2
    loss = torch.exp(l2_center / l2_box.detach()) * l_iou
    beta = l_iou.detach() / running_mean
    if variant == "v2":
        loss = loss * (beta.sqrt() if gamma == 0.5 else beta ** gamma)
    if variant == "v3":
        loss = loss * (beta / (delta * torch.pow(alpha, beta - delta)))
    return loss


def mpdiou_loss(p, t, eps, image_size):
    """MPDIoU paper Algorithm 1."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    w, h = image_size
    d1 = (X1 - x1) ** 2 + (Y1 - y1) ** 2
    d2 = (X2 - x2) ** 2 + (Y2 - y2) ** 2
    return 1 - (iou_of(p, t, eps) - d1 / (w ** 2 + h ** 2) - d2 / (w ** 2 + h ** 2))


def inner_iou_loss(p, t, eps, ratio):
    """Inner-IoU paper Eq. 6-13: IoU of boxes scaled by ratio about their centres."""
    def inner(b):
        x1, y1, x2, y2 = b.unbind(-1)
        cx, cy, hw, hh = (x1 + x2) / 2, (y1 + y2) / 2, (x2 - x1) / 2 * ratio, (y2 - y1) / 2 * ratio
        return torch.stack([cx - hw, cy - hh, cx + hw, cy + hh], -1)
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    inter, _ = _loss_inter_union(inner(p), inner(t))
    union = (x2 - x1) * ratio * (y2 - y1) * ratio + (X2 - X1) * ratio * (Y2 - Y1) * ratio - inter + eps
    return 1 - inter / union


def focaler_iou_loss(p, t, eps, d, u):
    """Focaler-IoU paper Eq. 6-7."""
    return 1 - ((iou_of(p, t, eps) - d) / (u - d)).clamp(0, 1)


def shape_iou_loss(p, t, eps, scale):
    """Shape-IoU authors' code (box2 is the target); loss = 1 - (iou - distance - 0.5 shape_cost)."""
    x1, y1, x2, y2, X1, Y1, X2, Y2 = parts(p, t)
    w1, h1, w2, h2 = x2 - x1, y2 - y1, X2 - X1, Y2 - Y1
    ww = 2 * torch.pow(w2, scale) / (torch.pow(w2, scale) + torch.pow(h2, scale))
    hh = 2 * torch.pow(h2, scale) / (torch.pow(w2, scale) + torch.pow(h2, scale))
    cw, ch = enclosing(p, t)
    c2 = cw ** 2 + ch ** 2 + eps
    center_distance_x = ((X1 + X2 - x1 - x2) ** 2) / 4
    center_distance_y = ((Y1 + Y2 - y1 - y2) ** 2) / 4
    distance = (hh * center_distance_x + ww * center_distance_y) / c2
    omiga_w = hh * torch.abs(w1 - w2) / torch.max(w1, w2)
    omiga_h = ww * torch.abs(h1 - h2) / torch.max(h1, h2)
    shape_cost = torch.pow(1 - torch.exp(-1 * omiga_w), 4) + torch.pow(1 - torch.exp(-1 * omiga_h), 4)
    return 1 - (iou_of(p, t, eps) - distance - 0.5 * shape_cost)


E = 1e-7
BOX_LOSSES = [
    ("giou", {}, "torchvision generalized_box_iou_loss", lambda p, t: generalized_box_iou_loss(p, t)),
    ("giou", {"eps": 1e-3}, "torchvision generalized_box_iou_loss eps=1e-3", lambda p, t: generalized_box_iou_loss(p, t, eps=1e-3)),
    ("diou", {}, "torchvision distance_box_iou_loss", lambda p, t: distance_box_iou_loss(p, t)),
    ("diou", {"eps": 1e-3}, "torchvision distance_box_iou_loss eps=1e-3", lambda p, t: distance_box_iou_loss(p, t, eps=1e-3)),
    ("ciou", {}, "torchvision complete_box_iou_loss", lambda p, t: complete_box_iou_loss(p, t)),
    ("ciou", {"alpha-gate": True}, "transcription (torchvision + mmdet alpha gate)", lambda p, t: ciou_gated_loss(p, t, E)),
    ("iou", {}, "transcription", lambda p, t: iou_loss(p, t, E)),
    ("iou", {"eps": 0.0}, "transcription", lambda p, t: iou_loss(p, t, 0.0)),
    ("log-iou", {}, "transcription", lambda p, t: log_iou_loss(p, t, E)),
    ("eiou", {}, "transcription", lambda p, t: eiou_loss(p, t, E)),
    ("focal-eiou", {}, "transcription", lambda p, t: focal_eiou_loss(p, t, E, 0.5)),
    ("focal-eiou", {"gamma": 2.0}, "transcription", lambda p, t: focal_eiou_loss(p, t, E, 2.0)),
    ("siou", {}, "transcription (paper sign)", lambda p, t: siou_loss(p, t, E, 4.0)),
    ("siou", {"theta": 2.0}, "transcription (paper sign)", lambda p, t: siou_loss(p, t, E, 2.0)),
    ("alpha-iou", {}, "transcription of bbox_alpha_iou (Nov 2021)", lambda p, t: alpha_iou_loss(p, t, E, 3.0, "iou")),
    ("alpha-iou", {"penalty": "giou"}, "transcription of bbox_alpha_iou (Nov 2021)", lambda p, t: alpha_iou_loss(p, t, E, 3.0, "giou")),
    ("alpha-iou", {"penalty": "diou"}, "transcription of bbox_alpha_iou (Nov 2021)", lambda p, t: alpha_iou_loss(p, t, E, 3.0, "diou")),
    ("alpha-iou", {"penalty": "ciou"}, "transcription of bbox_alpha_iou (Nov 2021)", lambda p, t: alpha_iou_loss(p, t, E, 3.0, "ciou")),
    ("alpha-iou", {"a": 0.5, "penalty": "ciou"}, "transcription of bbox_alpha_iou (Nov 2021)", lambda p, t: alpha_iou_loss(p, t, E, 0.5, "ciou")),
    ("alpha-iou", {"a": 2.0, "penalty": "diou", "eps": 0.0}, "transcription of bbox_alpha_iou (Nov 2021)",
     lambda p, t: alpha_iou_loss(p, t, 0.0, 2.0, "diou")),
    ("wiou", {"variant": "v1"}, "transcription of Instinct323/wiou", lambda p, t: wiou_loss(p, t, E, "v1", 1.9, 3.0, 1.0)),
    ("wiou", {"variant": "v2"}, "transcription of Instinct323/wiou", lambda p, t: wiou_loss(p, t, E, "v2", 1.9, 3.0, 1.0)),
    ("wiou", {"variant": "v2", "running-mean": 0.4, "gamma": 1.5}, "transcription of Instinct323/wiou (paper's gamma)",
     lambda p, t: wiou_loss(p, t, E, "v2", 1.9, 3.0, 0.4, gamma=1.5)),
    ("wiou", {}, "transcription of Instinct323/wiou", lambda p, t: wiou_loss(p, t, E, "v3", 1.9, 3.0, 1.0)),
    ("wiou", {"running-mean": 0.4, "alpha": 2.5, "delta": 2.0}, "transcription of Instinct323/wiou",
     lambda p, t: wiou_loss(p, t, E, "v3", 2.5, 2.0, 0.4)),
    ("mpdiou", {}, "transcription", lambda p, t: mpdiou_loss(p, t, E, (640.0, 640.0))),
    ("mpdiou", {"image-size": [100.0, 50.0]}, "transcription", lambda p, t: mpdiou_loss(p, t, E, (100.0, 50.0))),
    ("inner-iou", {}, "transcription", lambda p, t: inner_iou_loss(p, t, E, 0.75)),
    ("inner-iou", {"ratio": 1.25}, "transcription", lambda p, t: inner_iou_loss(p, t, E, 1.25)),
    ("focaler-iou", {}, "transcription", lambda p, t: focaler_iou_loss(p, t, E, 0.0, 0.95)),
    ("focaler-iou", {"d": 0.2, "u": 0.8}, "transcription", lambda p, t: focaler_iou_loss(p, t, E, 0.2, 0.8)),
    ("shape-iou", {}, "transcription of the authors' code", lambda p, t: shape_iou_loss(p, t, E, 0.0)),
    ("shape-iou", {"scale": 0.5}, "transcription of the authors' code", lambda p, t: shape_iou_loss(p, t, E, 0.5)),
]


def value_and_gradient(function, *inputs):
    """Per-row values of function(*inputs) and the gradient w.r.t. inputs[0] (rows are independent)."""
    first = inputs[0].clone().requires_grad_(True)
    values = function(first, *inputs[1:])
    values.sum().backward()
    return values.detach(), first.grad


# ------------------------------------------------ element-wise and classes

def focal_l1(x, alpha, beta):
    """Focal-EIoU paper Eq. 11 on |x|; value and gradient 0 at x = 0 (their limits)."""
    a = torch.abs(x)
    safe = torch.where(a > 0, a, torch.ones_like(a))
    inside = -alpha * safe ** 2 * (2 * torch.log(beta * safe) - 1) / 4
    outside = -alpha * math.log(beta) * a + (2 * alpha * math.log(beta) + alpha) / 4
    value = torch.where(a <= 1, inside, outside)
    return torch.where(a > 0, value, torch.zeros_like(value))


ELEMENT_WISE = [
    ("l1", {}, "torch l1_loss", lambda x: F.l1_loss(x, torch.zeros_like(x), reduction="none")),
    ("l2", {}, "torch mse_loss", lambda x: F.mse_loss(x, torch.zeros_like(x), reduction="none")),
    ("l2", {"half": True}, "transcription 0.5 x^2", lambda x: 0.5 * x ** 2),
    ("smooth-l1", {}, "torch smooth_l1_loss", lambda x: F.smooth_l1_loss(x, torch.zeros_like(x), reduction="none", beta=1.0)),
    ("smooth-l1", {"beta": 0.5}, "torch smooth_l1_loss", lambda x: F.smooth_l1_loss(x, torch.zeros_like(x), reduction="none", beta=0.5)),
    ("smooth-l1", {"beta": 0.0}, "torch smooth_l1_loss", lambda x: F.smooth_l1_loss(x, torch.zeros_like(x), reduction="none", beta=0.0)),
    ("huber", {}, "torch huber_loss", lambda x: F.huber_loss(x, torch.zeros_like(x), reduction="none", delta=1.0)),
    ("huber", {"delta": 2.5}, "torch huber_loss", lambda x: F.huber_loss(x, torch.zeros_like(x), reduction="none", delta=2.5)),
    ("focal-l1", {}, "transcription", lambda x: focal_l1(x, 1.0, math.exp(-1))),
    ("focal-l1", {"alpha": 0.5, "beta": 0.6}, "transcription", lambda x: focal_l1(x, 0.5, 0.6)),
    ("focal-l1", {"alpha": 2.0, "beta": 1.0}, "transcription", lambda x: focal_l1(x, 2.0, 1.0)),
]
RESIDUALS = [0.0, 1e-300, 1e-12, 1e-6, 0.1, 0.3, 1 / math.e, 0.5, 0.6, 0.999999, 1.0, 1.000001, 1.5, 2.0, 2.5, 3.0, 10.0, 1e3, 1e8]
RESIDUALS = sorted(set(RESIDUALS + [-x for x in RESIDUALS] + [rng.uniform(-4, 4) for _ in range(30)]))

LOGITS = [-1000.0, -100.0, -40.0, -20.0, -5.0, -2.0, -0.5, 0.0, 0.5, 2.0, 5.0, 20.0, 40.0, 100.0, 1000.0]
LOGITS = LOGITS + [rng.uniform(-8, 8) for _ in range(15)]
TARGETS = [0.0, 0.25, 0.5, 1.0]
BINARY = [
    ("bce", {}, "torch binary_cross_entropy_with_logits",
     lambda z, t: F.binary_cross_entropy_with_logits(z, t, reduction="none")),
    ("focal", {}, "torchvision sigmoid_focal_loss", lambda z, t: sigmoid_focal_loss(z, t, 0.25, 2)),
    ("focal", {"alpha": -1.0, "gamma": 0.0}, "torchvision sigmoid_focal_loss", lambda z, t: sigmoid_focal_loss(z, t, -1, 0)),
    ("focal", {"alpha": 0.5, "gamma": 0.5}, "torchvision sigmoid_focal_loss", lambda z, t: sigmoid_focal_loss(z, t, 0.5, 0.5)),
    ("focal", {"alpha": 0.75, "gamma": 5.0}, "torchvision sigmoid_focal_loss", lambda z, t: sigmoid_focal_loss(z, t, 0.75, 5)),
]


def seesaw(logits, label, counts, p, q, eps):
    """mmdet seesaw_ce_loss for one sample (mitigation with counts clamped at 1, compensation on detached softmax)."""
    z = logits[None, :]
    num_classes = z.shape[1]
    labels = torch.tensor([label])
    onehot = F.one_hot(labels, num_classes)
    weights = z.new_ones(onehot.size())
    if counts is not None and p > 0:
        cum = torch.tensor(counts)
        ratio = cum[None, :].clamp(min=1) / cum[:, None].clamp(min=1)
        index = (ratio < 1.0).double()
        weights = weights * (ratio.pow(p) * index + (1 - index))[labels, :]
    if q > 0:
        scores = F.softmax(z.detach(), dim=1)
        self_scores = scores[torch.arange(0, 1), labels]
        matrix = scores / self_scores[:, None].clamp(min=eps)
        index = (matrix > 1.0).double()
        weights = weights * (matrix.pow(q) * index + (1 - index))
    z = z + (weights.log() * (1 - onehot))
    return F.cross_entropy(z, labels, reduction="none")[0]


def multi_class_cases():
    cases = []
    for k in (2, 3, 5, 10):
        for _ in range(12):
            cases.append((rng.randrange(k), [rng.uniform(-6, 6) for _ in range(k)]))
    cases += [(0, [1000.0, -1000.0, 0.0]), (1, [1000.0, -1000.0, 0.0]), (2, [0.0, 0.0, 0.0]),
              (0, [-50.0, 50.0]), (1, [3.0, 3.0, 3.0, 3.0, 3.0]), (4, [-700.0, 0.0, 1.0, 2.0, 700.0])]
    return cases


def multi_class_configs():
    three = [c for c in multi_class_cases() if len(c[1]) == 3]
    five = [c for c in multi_class_cases() if len(c[1]) == 5]
    return [
        ("ce", {}, "torch cross_entropy", multi_class_cases(),
         lambda z, i: F.cross_entropy(z[None, :], torch.tensor([i]))),
        ("seesaw", {}, "transcription of mmdet seesaw_ce_loss", multi_class_cases(),
         lambda z, i: seesaw(z, i, None, 0.8, 2.0, 1e-2)),
        ("seesaw", {"class-counts": [100.0, 10.0, 1.0]}, "transcription of mmdet seesaw_ce_loss", three,
         lambda z, i: seesaw(z, i, [100.0, 10.0, 1.0], 0.8, 2.0, 1e-2)),
        ("seesaw", {"class-counts": [1000.0, 0.0, 20.0, 500.0, 3.0], "p": 0.5, "q": 1.0, "eps": 0.05},
         "transcription of mmdet seesaw_ce_loss", five,
         lambda z, i: seesaw(z, i, [1000.0, 0.0, 20.0, 500.0, 3.0], 0.5, 1.0, 0.05)),
    ]


def unitbox(x, t):
    """UnitBox Algorithm 1: -ln(I/U) from distances (top, bottom, left, right)."""
    xt, xb, xl, xr = x.unbind(-1)
    tt, tb, tl, tr = t.unbind(-1)
    area = (xt + xb) * (xl + xr)
    target_area = (tt + tb) * (tl + tr)
    ih = torch.min(xt, tt) + torch.min(xb, tb)
    iw = torch.min(xl, tl) + torch.min(xr, tr)
    inter = ih * iw
    union = area + target_area - inter
    return -torch.log(inter / union)


# --------------------------------------------------------------- writing

def number(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def main():
    out = {"generator": "Tests/LossvizLossesTests/Fixtures/make_fixture.py",
           "torch": torch.__version__, "torchvision": torchvision.__version__}

    pairs = box_pairs()
    tensor = torch.tensor(pairs)
    out["box_pairs"] = [[number(v) for v in row] for row in pairs]
    out["box_losses"] = []
    for name, options, oracle, function in BOX_LOSSES:
        values, grads = value_and_gradient(function, tensor[:, :4], tensor[:, 4:])
        out["box_losses"].append({"loss": name, "options": options, "oracle": oracle,
                                  "results": [[number(v)] + [number(g) for g in grad] for v, grad in zip(values, grads)]})

    x = torch.tensor(RESIDUALS)
    out["element_wise"] = []
    for name, options, oracle, function in ELEMENT_WISE:
        values, grads = value_and_gradient(function, x)
        out["element_wise"].append({"loss": name, "options": options, "oracle": oracle,
                                    "results": [[number(a), number(v), number(g)] for a, v, g in zip(x, values, grads)]})

    inputs = [(z, t) for z in LOGITS for t in TARGETS]
    z = torch.tensor([a for a, _ in inputs])
    t = torch.tensor([b for _, b in inputs])
    out["binary"] = []
    skipped = 0
    for name, options, oracle, function in BINARY:
        values, grads = value_and_gradient(function, z, t)
        rows = []
        for a, b, v, g in zip(z, t, values, grads):
            if not (math.isfinite(v) and math.isfinite(g)):
                skipped += 1   # torch's own NaN (e.g. (1 - p_t)^(gamma - 1) at 0 for gamma < 1): no oracle here
                continue
            rows.append([number(a), number(b), number(v), number(g)])
        out["binary"].append({"loss": name, "options": options, "oracle": oracle, "results": rows})

    out["multi_class"] = []
    for name, options, oracle, cases, function in multi_class_configs():
        rows = []
        for label, logits in cases:
            value, grad = value_and_gradient(lambda l: function(l, label), torch.tensor(logits))
            rows.append({"label": label, "logits": [number(v) for v in logits],
                         "value": number(value), "gradient": [number(g) for g in grad]})
        out["multi_class"].append({"loss": name, "options": options, "oracle": oracle, "cases": rows})

    distances = [[rng.uniform(0.1, 5) for _ in range(8)] for _ in range(40)]
    distances += [[1, 2, 3, 4, 1, 2, 3, 4], [1, 2, 3, 4, 2, 1, 4, 3], [1, 1, 1, 1, 2, 2, 2, 2],
                  [5, 5, 5, 5, 1, 1, 1, 1], [1, 3, 2, 2, 1, 1, 2, 5], [1e-6, 1e-6, 1e-6, 1e-6, 1, 1, 1, 1],
                  [1e6, 2e6, 3e6, 1e6, 2e6, 2e6, 1e6, 1e6]]
    d = torch.tensor(distances)
    values, grads = value_and_gradient(unitbox, d[:, :4], d[:, 4:])
    out["unitbox"] = {"oracle": "transcription of UnitBox Algorithm 1 (torch.min), autograd",
                      "results": [[number(a) for a in row] + [number(v)] + [number(g) for g in grad]
                                  for row, v, grad in zip(distances, values, grads)]}

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixture.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    box_cases = len(pairs) * len(BOX_LOSSES)
    other = sum(len(e["results"]) for e in out["element_wise"]) + sum(len(e["results"]) for e in out["binary"]) \
        + sum(len(e["cases"]) for e in out["multi_class"]) + len(out["unitbox"]["results"])
    print(f"wrote {path}: {box_cases} box cases, {other} other cases, "
          f"{skipped} binary inputs skipped (torch NaN), {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
