#!/usr/bin/python3
"""Writes photo-sized JPEGs of Fashion-MNIST test images for the time-to-accuracy benchmark: one
folder per class (trouser, sandal, sneaker, bag: classes the bundled backbone never saw), PER_CLASS
pictures each, 600×600, the 28×28 original scaled up (bicubic) with a little sensor noise so that
no two files decode alike.

usage: /usr/bin/python3 bench/make_fashion_photos.py OUT_DIR [PER_CLASS=40]
Reads /usr/share/datasets/fashion-mnist (dataset-fashion-mnist), or $HONE_FASHION_MNIST_DIR.
"""
import gzip
import os
import random
import sys

import numpy as np
from PIL import Image

CLASSES = {1: "trouser", 5: "sandal", 7: "sneaker", 8: "bag"}


def read_idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def main():
    out = sys.argv[1]
    per_class = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    data = os.environ.get("HONE_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
    images = read_idx(os.path.join(data, "t10k-images-idx3-ubyte.gz"), 16).reshape(-1, 28, 28)
    labels = read_idx(os.path.join(data, "t10k-labels-idx1-ubyte.gz"), 8)
    rng = np.random.default_rng(7)
    for label, name in CLASSES.items():
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for i, index in enumerate(np.flatnonzero(labels == label)[:per_class]):
            big = np.asarray(Image.fromarray(images[index]).resize((600, 600), Image.BICUBIC), dtype=np.float32)
            rgb = np.stack([big] * 3, axis=-1) + rng.normal(0, 4, (600, 600, 3))
            Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).save(
                os.path.join(folder, f"{name}-{i:03d}.jpg"), quality=90)


if __name__ == "__main__":
    main()
