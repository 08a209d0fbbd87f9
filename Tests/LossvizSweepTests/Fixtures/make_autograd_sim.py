#!/usr/bin/env python3
"""Oracle for lossviz's `autograd` box-regression simulation (docs/simulation.md
sections 1 and 4): the DIoU paper's protocol on a few explicit anchor centres,
each case descending the loss with torch autograd in float64:

    B <- B - eta_t * (2 - IoU(B)) * dL/dB,   B = (x, y, w, h) (centre form)

with IoU(B) the plain IoU before the step (I/U, 0 when disjoint, no eps) and
eta = 0.1 / 0.01 / 0.001 for the first 80 % / next 10 % / last 10 % of the
iterations. Losses: torchvision's generalized_box_iou_loss,
distance_box_iou_loss and complete_box_iou_loss (eps 1e-7), and 1 - IoU with
IoU = I/(U + eps) as torchvision's _loss_inter_union computes it.

Writes autograd_sim.json next to this script:
  {"anchors": [[x, y], ...], "iterations": N, "initial_error": E_0,
   "losses": {"iou": [E_1, ..., E_N], "giou": [...], ...}}
where E_t is the l1 error summed over all cases after update t.

Needs: torch, torchvision (not needed to run the tests, which read the JSON).
Run: python3 Tests/LossvizSweepTests/Fixtures/make_autograd_sim.py
"""
import json
import math
import os

import torch
from torchvision.ops import complete_box_iou_loss, distance_box_iou_loss, generalized_box_iou_loss

torch.set_default_dtype(torch.float64)
POINTS = 6
ITERATIONS = 200
EPS = 1e-7
SHAPES = [(0.5, 2.0), (math.sqrt(3) / 3, math.sqrt(3)), (math.sqrt(2) / 2, math.sqrt(2)), (1.0, 1.0),
          (math.sqrt(2), math.sqrt(2) / 2), (math.sqrt(3), math.sqrt(3) / 3), (2.0, 0.5)]
SCALES = [0.5, 0.67, 0.75, 1.0, 1.33, 1.5, 2.0]


def anchors():
    """Fixed centres spread over the disc of radius 3 about (10, 10), written out explicitly."""
    generator = torch.Generator().manual_seed(2020)
    r = 3 * torch.sqrt(torch.rand(POINTS, generator=generator))
    theta = 2 * math.pi * torch.rand(POINTS, generator=generator)
    return [[float(10 + a * math.cos(b)), float(10 + a * math.sin(b))] for a, b in zip(r.tolist(), theta.tolist())]


def cases(centres):
    rows = []
    for cx, cy in centres:
        for tw, th in SHAPES:
            for s in SCALES:
                area = s * tw * th
                side = math.sqrt(area)
                for aw, ah in SHAPES:
                    rows.append((cx, cy, aw * side, ah * side, 10.0, 10.0, tw, th))
    return torch.tensor(rows)


def xyxy(b):
    x, y, w, h = b.unbind(-1)
    return torch.stack([x - w / 2, y - h / 2, x + w / 2, y + h / 2], dim=-1)


def iou_loss(p, t):
    x1 = torch.max(p[:, 0], t[:, 0])
    y1 = torch.max(p[:, 1], t[:, 1])
    x2 = torch.min(p[:, 2], t[:, 2])
    y2 = torch.min(p[:, 3], t[:, 3])
    inter = torch.zeros_like(x1)
    mask = (y2 > y1) & (x2 > x1)
    inter[mask] = (x2[mask] - x1[mask]) * (y2[mask] - y1[mask])
    union = (p[:, 2] - p[:, 0]) * (p[:, 3] - p[:, 1]) + (t[:, 2] - t[:, 0]) * (t[:, 3] - t[:, 1]) - inter
    return 1 - inter / (union + EPS)


LOSSES = {
    "iou": iou_loss,
    "giou": lambda p, t: generalized_box_iou_loss(p, t, reduction="none", eps=EPS),
    "diou": lambda p, t: distance_box_iou_loss(p, t, reduction="none", eps=EPS),
    "ciou": lambda p, t: complete_box_iou_loss(p, t, reduction="none", eps=EPS),
}


def plain_iou(b, g):
    """I/U of the DIoU authors' iou.m (0 when disjoint), on edges t = y - h/2 etc."""
    pt, pb, pl, pr = b[:, 1] - b[:, 3] * 0.5, b[:, 1] + b[:, 3] * 0.5, b[:, 0] - b[:, 2] * 0.5, b[:, 0] + b[:, 2] * 0.5
    gt, gb, gl, gr = g[:, 1] - g[:, 3] * 0.5, g[:, 1] + g[:, 3] * 0.5, g[:, 0] - g[:, 2] * 0.5, g[:, 0] + g[:, 2] * 0.5
    top, bottom = torch.max(pt, gt), torch.min(pb, gb)
    left, right = torch.max(pl, gl), torch.min(pr, gr)
    inter = (bottom - top) * (right - left)
    union = (pb - pt) * (pr - pl) + (gb - gt) * (gr - gl) - inter
    overlap = (top < bottom) & (left < right)
    return torch.where(overlap, inter * (1 / union), torch.zeros_like(inter))


def steps(n):
    first = (n * 8 + 5) // 10
    second = (n * 9 + 5) // 10 - first
    return [0.1] * first + [0.01] * second + [0.001] * (n - first - second)


def simulate(loss, table):
    box = table[:, :4].clone()
    target = table[:, 4:].clone()
    target_xyxy = xyxy(target)
    errors = []
    for eta in steps(ITERATIONS):
        param = box.clone().requires_grad_(True)
        LOSSES[loss](xyxy(param), target_xyxy).sum().backward()
        with torch.no_grad():
            s = eta * (2 - plain_iou(box, target))
            box = box - s[:, None] * param.grad
            errors.append(float((box - target).abs().sum()))
    return errors


def main():
    centres = anchors()
    table = cases(centres)
    result = {
        "anchors": centres,
        "iterations": ITERATIONS,
        "initial_error": float((table[:, :4] - table[:, 4:]).abs().sum()),
        "losses": {name: simulate(name, table) for name in LOSSES},
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "autograd_sim.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(table)} cases x {ITERATIONS} iterations")


if __name__ == "__main__":
    main()
