#!/usr/bin/env bash
# Installs the Debian 12 packages Hone needs to build, test and run — only those that are
# missing. Does nothing (and needs no network) when everything is present. Run as root.
set -euo pipefail

packages=(
    # build
    build-essential cmake pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev
    libtorch-dev libopencv-dev zlib1g-dev libonnx-dev
    # the SVG application icon
    libqt6svg6
    # the hicolor PNG icons, rendered from the SVG at build time
    librsvg2-bin
    # the Debian package and its checks (installer/build-deb.sh, tests/packaging)
    dpkg-dev desktop-file-utils appstream lintian shared-mime-info libglib2.0-bin
    # cameras in the Use workspace (optional at build time)
    qt6-multimedia-dev
    # libtorch's matrix products run ~30x faster on OpenBLAS than on the reference BLAS
    libopenblas0-openmp
    # the manual pages (help2man reads the programs' --help)
    help2man
    # tests, demo and screenshots (a CJK font for the Chinese and Japanese screenshots)
    xvfb xauth imagemagick fonts-wqy-microhei dataset-fashion-mnist python3-torch python3-torchvision
    # the data doctor benchmark's confident-learning baseline (bench/run-doctor.sh)
    python3-sklearn
    # the prediction benchmark decodes its reference inputs with cv2 (bench/run-predict.sh)
    python3-opencv
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

# Node.js runs onnxruntime-node, the independent ONNX consumer in the export tests.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} Debian packages present"
else
    echo "install-deps: installing ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        SUDO=sudo
    else
        SUDO=
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# onnxruntime-node from the npm registry, for the tests only, into build/npm. Its CPU runtime
# ships inside the package; the optional CUDA download is skipped.
root=$(cd "$(dirname "$0")/.." && pwd)
ort_version=1.20.1
ort_dir="$root/build/npm"
if [[ ! -f "$ort_dir/node_modules/onnxruntime-node/package.json" ]] \
    || ! grep -q "\"version\": \"$ort_version\"" "$ort_dir/node_modules/onnxruntime-node/package.json"; then
    echo "install-deps: installing onnxruntime-node@$ort_version into $ort_dir"
    mkdir -p "$ort_dir"
    ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install --prefix "$ort_dir" --no-audit --no-fund \
        --no-save --loglevel=error "onnxruntime-node@$ort_version"
else
    echo "install-deps: onnxruntime-node@$ort_version present"
fi
