#!/usr/bin/env bash
# The frozen-trunk feature cache against what a user would write instead: ResNet-18 with every
# stage frozen, only the head trained for EPOCHS epochs, on 240 photo-sized JPEGs (4 classes),
# 224 px, batch 16, AdamW at a constant rate, all cores for both. Wall times include decoding.
#   hone (cache cold)    the first run: decodes, runs the trunk once per image, trains the head
#   hone (cache warm)    a later run with the same key: the trunk does not run at all
#   hone (no cache)      --no-feature-cache: the trunk runs on every batch, as the reference does
#   python reference     torchvision + DataLoader(2 workers), trunk recomputed every epoch
# Then the same with random flips: Hone caches two views per image, the reference flips at random.
# usage: bench/run-featurecache.sh [EPOCHS=10]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
epochs=${1:-10}
cli="$root/build/app/hone-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$root/bench/photo-project.sh"
photo_project 60

seconds() {   # wall time of a command, in seconds
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}'
}
train() {
    seconds "$cli" train "$work/project" --freeze 5 --epochs "$epochs" --image-size 224 --batch-size 16 \
        --schedule constant --lr 0.001 --optimizer adamw --threads "$(nproc)" "$@"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }

for mode in plain flips; do
    extra=() pyextra=()
    [[ $mode == plain ]] && extra=(--no-augment) || pyextra=(--augment)
    rm -rf "$work/project/cache/features"
    cold=$(train "${extra[@]}")
    warm=$(train "${extra[@]}")
    nocache=$(train "${extra[@]}" --no-feature-cache)
    python=$(seconds /usr/bin/python3 "$root/bench/featurecache_reference.py" "$work/photos" --epochs "$epochs" \
        --threads "$(nproc)" "${pyextra[@]}")
    echo "$mode, $epochs epochs: hone cache cold ${cold} s, warm ${warm} s, no cache ${nocache} s; python reference ${python} s"
    echo "  reference / hone: cold $(ratio "$python" "$cold")x, warm $(ratio "$python" "$warm")x, no cache $(ratio "$python" "$nocache")x"
done
