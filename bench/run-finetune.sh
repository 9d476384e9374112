#!/usr/bin/env bash
# Full fine-tuning of ResNet-18 at 224 px with data loading and augmentation (flips and random
# resized crops) included, against the same in PyTorch with a 2-worker DataLoader: the same 240
# photo-sized JPEGs (192 train, 48 validation), batch 16, AdamW, all cores for both.
# Prints images/s of the whole run (decoding included) and of the steady-state epochs, and the
# ratios hone ÷ reference (above 1: Hone is faster).
# usage: bench/run-finetune.sh [EPOCHS=3]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
epochs=${1:-3}
cli="$root/build/app/hone-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$root/bench/photo-project.sh"
photo_project 60

start=$(date +%s.%N)
"$cli" train "$work/project" --freeze 0 --epochs "$epochs" --image-size 224 --batch-size 16 \
    --schedule constant --lr 0.001 --optimizer adamw --augment flip,crop --threads "$(nproc)" > "$work/hone.log" 2>&1
end=$(date +%s.%N)
hone_total=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')
# Steady state: the epochs after the first, from run.json (seconds per epoch, validation included).
hone_epoch=$(/usr/bin/python3 -c "
import json, glob
run = json.load(open(sorted(glob.glob('$work/project/runs/*/run.json'))[-1]))
times = [e['seconds'] for e in run['epochs']][1:] or [run['epochs'][0]['seconds']]
print(f'{sum(times) / len(times):.2f}')")

/usr/bin/python3 "$root/bench/featurecache_reference.py" "$work/photos" --epochs "$epochs" --trainable all \
    --augment --crop --threads "$(nproc)" > "$work/python.log" 2>&1
python_total=$(sed -nE 's/^total ([0-9.]+) s/\1/p' "$work/python.log")
python_epoch=$(sed -nE 's/^epoch ([2-9]|[1-9][0-9]+): .*, ([0-9.]+) s$/\2/p' "$work/python.log" | awk '{s += $1; n++} END {printf "%.2f", s / n}')

train=192
per_second() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.2f", n / t}'; }
echo "hone:   ${hone_total} s for $epochs epochs ($(per_second $((train * epochs)) "$hone_total") images/s); steady epoch ${hone_epoch} s ($(per_second $train "$hone_epoch") images/s)"
echo "python: ${python_total} s for $epochs epochs ($(per_second $((train * epochs)) "$python_total") images/s); steady epoch ${python_epoch} s ($(per_second $train "$python_epoch") images/s)"
# Achieved FLOP/s end to end (steady epochs: training counted as 3 forward passes, validation as 1)
# against the single-precision matrix multiply measured now.
read -r forward sgemm < <("$root/build/bench/bench_trainstep" --flops 1 --threads "$(nproc)" | sed -E 's/forward ([0-9.]+) GFLOP per image, sgemm ([0-9.]+).*/\1 \2/')
awk -v f="$forward" -v s="$sgemm" -v t="$hone_epoch" -v n="$train" 'BEGIN {
    g = (3 * f * n + f * 48) / t
    printf "hone end to end: %.1f GFLOP/s against sgemm %.1f GFLOP/s: ratio %.2f\n", g, s, g / s }'
echo "hone / python images/s: whole run $(awk -v a="$python_total" -v b="$hone_total" 'BEGIN {printf "%.2f", a / b}'), steady epochs $(awk -v a="$python_epoch" -v b="$hone_epoch" 'BEGIN {printf "%.2f", a / b}')"
