#!/usr/bin/python3
"""The PyTorch transfer-learning tutorial's recipe, as the reference for time to accuracy: full
fine-tuning of ResNet-18 from the given starting weights, SGD (lr 1e-3, momentum 0.9), StepLR
(step 7, gamma 0.1), RandomResizedCrop(224) + horizontal flip for training, Resize(256) +
CenterCrop(224) for validation, batch 4, a DataLoader with 2 workers. Prints, after every epoch,
the validation accuracy and the seconds since the start (model creation and data loading included).

usage: /usr/bin/python3 bench/tutorial_reference.py IMAGES_DIR WEIGHTS [--epochs 25] [--threads N]
The split is 80/20 per class (every fifth file for validation), the same counts as Hone's.
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
    start = time.perf_counter()
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("weights")
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    classes, train, val = split_folders(args.root)
    normalize = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
    train_tf = transforms.Compose([transforms.RandomResizedCrop(224), transforms.RandomHorizontalFlip(),
                                   transforms.ToTensor(), normalize])
    val_tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor(), normalize])
    train_loader = DataLoader(Folder(train, train_tf), batch_size=4, shuffle=True, num_workers=2)
    val_loader = DataLoader(Folder(val, val_tf), batch_size=4, num_workers=2)

    model = torchvision.models.resnet18()
    state = torch.load(args.weights)
    state = {k: v for k, v in state.items() if not k.startswith("fc.")}
    model.load_state_dict(state, strict=False)
    model.fc = torch.nn.Linear(model.fc.in_features, len(classes))
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
