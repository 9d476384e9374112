#!/usr/bin/env bash
# Runs Hone's train step and PyTorch's, interleaved (noise on shared VMs is large), and prints
# each median and the ratio hone/python (below 1 means Hone is faster).
# usage: bench/run-trainstep.sh [ROUNDS] [bench options, e.g. --size 112 --batch 16]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
shift || true
# Both sides get the same thread count (PyTorch's Python default differs from Hone's).
[[ " $* " == *" --threads "* ]] || set -- "$@" --threads "$(nproc)"
hone=() python=()
for ((r = 0; r < rounds; ++r)); do
    h=$("$root/build/bench/bench_trainstep" "$@" | sed -E 's/.*median ([0-9.]+).*/\1/')
    p=$(/usr/bin/python3 "$root/bench/trainstep_reference.py" "$@" | sed -E 's/.*median ([0-9.]+).*/\1/')
    echo "round $((r + 1)): hone $h s/step, python $p s/step"
    hone+=("$h") python+=("$p")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mh=$(median "${hone[@]}") mp=$(median "${python[@]}")
echo "median: hone $mh s/step, python $mp s/step, ratio hone/python $(awk -v h="$mh" -v p="$mp" 'BEGIN {printf "%.3f", h / p}')"
