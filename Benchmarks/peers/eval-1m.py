# Peer of `lossviz eval giou` on Benchmarks/out/eval-1m.csv: what a user would
# write with pandas and torchvision (float64, value and the 4 gradients).
# Requirements: python3 >= 3.10, pandas >= 2.0, torch >= 2.0, torchvision >= 0.15
#   pip install pandas torch torchvision
# Prints seconds=... for the whole read, compute, backward and write.
import sys
import time

start = time.perf_counter()
import pandas as pd
import torch
from torchvision.ops import generalized_box_iou_loss

source = sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/out/eval-1m.csv"
target = sys.argv[2] if len(sys.argv) > 2 else "Benchmarks/out/eval-1m-peer.csv"
table = pd.read_csv(source)
prediction = torch.tensor(table[["px1", "py1", "px2", "py2"]].to_numpy(), dtype=torch.float64, requires_grad=True)
truth = torch.tensor(table[["tx1", "ty1", "tx2", "ty2"]].to_numpy(), dtype=torch.float64)
loss = generalized_box_iou_loss(prediction, truth, reduction="none")
loss.sum().backward()
out = pd.DataFrame(prediction.grad.numpy(), columns=["d_px1", "d_py1", "d_px2", "d_py2"])
out.insert(0, "loss", loss.detach().numpy())
out.to_csv(target, index=False)
print(f"rows={len(out)} seconds={time.perf_counter() - start:.3f}")
