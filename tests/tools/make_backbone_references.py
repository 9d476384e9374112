#!/usr/bin/env python3
"""Reference data for tst_backbones: torchvision's backbones and the logits they compute.

usage: make_backbone_references.py OUTDIR [ARCH...]

Writes to OUTDIR, for every architecture (default: all of Hone's zoo):
  ARCH.pth          torch.save(model.state_dict())  -- an OrderedDict, as torchvision publishes
  ARCH.logits.bin   2 x 5 float32 eval-mode logits, little-endian
and once:
  input.bin         2 x 72 x 72 x 3 uint8 RGB pixels (NHWC); 72 px gives odd feature-map sizes

Every BatchNorm gets seeded random running statistics and affine parameters, so a port that
ignores buffers or mixes up eps/momentum gives different logits.
"""

import os
import struct
import sys

import torch
import torchvision

MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)
ARCHS = ["resnet18", "resnet34", "resnet50", "mobilenet_v2", "mobilenet_v3_small",
         "mobilenet_v3_large", "efficientnet_b0", "efficientnet_v2_s", "regnet_y_800mf", "regnet_y_1_6gf"]
SIZE = 72


def randomise(model, g):
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                n = module.num_features
                module.running_mean.copy_(torch.randn(n, generator=g) * 0.2)
                module.running_var.copy_(torch.rand(n, generator=g) + 0.5)
                module.weight.copy_(torch.rand(n, generator=g) + 0.5)
                module.bias.copy_(torch.randn(n, generator=g) * 0.1)
                module.num_batches_tracked.fill_(7)
            elif isinstance(module, torch.nn.Linear):
                # MobileNet's and EfficientNet's own initialisation gives logits near zero.
                module.weight.copy_(torch.randn(module.weight.shape, generator=g) / module.in_features ** 0.5)
                module.bias.copy_(torch.randn(module.bias.shape, generator=g) * 0.1)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    archs = sys.argv[2:] or ARCHS
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    g = torch.Generator().manual_seed(1234)
    pixels = torch.randint(0, 256, (2, SIZE, SIZE, 3), dtype=torch.uint8, generator=g)
    with open(os.path.join(out, "input.bin"), "wb") as f:
        f.write(bytes(pixels.reshape(-1).tolist()))
    x = pixels.permute(0, 3, 1, 2).to(torch.float32) / 255.0
    x = ((x - torch.tensor(MEAN).view(1, 3, 1, 1)) / torch.tensor(STD).view(1, 3, 1, 1)).contiguous()

    for arch in archs:
        model = getattr(torchvision.models, arch)(num_classes=5)
        randomise(model, g)
        model.eval()
        torch.save(model.state_dict(), os.path.join(out, arch + ".pth"))
        with torch.no_grad():
            logits = model(x).to(torch.float32).reshape(-1).tolist()
        with open(os.path.join(out, arch + ".logits.bin"), "wb") as f:
            f.write(struct.pack("<%df" % len(logits), *logits))


if __name__ == "__main__":
    main()
