#!/usr/bin/env bash
# How the Auto recipe's rule was chosen (core/training/autorecipe.cpp, README "How Auto chooses"):
# test accuracy of candidate settings on few-shot tuning tasks (Fashion-MNIST *training* images:
# trouser/bag, sandal/sneaker/bag, and t-shirt/trouser/sneaker/ankle-boot, whose t-shirt and
# ankle boot the bundled backbone saw), 150 test images per class. bench/run-recipes.sh reports on
# other images (the demo's four classes, from the test file).
#   first round:  recipes, rates, epochs and crops (seeds 1, 2)
#   second round: around the first round's best, and Auto itself (seeds 3, 4: fresh draws)
# usage: bench/tune-auto.sh [first|second] [SIZES=10,25] [SEEDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
round=${1:-first}
seeds=${3:-$([ "$round" = second ] && echo 3,4 || echo 1,2)}
exec /usr/bin/python3 "$root/bench/tune_auto.py" "$root/build/app/hone-cli" "${2:-10,25}" "$seeds" "$round"
