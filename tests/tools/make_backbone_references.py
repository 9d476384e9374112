#!/usr/bin/env python3
"""Reference data for tst_resnetparity: torchvision's ResNet-18 and the logits it computes.

usage: make_parity_weights.py OUTDIR

Writes to OUTDIR:
  weights.pth   torch.save(dict(model.state_dict()))   -- a plain dict, as Hone reads it
  ordered.pth   torch.save(model.state_dict())          -- an OrderedDict, which Hone must refuse
  input.bin     2 x 64 x 64 x 3 uint8 RGB pixels (NHWC)
  logits.bin    2 x 5 float32 eval-mode logits, little-endian

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


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)

    torch.manual_seed(0)
    model = torchvision.models.resnet18(num_classes=5)
    g = torch.Generator().manual_seed(1234)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                n = module.num_features
                module.running_mean.copy_(torch.randn(n, generator=g) * 0.2)
                module.running_var.copy_(torch.rand(n, generator=g) + 0.5)
                module.weight.copy_(torch.rand(n, generator=g) + 0.5)
                module.bias.copy_(torch.randn(n, generator=g) * 0.1)
                module.num_batches_tracked.fill_(7)
    model.eval()

    torch.save(dict(model.state_dict()), os.path.join(out, "weights.pth"))
    torch.save(model.state_dict(), os.path.join(out, "ordered.pth"))

    pixels = torch.randint(0, 256, (2, 64, 64, 3), dtype=torch.uint8, generator=g)
    with open(os.path.join(out, "input.bin"), "wb") as f:
        f.write(bytes(pixels.reshape(-1).tolist()))

    x = pixels.permute(0, 3, 1, 2).to(torch.float32) / 255.0
    x = (x - torch.tensor(MEAN).view(1, 3, 1, 1)) / torch.tensor(STD).view(1, 3, 1, 1)
    with torch.no_grad():
        logits = model(x.contiguous()).to(torch.float32).reshape(-1).tolist()
    with open(os.path.join(out, "logits.bin"), "wb") as f:
        f.write(struct.pack("<%df" % len(logits), *logits))


if __name__ == "__main__":
    main()
