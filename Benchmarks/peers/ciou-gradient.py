#!/usr/bin/env python3
"""ciou-gradient peer: CIoU value + autograd gradient of 10 million box pairs in torch.

Needs torch and torchvision (CPU). One million random pairs (target centres
uniform in [0, 100]^2, sides in [1, 20]; prediction centres within +-10 of the
target's), float64, evaluated 10 times with torchvision's complete_box_iou_loss
(reduction "none") and backward(), vectorised over all pairs, on all CPU
threads torch uses by default. Prints `seconds=... pairs_per_second=...`.
"""
import time

import torch
from box_pairs import box_pairs
from torchvision.ops import complete_box_iou_loss

PAIRS = 1_000_000
PASSES = 10

torch.set_default_dtype(torch.float64)
predictions, targets = box_pairs(PAIRS)


def one_pass():
    prediction = predictions.clone().requires_grad_(True)
    loss = complete_box_iou_loss(prediction, targets, reduction="none")
    loss.backward(torch.ones_like(loss))
    return loss.detach(), prediction.grad


one_pass()  # warm-up, untimed
start = time.perf_counter()
for _ in range(PASSES):
    values, gradients = one_pass()
seconds = time.perf_counter() - start
checksum = float(values.sum() + gradients.sum())
print(f"seconds={seconds} pairs_per_second={int(PAIRS * PASSES / seconds)} checksum={checksum}")
