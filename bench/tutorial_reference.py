#!/usr/bin/python3
"""The PyTorch transfer-learning tutorial's recipe, as the reference for time to accuracy: full
fine-tuning from the given starting weights, SGD (lr 1e-3, momentum 0.9), StepLR (step 7, gamma
0.1), RandomResizedCrop + horizontal flip for training, Resize + CenterCrop for validation (the
tutorial's 256/224 ratio), batch 4, a DataLoader with 2 workers. The tutorial's network is
ResNet-18 at 224 px; --arch and --image-size run the same recipe on another torchvision network at
the size its weights were trained for. Prints, after every epoch, the validation accuracy and the
seconds since the start (model creation and data loading included).

usage: /usr/bin/python3 bench/tutorial_reference.py IMAGES WEIGHTS [--arch resnet18]
           [--image-size 224] [--epochs 25] [--threads N] [--seed 0]
IMAGES is a folder of class folders, split 80/20 per class (every fifth file for validation), or a
Hone project folder, whose own split is used. WEIGHTS is a .pth or .safetensors file; its
classifier layer, if any, is replaced.
"""
import argparse
import os
import time

import torch
import torchvision
from torch.utils.data import DataLoader
from torchvision import transforms

from reference_common import Folder, load_weights, split_folders, split_project


def replace_classifier(model, classes):
    if hasattr(model, "fc"):
        model.fc = torch.nn.Linear(model.fc.in_features, classes)
    else:
        model.classifier[-1] = torch.nn.Linear(model.classifier[-1].in_features, classes)


def main():
    start = time.perf_counter()
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("weights")
    parser.add_argument("--arch", default="resnet18")
    parser.add_argument("--image-size", type=int, default=224)
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    is_project = os.path.exists(os.path.join(args.root, "project.hone.json"))
    classes, train, val = (split_project if is_project else split_folders)(args.root)
    size = args.image_size
    normalize = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
    train_tf = transforms.Compose([transforms.RandomResizedCrop(size), transforms.RandomHorizontalFlip(),
                                   transforms.ToTensor(), normalize])
    val_tf = transforms.Compose([transforms.Resize(size * 256 // 224), transforms.CenterCrop(size),
                                 transforms.ToTensor(), normalize])
    train_loader = DataLoader(Folder(train, train_tf), batch_size=4, shuffle=True, num_workers=2)
    val_loader = DataLoader(Folder(val, val_tf), batch_size=4, num_workers=2)

    model = getattr(torchvision.models, args.arch)()
    head = "fc." if hasattr(model, "fc") else f"classifier.{len(model.classifier) - 1}."
    state = {k: v for k, v in load_weights(args.weights).items() if not k.startswith(head)}
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all(k.startswith(head) for k in missing), (missing, unexpected)
    replace_classifier(model, len(classes))
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=7, gamma=0.1)
    loss_fn = torch.nn.CrossEntropyLoss()
    for epoch in range(args.epochs):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            loss_fn(model(x), y).backward()
            optimizer.step()
        scheduler.step()
        model.eval()
        correct = 0
        with torch.no_grad():
            for x, y in val_loader:
                correct += (model(x).argmax(1) == y).sum().item()
        print(f"epoch {epoch + 1}: val accuracy {correct / len(val):.4f} at {time.perf_counter() - start:.1f} s", flush=True)


if __name__ == "__main__":
    main()
