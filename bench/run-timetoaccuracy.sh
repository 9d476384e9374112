#!/usr/bin/env bash
# Time to accuracy: on a small task and the same starting weights for both, the wall time from
# launch until validation accuracy first reaches TARGET, and the final accuracy — Hone's default
# recipe (hone-cli train with a project's defaults and the chosen weights) against the PyTorch
# transfer-learning tutorial's (bench/tutorial_reference.py: full fine-tuning, SGD lr 1e-3 momentum
# 0.9, StepLR(7, 0.1), RandomResizedCrop + flip, batch 4, 25 epochs), each seed once, same threads.
#
#   bundled  (default) 4 Fashion-MNIST classes the bundled backbone never saw (trouser, sandal,
#            sneaker, bag), 40 photo-sized JPEGs each (600×600, bench/make_fashion_photos.py),
#            split 50/50 by Hone and read from its project by the reference, so both see the very
#            same 20 training and 20 validation images per class. Both start from the bundled
#            MobileNetV3-small weights, at the 64 px they were trained at. Targets 0.8, 0.85, 0.9.
#   scratch  4 classes of synthetic photos (bench/make_photos.py), 25 each, split 80/20, ResNet-18
#            from torchvision's seeded random initialisation at 224 px (no pretrained ResNet-18
#            can be downloaded here; pass WEIGHTS to use one). Targets 0.6, 0.8.
#
# Launch counts for both: Hone's start-up, decoding and the end of the run (writing the model) are
# put before its first epoch; so are Python's imports and process exit.
# usage: bench/run-timetoaccuracy.sh [bundled|scratch] [TARGETS] [SEEDS="1 2 3"] [WEIGHTS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-bundled}
seeds=${3:-"1 2 3"}
cli="$root/build/app/hone-cli"
threads=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $mode in
bundled)
    targets=${2:-"0.8 0.85 0.9"}
    weights=$root/resources/backbones/mobilenet_v3_small-fashion6.safetensors
    /usr/bin/python3 "$root/bench/make_fashion_photos.py" "$work/photos" 40
    "$cli" new "$work/project" > /dev/null
    "$cli" import "$work/project" "$work/photos" --layout folders --reference > /dev/null 2>&1
    "$cli" split "$work/project" --train 0.5 --val 0.5 --test 0 > /dev/null 2>&1
    hone_args=(--backbone mobilenet_v3_small --weights default)
    python_args=("$work/project" "$weights" --arch mobilenet_v3_small --image-size 64)
    ;;
scratch)
    targets=${2:-"0.6 0.8"}
    weights=${4:-$work/start.pth}
    if [[ -z ${4:-} ]]; then
        /usr/bin/python3 -c "
import torch, torchvision
torch.manual_seed(1)
torch.save(dict(torchvision.models.resnet18().state_dict()), '$weights')"
    fi
    source "$root/bench/photo-project.sh"
    photo_project 25
    hone_args=(--backbone resnet18 --weights "$weights")
    python_args=("$work/photos" "$weights")
    ;;
*) echo "usage: $0 [bundled|scratch] [TARGETS] [SEEDS] [WEIGHTS]" >&2; exit 2 ;;
esac

# "epoch accuracy seconds-since-launch" lines, from a run's epochs and its wall time.
hone_curve() {
    /usr/bin/python3 - "$@" <<'PY'
import json, sys
run, wall = json.load(open(sys.argv[1])), float(sys.argv[2])
epochs = run["epochs"]
elapsed = wall - sum(e["seconds"] for e in epochs)
for e in epochs:
    elapsed += e["seconds"]
    print(e["epoch"], e["valAccuracy"], elapsed)
PY
}
python_curve() {
    /usr/bin/python3 - "$@" <<'PY'
import re, sys
rows = [m.groups() for m in (re.match(r"epoch (\d+): val accuracy ([0-9.]+) at ([0-9.]+) s", l) for l in open(sys.argv[1])) if m]
pre = float(sys.argv[2]) - float(rows[-1][2])
for e, a, t in rows:
    print(e, a, float(t) + pre)
PY
}
now() { date +%s.%N; }
echo "mode $mode, targets $targets, $threads threads, seeds $seeds"
for seed in $seeds; do
    start=$(now)
    id=$("$cli" train "$work/project" "${hone_args[@]}" --threads "$threads" --seed "$seed" 2> "$work/hone.log") \
        || { cat "$work/hone.log" >&2; exit 1; }
    hone_curve "$work/project/runs/$id/run.json" "$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')" > "$work/hone-$seed.txt"
    start=$(now)
    /usr/bin/python3 "$root/bench/tutorial_reference.py" "${python_args[@]}" --threads "$threads" --seed "$seed" > "$work/python.log" 2>&1 \
        || { cat "$work/python.log" >&2; exit 1; }
    python_curve "$work/python.log" "$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')" > "$work/python-$seed.txt"
    echo "seed $seed: hone $(wc -l < "$work/hone-$seed.txt") epochs in $(tail -1 "$work/hone-$seed.txt" | awk '{printf "%.1f", $3}') s," \
         "python $(wc -l < "$work/python-$seed.txt") epochs in $(tail -1 "$work/python-$seed.txt" | awk '{printf "%.1f", $3}') s"
done
/usr/bin/python3 - "$work" "$targets" "$seeds" <<'PY'
import glob, json, os, statistics, sys
work, targets, seeds = sys.argv[1], [float(t) for t in sys.argv[2].split()], sys.argv[3].split()
curve = lambda side, seed: [tuple(map(float, l.split())) for l in open(os.path.join(work, f"{side}-{seed}.txt"))]
run = json.load(open(sorted(glob.glob(work + "/project/runs/*/run.json"))[-1]))
c = run["config"]
print(f"hone's recipe: {c['recipe']}, freeze {c['freezeDepth']}, {c['optimizer']} lr {c['learningRate']} {c['schedule']}, "
      f"batch {run.get('batchSize', c['batchSize'])}, {c['epochs']} epochs, {c['imageSize']} px")
def reached(rows, target):
    return next(((int(e), t) for e, a, t in rows if a >= target - 1e-9), None)
show = lambda r: f"{r[1]:6.1f} s (epoch {r[0]:2d})" if r else "  never reached "
for target in targets:
    print(f"time from launch to {target:.0%} validation accuracy:")
    times = {"hone": [], "python": []}
    for seed in seeds:
        h, p = reached(curve("hone", seed), target), reached(curve("python", seed), target)
        times["hone"].append(h[1] if h else float("inf"))
        times["python"].append(p[1] if p else float("inf"))
        print(f"  seed {seed}: hone {show(h)}   python {show(p)}")
    mh, mp = statistics.median(times["hone"]), statistics.median(times["python"])
    ratio = f"{mp / mh:.1f}x" if mp != float("inf") and mh != float("inf") else \
        ("python's median never reaches it" if mh != float("inf") else "n/a")
    print(f"  median: hone {mh:.1f} s, python {mp:.1f} s; python / hone = {ratio}")
for side in ("hone", "python"):
    finals = [curve(side, s)[-1][1] for s in seeds]
    best = [max(r[1] for r in curve(side, s)) for s in seeds]
    print(f"{side}: final accuracy {' '.join(f'{a:.3f}' for a in finals)} (median {statistics.median(finals):.3f}); "
          f"best epoch {' '.join(f'{a:.3f}' for a in best)}")
PY
