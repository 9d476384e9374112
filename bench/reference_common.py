"""What the PyTorch reference scripts share: the image folders, split 80/20 per class (every fifth
file for validation: the same counts as Hone's stratified split), as a torch Dataset."""
import os

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
