"""What the PyTorch reference scripts share: the image folders, split 80/20 per class (every fifth
file for validation: the same counts as Hone's stratified split) or exactly as a Hone project splits
them, as a torch Dataset; and starting weights from a .pth or .safetensors file."""
import json
import os
import struct

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset


class Folder(Dataset):
    def __init__(self, items, transform):
        self.items = items
        self.transform = transform

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        path, label = self.items[i]
        return self.transform(Image.open(path).convert("RGB")), label


def split_folders(root):
    """(classes, train items, validation items); an item is (path, class index)."""
    classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    train, val = [], []
    for label, name in enumerate(classes):
        files = sorted(os.listdir(os.path.join(root, name)))
        for i, f in enumerate(files):
            (val if i % 5 == 4 else train).append((os.path.join(root, name, f), label))
    return classes, train, val


def split_project(project):
    """The same as split_folders, but the very images a Hone project trains and validates on."""
    data = json.load(open(os.path.join(project, "project.hone.json")))
    ids = sorted(c["id"] for c in data["classes"])
    classes = [next(c["name"] for c in data["classes"] if c["id"] == i) for i in ids]
    items = {"train": [], "val": []}
    for image in data["images"]:
        if image.get("split") in items and image.get("label", -1) >= 0:
            items[image["split"]].append((os.path.join(project, image["path"]), ids.index(image["label"])))
    return classes, items["train"], items["val"]


def load_weights(path):
    """A state dict from torch.save's file or from a safetensors file (read here: Debian has no
    safetensors module), as float32."""
    if not path.endswith(".safetensors"):
        return torch.load(path)
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        data = f.read()
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    state = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype=dtypes[entry["dtype"]]).reshape(entry["shape"])
        tensor = torch.from_numpy(array.copy())
        state[name] = tensor.float() if tensor.is_floating_point() else tensor
    return state
