#!/usr/bin/python3
"""What a user would write instead of Hone's training: torchvision's ResNet-18, trained with AdamW,
a DataLoader with 2 workers decoding and transforming the JPEGs every epoch, and a validation pass
after every epoch. With --trainable head (the default) every backbone stage is frozen (eval mode, no
gradients) and only the new head trains; with --trainable all the whole network does. Prints each
epoch's time and the wall time of the whole run (data loading included).

usage: /usr/bin/python3 bench/featurecache_reference.py PROJECT_IMAGES_DIR [--epochs 10]
       [--size 224] [--batch 16] [--threads N] [--augment] [--crop] [--trainable head|all]
The images are read from class folders and split 80/20 per class (every fifth file for
validation): the same counts as Hone's stratified split.
"""
import argparse
import os
import time

import torch
import torchvision
from torch.utils.data import DataLoader
from torchvision import transforms

from reference_common import Folder, split_folders




def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--augment", action="store_true", help="random horizontal flips")
    parser.add_argument("--crop", action="store_true", help="random resized crops of the centre square")
    parser.add_argument("--trainable", choices=["head", "all"], default="head")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)

    classes, train, val = split_folders(args.root)
    normalize = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
    deterministic = [transforms.Resize(args.size), transforms.CenterCrop(args.size), transforms.ToTensor(), normalize]
    # Hone augments the decoded centre square; so does this.
    augment = [transforms.RandomResizedCrop(args.size, scale=(0.35, 1.0))] if args.crop else []
    augment += [transforms.RandomHorizontalFlip()] if args.augment else []
    train_tf = transforms.Compose(deterministic[:2] + augment + deterministic[2:])
    val_tf = transforms.Compose(deterministic)
    train_loader = DataLoader(Folder(train, train_tf), batch_size=args.batch, shuffle=True, num_workers=2)
    val_loader = DataLoader(Folder(val, val_tf), batch_size=32, num_workers=2)

    model = torchvision.models.resnet18(num_classes=len(classes))
    if args.trainable == "head":
        for p in model.parameters():
            p.requires_grad = False
        for p in model.fc.parameters():
            p.requires_grad = True
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3, weight_decay=1e-4)
    loss_fn = torch.nn.CrossEntropyLoss()

    start = time.perf_counter()
    for epoch in range(args.epochs):
        epoch_start = time.perf_counter()
        # Frozen: every BatchNorm stays in eval mode and only the head learns.
        model.train(args.trainable == "all")
        for x, y in train_loader:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
        correct = 0
        with torch.no_grad():
            for x, y in val_loader:
                correct += (model(x).argmax(1) == y).sum().item()
        print(f"epoch {epoch + 1}: val accuracy {correct / len(val):.3f}, {time.perf_counter() - epoch_start:.2f} s",
              flush=True)
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
