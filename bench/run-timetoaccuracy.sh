#!/usr/bin/env bash
# Time to accuracy: on a small task (4 classes, 25 photo-sized JPEGs each: 20 to train, 5 to
# validate) and the same starting weights for both, the wall time until validation accuracy first
# reaches TARGET, and the final accuracy — Hone's default recipe (hone-cli train with the project's
# defaults) against the PyTorch transfer-learning tutorial's (bench/tutorial_reference.py).
# Both start from the same ResNet-18 weights file; without a pretrained file at hand (nothing is
# downloaded here) it is torchvision's seeded random initialisation, written by this script.
# usage: bench/run-timetoaccuracy.sh [TARGET=0.8] [WEIGHTS_FILE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-0.8}
cli="$root/build/app/hone-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
weights=${2:-$work/start.pth}
if [[ -z ${2:-} ]]; then
    /usr/bin/python3 -c "
import torch, torchvision
torch.manual_seed(1)
torch.save(dict(torchvision.models.resnet18().state_dict()), '$weights')"
fi
source "$root/bench/photo-project.sh"
photo_project 25

start=$(date +%s.%N)
"$cli" train "$work/project" --weights "$weights" --threads "$(nproc)" > "$work/hone.log" 2>&1
end=$(date +%s.%N)
/usr/bin/python3 - "$work/project" "$start" "$end" "$target" <<'PY' > "$work/hone.txt"
import glob, json, sys
project, start, end, target = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
run = json.load(open(sorted(glob.glob(project + "/runs/*/run.json"))[-1]))
epochs = run["epochs"]
overhead = (end - start) - sum(e["seconds"] for e in epochs)   # start-up and decoding
elapsed, reached = overhead, None
for e in epochs:
    elapsed += e["seconds"]
    if reached is None and e["valAccuracy"] >= target:
        reached = (e["epoch"], elapsed)
final = epochs[-1]["valAccuracy"]
c = run["config"]
print(f"hone ({c['recipe']}, {c['optimizer']} lr {c['learningRate']} {c['schedule']}, batch {run.get('batchSize', c['batchSize'])}, {len(epochs)} epochs): "
      + (f"reached {target:.0%} at epoch {reached[0]}, {reached[1]:.1f} s" if reached else f"never reached {target:.0%}")
      + f"; final accuracy {final:.3f} (kept epoch {run.get('weightsEpoch')}: {epochs[run.get('weightsEpoch', len(epochs)) - 1]['valAccuracy']:.3f}); total {end - start:.1f} s")
print(reached[1] if reached else "inf")
PY
/usr/bin/python3 "$root/bench/tutorial_reference.py" "$work/photos" "$weights" --threads "$(nproc)" > "$work/python.log" 2>&1
/usr/bin/python3 - "$work/python.log" "$target" <<'PY' > "$work/python.txt"
import re, sys
target = float(sys.argv[2])
rows = [tuple(map(float, m.groups())) for m in (re.match(r"epoch (\d+): val accuracy ([0-9.]+) at ([0-9.]+) s", l) for l in open(sys.argv[1])) if m]
reached = next(((int(e), t) for e, a, t in rows if a >= target), None)
print("python tutorial (SGD lr 1e-3 momentum 0.9, StepLR(7, 0.1), batch 4, 25 epochs): "
      + (f"reached {target:.0%} at epoch {reached[0]}, {reached[1]:.1f} s" if reached else f"never reached {target:.0%}")
      + f"; final accuracy {rows[-1][1]:.3f}; total {rows[-1][2]:.1f} s")
print(reached[1] if reached else "inf")
PY
head -1 "$work/hone.txt"
head -1 "$work/python.txt"
h=$(tail -1 "$work/hone.txt") p=$(tail -1 "$work/python.txt")
if [[ $h != inf && $p != inf ]]; then
    echo "time to ${target}: python / hone = $(awk -v a="$p" -v b="$h" 'BEGIN {printf "%.1f", a / b}')x"
fi
