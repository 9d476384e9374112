#!/usr/bin/env bash
# Does the bundled backbone transfer? The demo project (Fashion-MNIST trouser, sandal, sneaker, bag:
# test-set images of classes the backbone never saw) trained with the same budget (epochs, 64 px,
# automatic batch size, AdamW 1e-3 cosine, flips) from:
#   bundled, frozen       the bundled MobileNetV3-small, every stage frozen: only the head trains
#   bundled, fine-tune    the same weights, LP-FT recipe: head first, then every stage
#   scratch               the same MobileNetV3-small from random weights, every stage trains
#   scratch, resnet18     a larger network from random weights (a stronger from-scratch baseline)
# Prints the best validation accuracy of each, per seed, and the mean.
# usage: bench/run-transfer.sh [PER_CLASS=60] [EPOCHS=8] [SEEDS="1 2 3"]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
per_class=${1:-60}
epochs=${2:-8}
seeds=${3:-"1 2 3"}
cli="$root/build/app/hone-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" demo "$work/demo" --per-class "$per_class" 2> /dev/null
best() {   # the best validation accuracy (percent) of the run printed on stdout by "hone-cli train"
    local run
    run=$("$cli" train "$work/demo" --epochs "$epochs" --seed "$1" "${@:2}" 2> "$work/last.log") \
        || { cat "$work/last.log" >&2; exit 1; }
    /usr/bin/python3 -c "import json,sys; e=json.load(open(sys.argv[1]))['epochs']; print('%.1f' % (100*max(x['valAccuracy'] for x in e)))" \
        "$work/demo/runs/$run/run.json"
}
printf '%d images per class (80/20 split), %d epochs, 64 px\n' "$per_class" "$epochs"
printf '%-22s' "seed"; for s in $seeds; do printf '%8s' "$s"; done; printf '%8s\n' "mean"
variant() {
    local name=$1; shift
    local sum=0 n=0 acc
    printf '%-22s' "$name"
    for s in $seeds; do
        acc=$(best "$s" "$@")
        printf '%8s' "$acc"
        sum=$(awk -v a="$sum" -v b="$acc" 'BEGIN {print a + b}'); n=$((n + 1))
    done
    awk -v a="$sum" -v n="$n" 'BEGIN {printf "%8.1f\n", a / n}'
}
variant "bundled, frozen" --backbone mobilenet_v3_small --weights default --freeze 5
variant "bundled, fine-tune" --backbone mobilenet_v3_small --weights default --freeze 0 --recipe fine-tune
variant "scratch" --backbone mobilenet_v3_small --weights none --freeze 0
variant "scratch, resnet18" --backbone resnet18 --weights none --freeze 0
