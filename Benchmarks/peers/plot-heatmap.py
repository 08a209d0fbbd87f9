#!/usr/bin/env python3
"""Peer of `lossviz-bench plot-heatmap` (needs numpy, matplotlib): the same
figure with matplotlib's Agg backend -- a 1000 x 1000 heatmap (pcolormesh,
shading="nearest"... drawn with imshow, matplotlib's fastest path), 10 contour
levels, a 40 x 40 quiver and a colour bar, saved as a 6.4 x 4.8 in PNG at 100
dpi. Field and gradient are computed inside the timed region, as in lossviz.
Prints `seconds=...`."""
import os
import tempfile
import time

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

out = os.path.join(tempfile.gettempdir(), "matplotlib-bench-plot-heatmap.png")
start = time.perf_counter()
xs = np.linspace(-2, 2, 1000)
ys = np.linspace(-1.5, 1.5, 1000)
X, Y = np.meshgrid(xs, ys)
A = np.exp(-((X - 0.8) ** 2 + Y ** 2) * 1.5)
B = 0.7 * np.exp(-((X + 0.9) ** 2 + (Y - 0.3) ** 2) * 2)
Z = 1 - A - B
qx = np.linspace(-2, 2, 40)
qy = np.linspace(-1.5, 1.5, 40)
QX, QY = np.meshgrid(qx, qy)
a = np.exp(-((QX - 0.8) ** 2 + QY ** 2) * 1.5)
b = 0.7 * np.exp(-((QX + 0.9) ** 2 + (QY - 0.3) ** 2) * 2)
U = -(3 * (QX - 0.8) * a + 4 * (QX + 0.9) * b)
V = -(3 * QY * a + 4 * (QY - 0.3) * b)
fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
dx, dy = xs[1] - xs[0], ys[1] - ys[0]
im = ax.imshow(Z, origin="lower", cmap="viridis", interpolation="nearest", aspect="auto",
               extent=(xs[0] - dx / 2, xs[-1] + dx / 2, ys[0] - dy / 2, ys[-1] + dy / 2))
cs = ax.contour(X, Y, Z, levels=10, colors="white", linewidths=0.8)
ax.clabel(cs, fontsize=8)
ax.quiver(QX, QY, U, V, pivot="middle")
fig.colorbar(im, ax=ax, label="loss")
ax.set_xlabel("Δx")
ax.set_ylabel("Δy")
fig.savefig(out, dpi=100)
plt.close(fig)
seconds = time.perf_counter() - start
print(f"seconds={seconds} png_bytes={os.path.getsize(out)}")
