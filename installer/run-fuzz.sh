#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang into ./build-fuzz, writes their seed
# corpora and runs each harness in turn.
#
#   installer/run-fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]     (default 600 s, every harness)
#
# Findings (crash-*, leak-*, timeout-*, oom-*) are kept in build-fuzz/findings/<harness>/, logs
# in build-fuzz/logs/. Findings from earlier runs are replayed first; those that no longer
# reproduce move to findings/<harness>/fixed/. Exits non-zero when a harness found something or
# did not build. Reproduce one: build-fuzz/fuzz_<harness> build-fuzz/findings/<harness>/<file>.
# HONE_FUZZ_JOBS (default 1) sets the build's parallelism; everything runs under nice.
set -uo pipefail

seconds=${1:-600}
shift $(( $# > 0 ? 1 : 0 ))
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || (( seconds < 1 )); then
    echo "usage: $0 [SECONDS_PER_HARNESS] [HARNESS...]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
nice=(nice -n "${HONE_FUZZ_NICE:-10}")

# ---- tools: clang 14 and its fuzzer and sanitizer runtimes, from Debian, only when missing ----
missing=()
command -v clang++-14 >/dev/null || missing+=(clang-14)
for p in libfuzzer-14-dev libclang-rt-14-dev; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] || missing+=("$p")
done
if (( ${#missing[@]} )); then
    sudo=()
    (( EUID == 0 )) || sudo=(sudo)
    echo "run-fuzz: installing ${missing[*]}"
    if ! { "${sudo[@]}" apt-get update && "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; }; then
        echo "run-fuzz: cannot install ${missing[*]}" >&2
        exit 2
    fi
fi
command -v cmake >/dev/null || { echo "run-fuzz: cmake is missing; run installer/install-deps.sh" >&2; exit 2; }

# ---- build -------------------------------------------------------------------------------------
mkdir -p "$build/logs"
"${nice[@]}" cmake -S "$root/tests/fuzz" -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 >"$build/logs/configure.log" 2>&1 \
    || { cat "$build/logs/configure.log" >&2; echo "run-fuzz: configuring failed" >&2; exit 2; }
mapfile -t all <"$build/harnesses.txt"
harnesses=("$@")
(( ${#harnesses[@]} )) || harnesses=("${all[@]}")
declare -A built
for h in "${harnesses[@]}"; do
    if [[ ! " ${all[*]} " == *" $h "* ]]; then
        echo "run-fuzz: no harness '$h' (harnesses: ${all[*]})" >&2
        exit 2
    fi
    echo "run-fuzz: building fuzz_$h"
    if "${nice[@]}" cmake --build "$build" --target "fuzz_$h" -j"${HONE_FUZZ_JOBS:-1}" >"$build/logs/$h.build.log" 2>&1; then
        built[$h]=1
    else
        grep -E "error|Error" "$build/logs/$h.build.log" | head -5 >&2
        echo "run-fuzz: fuzz_$h did not build (build-fuzz/logs/$h.build.log)" >&2
    fi
done

# ---- seeds and dictionaries --------------------------------------------------------------------
if [[ -x /usr/bin/python3 ]]; then
    /usr/bin/python3 "$root/tests/fuzz/make_seeds.py" "$build/corpus" || echo "run-fuzz: seed generation failed" >&2
else
    echo "run-fuzz: no /usr/bin/python3, so no seeds: the fuzzers start from nothing" >&2
fi
declare -A dicts=(
    [image]="image" [csv]="csv" [project]="json project" [modelmetadata]="json modelmetadata"
    [jsonreader]="json safetensors" [safetensors]="json safetensors" [unpickler]="pickle"
    [torchpickle]="pickle" [torcharchive]="torcharchive pickle"
)
mkdir -p "$build/dict"
for h in "${harnesses[@]}"; do
    : >"$build/dict/$h.dict"
    for d in ${dicts[$h]:-}; do
        cat "$root/tests/fuzz/$d.dict" >>"$build/dict/$h.dict"
    done
done

# ---- run ---------------------------------------------------------------------------------------
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}"
limits=(-rss_limit_mb=2048 -timeout=10)
# Per harness: nearly every damaged archive makes LibTorch's reader leak its zip state (see
# tests/fuzz/lsan.supp), and the leak check libFuzzer then runs each time cuts fuzz_torcharchive
# from ~8000 to ~200 executions a second. fuzz_torchpickle still checks Hone's archive code for
# leaks (its archives are well-formed, so LibTorch leaks nothing there).
declare -A options=([torcharchive]="-detect_leaks=0")
artifacts() { find "$1" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort; }
declare -A status execs rate found
failed=0
for h in "${harnesses[@]}"; do
    if [[ -z "${built[$h]:-}" ]]; then
        status[$h]="NOT BUILT"; execs[$h]="-"; rate[$h]="-"; found[$h]="-"
        failed=1
        continue
    fi
    bin="$build/fuzz_$h"
    findings="$build/findings/$h"
    log="$build/logs/$h.log"
    mkdir -p "$findings" "$build/corpus/$h"

    # Earlier findings first: still failing ones count again, fixed ones move aside.
    still=0
    while IFS= read -r f; do
        [[ -n "$f" ]] || continue
        # shellcheck disable=SC2086
        if "${nice[@]}" "$bin" "${limits[@]}" ${options[$h]:-} "$f" >"$build/logs/$h.replay.log" 2>&1; then
            mkdir -p "$findings/fixed"
            mv "$f" "$findings/fixed/"
            echo "run-fuzz: $h: $(basename "$f") no longer reproduces, moved to findings/$h/fixed/"
        else
            still=$((still + 1))
            echo "run-fuzz: $h: $(basename "$f") still reproduces"
        fi
    done < <(artifacts "$findings")

    echo "run-fuzz: fuzzing $h for $seconds s (log: build-fuzz/logs/$h.log)"
    before=$(artifacts "$findings")
    # shellcheck disable=SC2086  # options[$h] is a list of flags
    "${nice[@]}" "$bin" "$build/corpus/$h" -max_total_time="$seconds" "${limits[@]}" ${options[$h]:-} \
        -print_final_stats=1 -dict="$build/dict/$h.dict" -artifact_prefix="$findings/" >"$log" 2>&1
    rc=$?
    new=$(comm -13 <(echo "$before") <(artifacts "$findings") | grep -c . || true)

    execs[$h]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate[$h]=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if [[ -z "${execs[$h]}" ]]; then   # no final stats: take the last status line
        execs[$h]=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    fi
    : "${execs[$h]:=0}" "${rate[$h]:=0}"
    found[$h]=$((new + still))
    if (( new + still > 0 )); then
        status[$h]="FOUND"
    elif (( rc != 0 )); then
        status[$h]="FAILED rc=$rc"
    else
        status[$h]="clean"
    fi
    if (( new + still > 0 || rc != 0 )); then
        failed=1
        if (( new > 0 || rc != 0 )); then
            echo "---- $h: $(grep -m1 -E 'ERROR: |HONE FUZZ: contract' "$log" || echo "exit $rc, see the log")"
        else
            echo "---- $h: $still earlier finding(s) still reproduce"
        fi
        comm -13 <(echo "$before") <(artifacts "$findings") | sed 's/^/     new finding: /'
    fi
    echo "run-fuzz: $h: ${execs[$h]} executions, ${rate[$h]} exec/s, ${found[$h]} finding(s)"
done

echo
printf '%-14s %-14s %14s %10s %9s\n' harness status executions exec/s findings
for h in "${harnesses[@]}"; do
    printf '%-14s %-14s %14s %10s %9s\n' "$h" "${status[$h]}" "${execs[$h]}" "${rate[$h]}" "${found[$h]}"
done
(( failed == 0 )) || echo "run-fuzz: findings are in build-fuzz/findings/<harness>/; reproduce with build-fuzz/fuzz_<harness> FILE"
exit "$failed"
