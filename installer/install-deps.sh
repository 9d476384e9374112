#!/usr/bin/env bash
# Installs the Debian 12 packages Hone needs to build, test and run — only those that are
# missing. Does nothing (and needs no network) when everything is present. Run as root.
set -euo pipefail

packages=(
    # build
    build-essential cmake pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqcustomplot-dev
    libtorch-dev libopencv-dev zlib1g-dev
    # the SVG application icon
    libqt6svg6
    # libtorch's matrix products run ~30x faster on OpenBLAS than on the reference BLAS
    libopenblas0-openmp
    # tests, demo and screenshots
    xvfb xauth imagemagick dataset-fashion-mnist python3-torch python3-torchvision
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
