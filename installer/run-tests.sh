#!/usr/bin/env bash
# Runs the whole Qt Test suite through CTest (GUI tests run offscreen; no display needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j1 "$@"
