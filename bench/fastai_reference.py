#!/usr/bin/python3
"""fastai's fine_tune, written in plain PyTorch (fastai is not in Debian), on a Hone project's
train/validation/test splits from the same starting weights: the reference bench/run-recipes.sh
measures the Auto recipe against.

As fastai's cnn_learner + fine_tune(epochs) with its defaults:
  head   AdaptiveConcatPool2d (average and max), Flatten, BatchNorm1d, Dropout(0.25),
         Linear(2C, 512, no bias), ReLU, BatchNorm1d, Dropout(0.5), Linear(512, classes, no bias)
  phase 1  one epoch with the body frozen except its BatchNorm layers, one-cycle at base_lr
           (body BatchNorm at base_lr/10), pct_start 0.99
  phase 2  base_lr halved, everything trains, EPOCHS epochs of one-cycle with discriminative
           rates slice(base_lr/100, base_lr) (body, head), pct_start 0.3, div 5
  AdamW (betas cycling 0.95-0.85 with the rate, 0.99; eps 1e-5; weight decay 0.01, none on
  BatchNorm), base_lr 2e-3, random flips, the last epoch's weights.
The images are decoded once (as Hone does) at Hone's size and preprocessing; the batch size is
Hone's automatic one, so both take the same number of steps.

usage: fastai_reference.py PROJECT WEIGHTS.safetensors EPOCHS SEED [SIZE=64]
Prints {"accuracy": test accuracy, "seconds": training time}.
"""
import json
import math
import os
import struct
import sys
import time

import cv2
import numpy as np
import torch
import torchvision

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    kinds = {"F32": np.float32, "I64": np.int64, "F16": np.float16}
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        array = np.frombuffer(data[start:end], dtype=kinds[meta["dtype"]]).reshape(meta["shape"])
        out[name] = torch.from_numpy(array.copy())
    return out


def preprocess(path, size):
    """Hone's policy: the shorter side to `size`, then the centre crop; RGB, normalised."""
    bgr = cv2.imread(path, cv2.IMREAD_COLOR)
    h, w = bgr.shape[:2]
    scale = size / min(h, w)
    nh, nw = max(size, round(h * scale)), max(size, round(w * scale))
    resized = cv2.resize(bgr, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    y, x = (nh - size) // 2, (nw - size) // 2
    rgb = resized[y:y + size, x:x + size, ::-1].astype(np.float32) / 255.0
    return ((rgb - MEAN) / STD).transpose(2, 0, 1)


def load_splits(project, size):
    with open(os.path.join(project, "project.hone.json")) as f:
        doc = json.load(f)
    index = {c["id"]: i for i, c in enumerate(doc["classes"])}
    splits = {"train": ([], []), "val": ([], []), "test": ([], [])}
    for image in doc["images"]:
        if image.get("label", -1) in index and image.get("split") in splits:
            xs, ys = splits[image["split"]]
            xs.append(preprocess(os.path.join(project, image["path"]), size))
            ys.append(index[image["label"]])
    return {k: (torch.tensor(np.stack(x)), torch.tensor(y)) for k, (x, y) in splits.items()}, len(index)


class ConcatPool(torch.nn.Module):
    def forward(self, x):
        return torch.cat([torch.nn.functional.adaptive_max_pool2d(x, 1),
                          torch.nn.functional.adaptive_avg_pool2d(x, 1)], 1)


def head(channels, classes):
    layers = [ConcatPool(), torch.nn.Flatten(), torch.nn.BatchNorm1d(2 * channels), torch.nn.Dropout(0.25),
              torch.nn.Linear(2 * channels, 512, bias=False), torch.nn.ReLU(inplace=True),
              torch.nn.BatchNorm1d(512), torch.nn.Dropout(0.5), torch.nn.Linear(512, classes, bias=False)]
    for m in layers:
        if isinstance(m, torch.nn.Linear):
            torch.nn.init.kaiming_normal_(m.weight)
    return torch.nn.Sequential(*layers)


def batch_size(train_images):
    size = 32
    while size > 4 and size * 16 > train_images:
        size //= 2
    return size


def groups(body, top, frozen, lrs):
    """Parameter groups: body (BatchNorm apart, without weight decay) and head."""
    def split(module):
        bn = [p for m in module.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)
              for p in m.parameters(recurse=False)]
        ids = {id(p) for p in bn}
        return [p for p in module.parameters() if id(p) not in ids], bn
    body_rest, body_bn = split(body)
    head_rest, head_bn = split(top)
    for p in body_rest:
        p.requires_grad_(not frozen)
    out = [{"params": body_bn, "lr": lrs[0], "weight_decay": 0.0},
           {"params": head_rest, "lr": lrs[1], "weight_decay": 0.01},
           {"params": head_bn, "lr": lrs[1], "weight_decay": 0.0}]
    if not frozen:
        out.append({"params": body_rest, "lr": lrs[0], "weight_decay": 0.01})
    return out


def fit_one_cycle(model, data, epochs, param_groups, pct_start, div, bs, generator):
    optimizer = torch.optim.AdamW(param_groups, betas=(0.95, 0.99), eps=1e-5)
    peaks = [g["lr"] for g in optimizer.param_groups]
    x, y = data
    steps_per_epoch = max(1, len(x) // bs)   # fastai drops the last partial batch
    total = epochs * steps_per_epoch
    up = max(1, int(total * pct_start))

    def cos(a, b, t):
        return b + (a - b) / 2 * (1 + math.cos(math.pi * t))
    step = 0
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        for b in range(steps_per_epoch):
            t_up, t_down = step / up, (step - up) / max(1, total - up)
            for g, peak in zip(optimizer.param_groups, peaks):
                g["lr"] = cos(peak / div, peak, t_up) if step < up else cos(peak, peak / 1e5, t_down)
                g["betas"] = (cos(0.95, 0.85, t_up) if step < up else cos(0.85, 0.95, t_down), 0.99)
            idx = order[b * bs:(b + 1) * bs]
            xb = x[idx]
            flip = torch.rand(len(idx), generator=generator) < 0.5
            xb[flip] = xb[flip].flip(-1)
            loss = torch.nn.functional.cross_entropy(model(xb), y[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    project, weights, epochs, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    size = int(sys.argv[5]) if len(sys.argv) > 5 else 64
    torch.set_num_threads(os.cpu_count())
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    splits, classes = load_splits(project, size)
    start = time.time()
    net = torchvision.models.mobilenet_v3_small()
    state = {k: v for k, v in read_safetensors(weights).items() if not k.startswith("classifier")}
    missing, _ = net.load_state_dict(state, strict=False)
    assert all(k.startswith("classifier") for k in missing), missing
    body = net.features
    model = torch.nn.Sequential(body, head(576, classes))
    bs = batch_size(len(splits["train"][0]))
    base_lr = 2e-3
    # Phase 1: the body frozen except BatchNorm (which trains, and in training mode), one epoch.
    fit_one_cycle(model, splits["train"], 1, groups(body, model[1], True, [base_lr / 10, base_lr]),
                  0.99, 25.0, bs, generator)
    base_lr /= 2
    fit_one_cycle(model, splits["train"], epochs, groups(body, model[1], False, [base_lr / 100, base_lr]),
                  0.3, 5.0, bs, generator)
    seconds = time.time() - start
    model.eval()
    with torch.no_grad():
        x, y = splits["test"]
        predicted = torch.cat([model(x[i:i + 256]).argmax(1) for i in range(0, len(x), 256)])
    print(json.dumps({"accuracy": float((predicted == y).float().mean()), "seconds": seconds}))


if __name__ == "__main__":
    main()
