#!/usr/bin/python3
"""The same train step as bench_trainstep in PyTorch + torchvision (Debian's python3-torch)."""
import argparse
import statistics
import time

import torch
import torchvision

parser = argparse.ArgumentParser()
parser.add_argument('--backbone', default='resnet18')
parser.add_argument('--batch', type=int, default=16)
parser.add_argument('--size', type=int, default=224)
parser.add_argument('--steps', type=int, default=5)
parser.add_argument('--threads', type=int, default=0)
parser.add_argument('--freeze', type=int, default=0)   # accepted for symmetry; must be 0
parser.add_argument('--flops', type=int, default=0)
parser.add_argument('--precision', default='fp32', choices=['fp32', 'bf16'])
parser.add_argument('--channels-last', type=int, default=0)
args = parser.parse_args()
assert args.freeze == 0, 'the reference trains every stage'

if args.threads > 0:
    torch.set_num_threads(args.threads)
torch.manual_seed(0)
model = getattr(torchvision.models, args.backbone)(num_classes=10)
model.train()
memory_format = torch.channels_last if args.channels_last else torch.contiguous_format
model = model.to(memory_format=memory_format)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-4)
mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
pixels = torch.randint(0, 256, (args.batch, args.size, args.size, 3), dtype=torch.uint8)
labels = torch.arange(args.batch) % 10


def step():
    x = ((pixels.permute(0, 3, 1, 2).float() / 255 - mean) / std).contiguous(memory_format=memory_format)
    optimizer.zero_grad()
    with torch.autocast('cpu', dtype=torch.bfloat16, enabled=args.precision == 'bf16'):
        logits = model(x)
    loss = torch.nn.functional.cross_entropy(logits.float(), labels)
    loss.backward()
    optimizer.step()
    return loss.item()


step()
times = []
for _ in range(args.steps):
    start = time.perf_counter()
    step()
    times.append(time.perf_counter() - start)
print(f'python {args.backbone} batch {args.batch} size {args.size} threads {torch.get_num_threads()} '
      f'{args.precision}{" channels-last" if args.channels_last else ""}: '
      f'median {statistics.median(times):.4f} s/step')
