#!/usr/bin/env python3
"""batch-box-losses peer: GIoU, DIoU and CIoU value + autograd gradient of 10 million box pairs each, in torch.

Needs torch and torchvision (CPU; Benchmarks/requirements.txt). The pairs of
ciou-gradient (one million: target centres uniform in [0, 100]^2, sides in
[1, 20]; prediction centres within +-10 of the target's), float64, evaluated 10
times per loss with torchvision's generalized_box_iou_loss,
distance_box_iou_loss and complete_box_iou_loss (reduction "none") and
backward(), vectorised over all pairs, on all CPU threads torch uses by
default. Prints `seconds=<total> giou_seconds=... diou_seconds=... ciou_seconds=...`.
"""
import time

import torch
from box_pairs import box_pairs
from torchvision.ops import complete_box_iou_loss, distance_box_iou_loss, generalized_box_iou_loss

PAIRS = 1_000_000
PASSES = 10

torch.set_default_dtype(torch.float64)
predictions, targets = box_pairs(PAIRS)


def one_pass(loss_function):
    prediction = predictions.clone().requires_grad_(True)
    loss = loss_function(prediction, targets, reduction="none")
    loss.backward(torch.ones_like(loss))
    return loss.detach(), prediction.grad


total = 0.0
fields = []
checksum = 0.0
for name, loss_function in [("giou", generalized_box_iou_loss), ("diou", distance_box_iou_loss),
                            ("ciou", complete_box_iou_loss)]:
    one_pass(loss_function)  # warm-up, untimed
    start = time.perf_counter()
    for _ in range(PASSES):
        values, gradients = one_pass(loss_function)
    seconds = time.perf_counter() - start
    total += seconds
    fields.append(f"{name}_seconds={seconds}")
    checksum += float(values.sum() + gradients.sum())
print(f"seconds={total} " + " ".join(fields) + f" pairs_per_second={int(3 * PAIRS * PASSES / total)} checksum={checksum}")
