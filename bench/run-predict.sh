#!/usr/bin/env bash
# `hone-cli predict` on a folder of photos against onnxruntime on the same ONNX file, in one run.
# 240 camera-sized JPEGs (1600×1200, bench/predict_inputs.py), two models Hone trained on them and
# exported to ONNX: the bundled mobilenet_v3_small at 64 px and a ResNet-18 at 224 px.
#   hone            wall time of the whole `hone-cli predict MODEL FOLDER` command: start-up, model load,
#                   reading, decoding and preprocessing every JPEG, inference (OpenCV DNN, batches of 32,
#                   all cores), writing the results. The page cache is warmed by one untimed run first.
#   hone .pt        the same on the same run exported to TorchScript (LibTorch, frozen and optimised
#                   for inference at load)
#   decode          the same JPEGs decoded and preprocessed as Hone does (cv2 in /usr/bin/python3: imdecode,
#                   centred square, INTER_AREA, BGR to RGB, mean/std) into float32 NCHW, on all cores
#   ORT inference   onnxruntime-node on those decoded inputs, batches of 32, intra-op threads = cores;
#                   session creation and Node's start-up not counted
#   ORT + decode    the two added: the same work as hone's command. hone / (ORT + decode) is the goal's
#                   ratio (≥ 1.0: Hone is at least as fast); hone / (ORT inference) is the bar when
#                   decoding would cost nothing.
# Three rounds, hone, decode and ORT interleaved in each (load from other jobs hits all alike); medians
# are quoted, images/s over all 240 images. Also the top-1 agreement of hone's labels with ORT's.
# Needs /usr/bin/python3 with cv2 (python3-opencv), node and onnxruntime-node in build/npm
# (installer/install-deps.sh). About 3 minutes on 2 cores.
# usage: bench/run-predict.sh [PER_CLASS=60]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
per_class=${1:-60}
cli="$root/build/app/hone-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
threads=$(nproc)
export NODE_PATH="$root/build/npm/node_modules"
[[ -d $NODE_PATH/onnxruntime-node ]] || { echo "onnxruntime-node is missing under $NODE_PATH: run installer/install-deps.sh" >&2; exit 1; }
/usr/bin/python3 -c "import cv2" 2> /dev/null || { echo "/usr/bin/python3 has no cv2: apt-get install python3-opencv" >&2; exit 1; }

quiet() { "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }; }
seconds() {   # wall time of a command, in seconds
    local start end
    start=$(date +%s.%N)
    quiet "$@"
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
per_second() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.1f", n / t}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

/usr/bin/python3 "$root/bench/predict_inputs.py" photos "$work/photos" "$per_class" 4
quiet "$cli" new "$work/project"
quiet "$cli" import "$work/project" "$work/photos" --layout folders --reference
quiet "$cli" split "$work/project" --train 0.8 --val 0.2 --test 0
mapfile -t images < <(find "$work/photos" -name '*.jpg' | sort)
count=${#images[@]}

# The models: the trunk frozen (as the demo trains), so training is quick; speed is what is measured.
quiet "$cli" train "$work/project" --backbone mobilenet_v3_small --image-size 64 --freeze 5 --epochs 2
quiet "$cli" export "$work/project" --format onnx --output "$work/mobilenet_v3_small-64.onnx" --no-verify --no-model-card
quiet "$cli" export "$work/project" --format torchscript --output "$work/mobilenet_v3_small-64.pt" --no-verify --no-model-card
quiet "$cli" train "$work/project" --backbone resnet18 --weights none --image-size 224 --freeze 5 --epochs 1
quiet "$cli" export "$work/project" --format onnx --output "$work/resnet18-224.onnx" --no-verify --no-model-card
quiet "$cli" export "$work/project" --format torchscript --output "$work/resnet18-224.pt" --no-verify --no-model-card

echo "$count JPEGs of 1600×1200 ($(du -sm "$work/photos" | cut -f1) MB), $threads cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for name in mobilenet_v3_small-64 resnet18-224; do
    model="$work/$name.onnx"
    quiet "$cli" predict "$model" "$work/photos" --quiet --csv "$work/hone.csv"   # warms the page cache
    one=$(seconds "$cli" predict "$model" "${images[0]}" --quiet)
    quiet "$cli" predict "$work/$name.pt" "$work/photos" --quiet
    hone=() honept=() decode=() ort=()
    for round in 1 2 3; do
        hone+=("$(seconds "$cli" predict "$model" "$work/photos" --quiet)")
        honept+=("$(seconds "$cli" predict "$work/$name.pt" "$work/photos" --quiet --device cpu)")
        quiet /usr/bin/python3 "$root/bench/predict_inputs.py" decode "$model.json" "$work/inputs.bin" "$work/list.txt" "${images[@]}"
        decode+=("$(awk '/^decode/ {print $2}' "$work/last.log")")
        size=$(awk '/^decode/ {print $4}' "$work/last.log")
        quiet node "$root/bench/predict_reference.js" "$model" "$work/inputs.bin" "$count" "$size" "$work/top1.txt" 32 "$threads" 1
        ort+=("$(awk '/^ort/ {print $2}' "$work/last.log")")
    done
    h=$(median "${hone[@]}") hp=$(median "${honept[@]}") d=$(median "${decode[@]}") o=$(median "${ort[@]}")
    od=$(awk -v a="$d" -v b="$o" 'BEGIN {printf "%.3f", a + b}')
    # hone's top-1 label of each image (its CSV) against ORT's class index on the same image.
    agreement=$(/usr/bin/python3 - "$model.json" "$work/hone.csv" "$work/list.txt" "$work/top1.txt" <<'EOF'
import csv, json, sys
classes = json.load(open(sys.argv[1]))["classes"]
hone = {row["image"]: row["label"] for row in csv.DictReader(open(sys.argv[2]))}
paths = open(sys.argv[3]).read().split()
ort = [classes[int(i)] for i in open(sys.argv[4]).read().split()]
same = sum(hone.get(p) == label for p, label in zip(paths, ort))
print(f"{100.0 * same / len(paths):.1f} % ({same} of {len(paths)})")
EOF
)
    echo "$name (${size} px):"
    echo "  hone predict       $(per_second "$count" "$h") images/s  (${h} s; rounds ${hone[*]} s; one image alone ${one} s)"
    echo "  decode (cv2)       $(per_second "$count" "$d") images/s  (${d} s; rounds ${decode[*]} s)"
    echo "  ORT inference      $(per_second "$count" "$o") images/s  (${o} s; rounds ${ort[*]} s)"
    echo "  ORT + decode       $(per_second "$count" "$od") images/s  (${od} s)"
    echo "  hone predict .pt   $(per_second "$count" "$hp") images/s  (${hp} s; the same run exported to TorchScript, LibTorch; rounds ${honept[*]} s)"
    echo "  hone / (ORT + decode) $(ratio "$od" "$h")x  <- the goal's ratio (same work, goal >= 1.0)"
    echo "  hone .pt / (ORT + decode) $(ratio "$od" "$hp")x  (Hone's LibTorch runtime on the same network)"
    echo "  hone / ORT inference  $(ratio "$o" "$h")x"
    echo "  top-1 agreement hone vs ORT: $agreement"
done
