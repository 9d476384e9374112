#!/usr/bin/python3
"""Writes a folder-per-class image set for the near-duplicate benchmark: CLASSES × ORIGINALS distinct
photo-like pictures (make_photos.py), and for the first VARIED of each class one copy per kind of
variant a real folder collects:

  png        the same pixels saved as PNG (an exact duplicate of the decoded image)
  reencode   saved again as JPEG at quality 85
  resize     scaled to half size
  crop       6 % cut from every side
  bright     brightness +25 %
  jpeg       recompressed at quality 35

manifest.json maps each file (relative to OUT_DIR) to {"original": ID, "kind": KIND}; originals
have kind "original".

usage: /usr/bin/python3 bench/make_duplicates.py OUT_DIR [ORIGINALS=40] [VARIED=10] [CLASSES=4] [SEED=5]
"""
import io
import json
import os
import random
import sys

from PIL import Image, ImageEnhance

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_photos import picture  # noqa: E402

KINDS = ["png", "reencode", "resize", "crop", "bright", "jpeg"]


def jpeg(image, quality):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def variant(image, kind):
    w, h = image.size
    if kind == "resize":
        return image.resize((w // 2, h // 2), Image.LANCZOS)
    if kind == "crop":
        dx, dy = int(w * 0.06), int(h * 0.06)
        return image.crop((dx, dy, w - dx, h - dy))
    if kind == "bright":
        return ImageEnhance.Brightness(image).enhance(1.25)
    if kind == "jpeg":
        return jpeg(image, 35)
    return image


def main():
    out = sys.argv[1]
    originals = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    varied = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    classes = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 5)
    manifest = {}
    for cls in range(classes):
        folder = os.path.join(out, f"class{cls}")
        os.makedirs(folder, exist_ok=True)
        for i in range(originals):
            ident = f"{cls}-{i}"
            # What the camera wrote: a JPEG, decoded as every later copy would be.
            base = jpeg(picture(cls, rng), 90)
            name = f"class{cls}/{i:03d}.jpg"
            base.save(os.path.join(out, name), quality=95)
            base = Image.open(os.path.join(out, name)).convert("RGB")
            manifest[name] = {"original": ident, "kind": "original"}
            if i >= varied:
                continue
            for kind in KINDS:
                image = variant(base, kind)
                if kind == "png":
                    name = f"class{cls}/{i:03d}-png.png"
                    image.save(os.path.join(out, name))
                else:
                    name = f"class{cls}/{i:03d}-{kind}.jpg"
                    image.save(os.path.join(out, name), quality=85 if kind != "jpeg" else 35)
                manifest[name] = {"original": ident, "kind": kind}
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
