#!/usr/bin/python3
"""The inputs of the prediction benchmark (bench/run-predict.sh), with OpenCV as Hone uses it.

  photos OUT_DIR [PER_CLASS=60] [CLASSES=4]
      CLASSES folders of PER_CLASS camera-sized JPEGs, 1600×1200, quality 90: sensor-like noise and
      blurred clutter (so decoding costs what a photo's does), and a few shapes that depend on the class.
  decode MODEL.json OUT.bin LIST.txt IMAGE...
      Decodes and preprocesses the images exactly as Hone's predictor does (core/imaging/imagedecoder.cpp:
      cv::imdecode to BGR, the centred square, INTER_AREA when shrinking and INTER_LINEAR when growing to
      the model's input size, BGR to RGB, /255, (x − mean) / std) into one float32 NCHW file, on all cores
      (OpenCV releases the GIL). Writes the image paths, one a line, to LIST.txt and prints
      "decode SECONDS N SIZE": the wall time of decoding and preprocessing, not of writing the file.
"""
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np


def photo(cls, rng, noise):
    h, w = 1200, 1600
    image = np.empty((h, w, 3), np.uint8)
    image[:] = rng.integers(40, 200, 3)
    for _ in range(60):   # background clutter, the same for every class
        x, y, r = int(rng.integers(0, w)), int(rng.integers(0, h)), int(rng.integers(20, 160))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            cv2.circle(image, (x, y), r, colour, -1)
        else:
            cv2.rectangle(image, (x - r, y - r), (x + r, y + r), colour, -1)
    image = cv2.GaussianBlur(image, (0, 0), 4)
    hue = [(40, 40, 220), (60, 200, 40), (230, 80, 50), (40, 200, 230)][cls % 4]
    for _ in range(3):   # the class's objects
        x, y, r = int(rng.integers(200, w - 200)), int(rng.integers(200, h - 200)), int(rng.integers(80, 180))
        if cls % 2 == 0:
            cv2.circle(image, (x, y), r, hue, -1)
            cv2.circle(image, (x, y), r, (0, 0, 0), 8)
        else:
            triangle = np.array([(x, y - r), (x + r, y + r), (x - r, y + r)], np.int32)
            cv2.fillPoly(image, [triangle], hue)
            cv2.polylines(image, [triangle], True, (0, 0, 0), 8)
    # Sensor noise, what makes a photo's JPEG expensive: a window of one shared noise field.
    y, x = int(rng.integers(0, noise.shape[0] - h)), int(rng.integers(0, noise.shape[1] - w))
    return np.clip(image + noise[y:y + h, x:x + w], 0, 255).astype(np.uint8)


def photos(out, per_class, classes):
    rng = np.random.default_rng(7)
    noise = rng.normal(0, 6, (1400, 1800, 3)).astype(np.int16)
    for cls in range(classes):
        folder = os.path.join(out, f"class{cls}")
        os.makedirs(folder, exist_ok=True)
        for i in range(per_class):
            cv2.imwrite(os.path.join(folder, f"{i:03d}.jpg"), photo(cls, rng, noise), [cv2.IMWRITE_JPEG_QUALITY, 90])


def preprocess(path, size, mean, std):
    bgr = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_COLOR)
    h, w = bgr.shape[:2]
    side = min(h, w)
    square = bgr[(h - side) // 2:(h - side) // 2 + side, (w - side) // 2:(w - side) // 2 + side]
    if side != size:
        square = cv2.resize(square, (size, size), interpolation=cv2.INTER_AREA if side > size else cv2.INTER_LINEAR)
    rgb = cv2.cvtColor(square, cv2.COLOR_BGR2RGB)
    return ((rgb.astype(np.float32) / np.float32(255) - mean) / std).transpose(2, 0, 1)


def decode(meta_path, out, list_path, images):
    meta = json.load(open(meta_path))
    size = int(meta["input"]["imageSize"])
    mean = np.array(meta["input"]["mean"], np.float32)
    std = np.array(meta["input"]["std"], np.float32)
    if meta["input"].get("normalizationInGraph"):   # the graph normalizes: it takes 0-255 pixels
        mean, std = np.zeros(3, np.float32), np.full(3, 1 / 255, np.float32)
    cv2.setNumThreads(1)   # one image per thread, as Hone decodes
    start = time.perf_counter()
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        batch = np.stack(list(pool.map(lambda p: preprocess(p, size, mean, std), images)))
    seconds = time.perf_counter() - start
    batch.astype(np.float32).tofile(out)
    with open(list_path, "w") as f:
        f.write("".join(p + "\n" for p in images))
    print(f"decode {seconds:.3f} {len(images)} {size}")


def main():
    if sys.argv[1] == "photos":
        photos(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 60, int(sys.argv[4]) if len(sys.argv) > 4 else 4)
    elif sys.argv[1] == "decode":
        decode(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
