#!/usr/bin/env bash
# Builds Hone with AddressSanitizer and UndefinedBehaviorSanitizer (g++) into ./build-asan and
# runs the whole Qt Test suite there through CTest. Extra arguments go to ctest, e.g. -R tst_cli.
#
#   installer/run-sanitizers.sh [CTEST_ARGS...]
#
# HONE_SANITIZER_TIMEOUT_SCALE (default 4) multiplies every test's CTest timeout: the suite runs
# 2-4x slower instrumented. HONE_SANITIZER_JOBS (default 2) sets the build's parallelism; the
# build runs under nice. Only Hone's own code is instrumented: Debian's LibTorch, OpenCV and Qt
# are not, so errors inside them are only caught where Hone's code touches their memory.
# Prints "sanitizers: N passed, M failed" at the end; exits non-zero when a test failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-asan"
nice=(nice -n "${HONE_SANITIZER_NICE:-10}")
scale=${HONE_SANITIZER_TIMEOUT_SCALE:-4}

"$root/installer/install-deps.sh" || { echo "run-sanitizers: install-deps.sh failed" >&2; exit 2; }

# vptr checks are off: UBSan's vptr check needs RTTI of every polymorphic type it sees, and it
# misfires on classes from libraries built without it (LibTorch's). Everything else of
# -fsanitize=undefined stays on.
sanitize="-fsanitize=address,undefined -fno-sanitize=vptr -fno-omit-frame-pointer"
"${nice[@]}" cmake -S "$root" -B "$build" \
    -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$sanitize" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DCMAKE_SHARED_LINKER_FLAGS="$sanitize" \
    -DCMAKE_MODULE_LINKER_FLAGS="$sanitize" \
    -DHONE_TEST_TIMEOUT_SCALE="$scale" \
    || { echo "run-sanitizers: configuring failed" >&2; exit 2; }

# tst_export runs onnxruntime-node from <build>/npm/node_modules; install-deps.sh has put it in
# build/npm, so the sanitizer build shares that copy.
if [[ ! -e "$build/npm" && -d "$root/build/npm/node_modules" ]]; then
    ln -s ../build/npm "$build/npm"
fi

start=$(date +%s)
"${nice[@]}" cmake --build "$build" -j"${HONE_SANITIZER_JOBS:-2}" \
    || { echo "run-sanitizers: the build failed" >&2; exit 2; }
echo "run-sanitizers: build took $(( $(date +%s) - start )) s"

# Leak detection is off: LibTorch and Qt keep one-time allocations (registries, thread pools,
# plugin caches) to process exit, and their reports would drown any real leak of Hone's.
# ODR checking is off: the uninstrumented libraries (Qt5 next to Qt6 through OpenCV's highgui)
# define the same globals more than once, which is not Hone's doing.
# abort_on_error / halt_on_error: the first finding stops the test with a stack trace.
# installer/sanitizers.supp, when there is one, suppresses false reports in third-party code.
supp=
[[ -f "$root/installer/sanitizers.supp" ]] && supp=":suppressions=$root/installer/sanitizers.supp"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_odr_violation=0$supp${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1$supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen

log="$build/sanitizers.log"
start=$(date +%s)
(cd "$build" && "${nice[@]}" ctest --output-on-failure -j1 "$@") 2>&1 | tee "$log"
echo "run-sanitizers: suite took $(( $(date +%s) - start )) s (log: $log)"

summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
if [[ -z "$summary" ]]; then
    echo "sanitizers: 0 passed, 0 failed (ctest ran no tests)"
    exit 1
fi
failed=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$summary")
total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$summary")
echo "sanitizers: $(( total - failed )) passed, $failed failed"
(( failed == 0 ))
