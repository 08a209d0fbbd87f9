# Writes the input of the eval-1m benchmark: 1,000,000 box pairs (header
# px1,py1,px2,py2,tx1,ty1,tx2,ty2), coordinates printed with 17 significant
# digits, from a fixed seed, so every run reads the same ~151 MB.
import random
import sys

rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(20261201)
with open(sys.argv[1], "w") as out:
    out.write("px1,py1,px2,py2,tx1,ty1,tx2,ty2\n")
    for _ in range(rows):
        tx, ty = rng.uniform(0, 1000), rng.uniform(0, 1000)
        tw, th = rng.uniform(1, 100), rng.uniform(1, 100)
        px, py = tx + rng.uniform(-50, 50), ty + rng.uniform(-50, 50)
        pw, ph = tw * rng.uniform(0.5, 2), th * rng.uniform(0.5, 2)
        box = (px, py, px + pw, py + ph, tx, ty, tx + tw, ty + th)
        out.write(",".join("%.17g" % v for v in box) + "\n")
