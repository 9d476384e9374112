#!/usr/bin/env bash
# Configures and builds Hone in ./build (Release). Extra arguments go to cmake's configure step,
# e.g. -DCMAKE_PREFIX_PATH=/opt/libtorch for the official CUDA LibTorch.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$root/build" -j"$(nproc)"
