#!/usr/bin/env bash
# Auto against each fixed recipe on the reported few-shot task: the demo's four Fashion-MNIST
# classes (trouser, sandal, sneaker, bag; test-file images, which neither the bundled backbone nor
# the Auto rule's tuning saw), 10 and 25 labeled images per class (80/20 train/validation), 250
# test images per class, the bundled backbone at 64 px; and fastai's fine_tune written in plain
# PyTorch (bench/fastai_reference.py) from the same weights, for as many epochs in all as Auto
# took. Test accuracy and seconds a run (Hone's: the whole hone-cli train and evaluate).
# usage: bench/run-recipes.sh [SIZES=10,25] [SEEDS=1,2,3]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/tune_auto.py" "$root/build/app/hone-cli" "${1:-10,25}" "${2:-1,2,3}" \
    "auto;fastai-style;feature-extraction;fine-tune;full 1e-3 e10" "fashion-test:1,5,7,8"
