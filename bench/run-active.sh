#!/usr/bin/env bash
# Labelling with the model (hone-cli suggest, core/analysis/activelearning.h) as a simulated labelling
# session, and the dataset's map (hone-cli map) against Debian's umap-learn on the very same embeddings.
# The data: a project of all ten Fashion-MNIST classes, 1,000 test images each (bench_active makes it),
# embedded once by the bundled backbone (the embedding pass, cached in the project).
#   simulation  per seed: PER_CLASS images of each class, 75 % pool / 25 % test; 2 labels per class at
#               random; then for margin, entropy, least confidence and random: suggestLabels() on the
#               pool, the first 20 of its queue get their true labels, the head is refitted (default
#               options), up to BUDGET labels. Prints per budget the mean test accuracy per strategy, the
#               share of suggestions a user would accept (top-1 correct: over all unlabelled pool images,
#               and over the 20 the queue shows), and margin − random in points; the labels each strategy
#               needs to reach 95 % of the full-pool accuracy (the head on the whole pool), of the mean
#               curve and per seed. Goals: margin needs <= 0.8 × random's labels, and is never more than
#               1 point below random at any budget (mean curves).
#   speed       on all 10,000 cached embeddings with 500 labelled: suggestLabels() (retrain, re-score,
#               queue), median of 5, goal < 2 s; computeEmbeddingMap(), goal < 30 s.
#   map         umap-learn (n_neighbors 15, min_dist 0.1, after a warm-up fit) vs Hone's map: time, and
#               for both sklearn.manifold.trustworthiness (15 neighbours) against the centred unit-length
#               embeddings and the kNN-label agreement (nearest map neighbour has the same label).
#   diagnosis   the simulation again with fixed head penalties (--head-l2 0.1, the doctor's, and 0.01, for
#               the heads that rank the queue and for those measured), on DIAG_SEEDS ("none": skipped);
#               the default penalty is 4 / labels within [0.001, 0.1] (activelearning.h).
# Needs build/bench/bench_active, dataset-fashion-mnist, python3-sklearn and umap-learn (apt).
# About 11 minutes on 2 cores with the defaults.
# usage: bench/run-active.sh [PER_CLASS=400 (at most 1000)] [SEEDS="1 2 3 4 5"] [DIAG_SEEDS="1 2"] [BUDGET=800]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
per_class=${1:-400}
seeds=${2:-"1 2 3 4 5"}
diag_seeds=${3:-"1 2"}
budget=${4:-800}
bench="$root/build/bench/bench_active"
ref="$root/bench/active_reference.py"
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
built=$(stat -c %Y "$bench")
dirty=$(git -C "$root" status --porcelain -- core | grep -q . && echo ", core/ modified" || true)
echo "== Hone $(git -C "$root" rev-parse --short HEAD)$dirty; $(nproc) cores"

"$bench" "$work/fashion" --per-class "$per_class" --seeds "$seeds" --budget "$budget" --export "$work/x" 2> "$work/bench.log" \
    | tee "$work/bench.out" || { cat "$work/bench.log" >&2; exit 1; }
hone_map_s=$(sed -n 's/^computeEmbeddingMap: \([0-9.]*\) s.*/\1/p' "$work/bench.out")

echo
echo "== The map against umap-learn $("$py" -c 'import umap, importlib.metadata as m; print(m.version("umap-learn"))' 2>/dev/null || echo '(missing)') on the same embeddings"
if "$py" -c 'import umap' 2> /dev/null; then
    "$py" "$ref" "$work/x" > "$work/ref.out" 2> "$work/ref.log" || { cat "$work/ref.log" >&2; exit 1; }
    read -r -a kv < "$work/ref.out"
    declare -A r
    for ((i = 0; i < ${#kv[@]}; i += 2)); do r[${kv[i]}]=${kv[i + 1]}; done
    printf '%-26s %10s %14s %16s\n' "" "seconds" "trustworthiness" "kNN-label agree"
    printf '%-26s %10s %14s %16s\n' "hone computeEmbeddingMap" "$hone_map_s" "${r[trust_hone]}" "${r[knn_hone]}"
    printf '%-26s %10s %14s %16s\n' "umap-learn" "${r[umap_s]}" "${r[trust_umap]}" "${r[knn_umap]}"
    printf '%-26s %10s %14s %16s\n' "(the embeddings, 576-d)" "" "" "${r[knn_embedding]}"
    echo "umap-learn's first fit of 500 images (import, numba compilation): ${r[umap_warmup_s]} s"
    awk -v h="$hone_map_s" -v u="${r[umap_s]}" -v th="${r[trust_hone]}" -v tu="${r[trust_umap]}" \
        -v kh="${r[knn_hone]}" -v ku="${r[knn_umap]}" 'BEGIN {
        printf "hone / umap-learn: time %.2fx, trustworthiness %.3fx, kNN-label agreement %.3fx\n", h / u, th / tu, kh / ku }'
else
    echo "umap-learn is not installed (apt-get install umap-learn): skipped"
fi

if [[ $diag_seeds != none ]]; then
    for l2 in 0.1 0.01; do
        echo
        echo "== Diagnosis: the same simulation with a fixed head penalty l2 $l2 (the default follows the labels)"
        "$bench" "$work/fashion" --per-class "$per_class" --seeds "$diag_seeds" --budget "$budget" --head-l2 "$l2" --no-speed \
            --no-map 2> "$work/bench.log" || { cat "$work/bench.log" >&2; exit 1; }
    done
fi
[[ $(stat -c %Y "$bench") == "$built" ]] || echo "WARNING: $bench was rebuilt during this run: the numbers mix two builds"
