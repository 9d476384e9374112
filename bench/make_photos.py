#!/usr/bin/python3
"""Writes photo-sized JPEGs for the training benchmarks: CLASSES folders of PER_CLASS pictures,
800×600, each a textured background with a few shapes whose kind and colour depend on the class.

usage: /usr/bin/python3 bench/make_photos.py OUT_DIR [PER_CLASS=60] [CLASSES=4]
"""
import os
import random
import sys

from PIL import Image, ImageDraw, ImageFilter


def picture(cls, rng):
    w, h = 800, 600
    base = tuple(rng.randint(40, 200) for _ in range(3))
    image = Image.new("RGB", (w, h), base)
    draw = ImageDraw.Draw(image)
    for _ in range(40):   # background clutter, the same for every class
        x, y = rng.randint(0, w), rng.randint(0, h)
        r = rng.randint(10, 80)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour) if rng.random() < 0.5 else \
            draw.rectangle((x - r, y - r, x + r, y + r), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(3))
    draw = ImageDraw.Draw(image)
    hue = [(220, 40, 40), (40, 200, 60), (50, 80, 230), (230, 200, 40), (200, 60, 200), (40, 200, 200)][cls % 6]
    for _ in range(3):   # the class's objects
        x, y = rng.randint(100, w - 100), rng.randint(100, h - 100)
        r = rng.randint(40, 90)
        if cls % 2 == 0:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=hue, outline=(0, 0, 0), width=4)
        else:
            draw.polygon([(x, y - r), (x + r, y + r), (x - r, y + r)], fill=hue, outline=(0, 0, 0))
    return image


def main():
    out = sys.argv[1]
    per_class = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    classes = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    rng = random.Random(7)
    for cls in range(classes):
        folder = os.path.join(out, f"class{cls}")
        os.makedirs(folder, exist_ok=True)
        for i in range(per_class):
            picture(cls, rng).save(os.path.join(folder, f"{i:03d}.jpg"), quality=90)


if __name__ == "__main__":
    main()
