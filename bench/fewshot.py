#!/usr/bin/python3
"""Few-shot tasks for choosing and checking training recipes (bench/tune-auto.sh, run-recipes.sh).

A task is a pool of labeled images per class: Fashion-MNIST classes from its training or its test
file, or synthetic photos (bench/make_photos.py's pictures at 96 px). make_project() draws, for one
seed, PER_CLASS labeled images per class (80 % train, 20 % validation, as Hone splits) and TEST
images per class for the test split, all disjoint, and writes a Hone project with hone-cli.

usage (as a program): fewshot.py HONE_CLI TASK PER_CLASS TEST SEED OUT_DIR
  TASK: fashion-train:1,8  fashion-test:1,5,7,8  photos:4
"""
import gzip
import json
import os
import random
import subprocess
import sys

import numpy as np
from PIL import Image

FASHION = os.environ.get("HONE_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
NAMES = ["t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot"]


def _idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def fashion_pool(split, classes):
    prefix = "train" if split == "train" else "t10k"
    images = _idx(os.path.join(FASHION, prefix + "-images-idx3-ubyte.gz"), 16).reshape(-1, 28, 28)
    labels = _idx(os.path.join(FASHION, prefix + "-labels-idx1-ubyte.gz"), 8)
    return {NAMES[c]: [Image.fromarray(images[i]) for i in np.nonzero(labels == c)[0][:2000]] for c in classes}


def photo_pool(classes, per_class):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import make_photos
    rng = random.Random(99)
    return {"shape%d" % c: [make_photos.picture(c, rng).resize((96, 72), Image.BILINEAR) for _ in range(per_class)]
            for c in range(classes)}


def pool(task, needed):
    kind, _, arg = task.partition(":")
    if kind in ("fashion-train", "fashion-test"):
        return fashion_pool(kind.split("-")[1], [int(c) for c in arg.split(",")])
    if kind == "photos":
        return photo_pool(int(arg), needed)
    sys.exit("unknown task " + task)


def make_project(cli, task, per_class, test, seed, out, images=None):
    images = images or pool(task, per_class + test)
    rng = random.Random(seed)
    root = os.path.join(out, "images")
    splits = {}
    for name, pictures in images.items():
        chosen = rng.sample(range(len(pictures)), per_class + test)
        train = max(1, round(per_class * 0.8))
        os.makedirs(os.path.join(root, name), exist_ok=True)
        for k, i in enumerate(chosen):
            file = "%s-%05d.png" % (name, i)
            pictures[i].save(os.path.join(root, name, file))
            splits[name + "/" + file] = "train" if k < train else "val" if k < per_class else "test"
    subprocess.run([cli, "new", out], check=True, capture_output=True)
    subprocess.run([cli, "import", out, root, "--layout", "folders"], check=True, capture_output=True)
    path = os.path.join(out, "project.hone.json")
    with open(path) as f:
        project = json.load(f)
    for image in project["images"]:
        key = "/".join(image["path"].replace("\\", "/").split("/")[-2:])
        image["split"] = splits[key]
    with open(path, "w") as f:
        json.dump(project, f)
    return images


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    make_project(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
