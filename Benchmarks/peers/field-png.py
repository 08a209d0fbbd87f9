#!/usr/bin/env python3
"""Peer of `lossviz-bench field-png` (needs torch, torchvision, matplotlib): the
picture of the explorer's /api/field.png, made the way a notebook widget redraws
it. IoU, GIoU, DIoU and CIoU losses (torchvision.ops) of a 1.5 x 0.75 prediction
whose centre moves over a 200 x 200 offset grid around a 1 x 1 target, their
gradients by autograd, drawn as 2 x 2 panels with matplotlib's Agg backend
(imshow heatmap with one colour scale, white contours, 14 x 14 arrows of -grad L,
a colour bar, a two-line title), 7.9 x 7.76 in at 72 dpi, saved as PNG to
memory. 40 timed redraws after 3 warm-ups; prints the 95th percentile as
`seconds=...` and the median."""
import io
import math
import time

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import torch
from torchvision.ops import box_iou, complete_box_iou_loss, distance_box_iou_loss, generalized_box_iou_loss

torch.set_num_threads(2)
N = 200
ARROWS = 14


def iou_loss(pred, target):
    return 1 - box_iou(pred, target[:1])[:, 0]


LOSSES = [("IoU", iou_loss), ("GIoU", generalized_box_iou_loss), ("DIoU", distance_box_iou_loss),
          ("CIoU", complete_box_iou_loss)]


def fields():
    offsets = torch.linspace(-3, 3, N, dtype=torch.float64)
    dy, dx = torch.meshgrid(offsets, offsets, indexing="ij")
    cx = dx.reshape(-1).clone().requires_grad_(True)
    cy = dy.reshape(-1).clone().requires_grad_(True)
    w, h = 1.5, 0.75
    pred = torch.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], dim=1)
    target = torch.tensor([[-0.5, -0.5, 0.5, 0.5]], dtype=torch.float64).expand(N * N, 4)
    result = []
    for name, loss in LOSSES:
        value = loss(pred, target)
        gx, gy = torch.autograd.grad(value.sum(), [cx, cy], retain_graph=True)
        result.append((name, value.detach().reshape(N, N).numpy(), gx.reshape(N, N).numpy(), gy.reshape(N, N).numpy()))
    return offsets.numpy(), result


def picture():
    xs, panels = fields()
    vmin = min(0, min(v.min() for _, v, _, _ in panels))
    vmax = max(v.max() for _, v, _, _ in panels)
    fig, axes = plt.subplots(2, 2, figsize=(7.9, 7.76), dpi=72, sharex=True, sharey=True)
    step = N // ARROWS
    idx = np.arange(step // 2, N, step)[:ARROWS]
    X, Y = np.meshgrid(xs, xs)
    for ax, (name, value, gx, gy) in zip(axes.flat, panels):
        im = ax.imshow(value, origin="lower", extent=(xs[0], xs[-1], xs[0], xs[-1]), cmap="viridis",
                       vmin=vmin, vmax=vmax, interpolation="nearest")
        ax.contour(X, Y, value, levels=8, colors="white", linewidths=0.6, alpha=0.6)
        u, v = -gx[np.ix_(idx, idx)], -gy[np.ix_(idx, idx)]
        norm = np.hypot(u, v)
        norm[norm == 0] = 1
        ax.quiver(xs[idx], xs[idx], u / norm, v / norm, color="white", pivot="middle")
        ax.add_patch(plt.Rectangle((-0.5, -0.5), 1, 1, fill=False, edgecolor="white", linewidth=1.6))
        ax.set_title(name)
    fig.colorbar(im, ax=axes, label="loss L")
    fig.suptitle("Loss over the centre offset; prediction 1.5 x 0.75, target 1 x 1\narrows: -grad L direction (autograd)")
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=72)
    plt.close(fig)
    return out.getvalue()


times = []
size = 0
for index in range(43):
    start = time.perf_counter()
    size = len(picture())
    if index >= 3:
        times.append(time.perf_counter() - start)
times.sort()
p95 = times[math.ceil(len(times) * 0.95) - 1]
print(f"seconds={p95} median={times[len(times) // 2]} requests={len(times)} png_bytes={size}")
