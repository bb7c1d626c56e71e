#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# The README's main command: ferrite against the C it replaces, in numbers.
#   1. installs what it needs (apt-get; skipped when already present),
#   2. builds bench/ in release mode (-O2 -DNDEBUG) with GCC and Clang, and the Cortex-M3 objects,
#   3. checks that every implementation computes the C baseline's answer,
#   4. measures time (Google Benchmark, C/ferrite/peers interleaved in one process),
#      instructions (callgrind, --toggle-collect on each entry), code size per idiom (nm -S),
#      compile time (ferrite.hpp vs std headers vs empty TU) and vocabulary type sizes,
#   5. prints one Markdown table per measure, with the machine and compiler versions.
# Runs in a few minutes on 2 cores. Raw results stay in build/bench/results/.
# Usage: scripts/bench.sh        (from anywhere)
# Knobs: BENCH_REPETITIONS (5), BENCH_MIN_TIME (0.05 s), BENCH_CALLS (10 calls under callgrind),
#        BENCH_COMMIT (the commit to name in the report when this is not a git checkout).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/bench
results=$build/results
reps=${BENCH_REPETITIONS:-5}
min_time=${BENCH_MIN_TIME:-0.05}
calls=${BENCH_CALLS:-10}
samples=5
jobs=$(nproc 2>/dev/null || echo 2)
# BENCH_SMOKE=1 (scripts/stage-bench-smoke.sh): the whole pipeline once, as fast as it goes, in
# its own build tree, installing nothing; the numbers it prints mean nothing.
if [[ ${BENCH_SMOKE:-0} == 1 ]]; then
  build=$root/build/bench-smoke
  results=$build/results
  reps=1 min_time=0.000001 calls=1 samples=1
fi

log() { echo "bench: [$(date -u +%T)] $*" >&2; }

# ---- 1. Dependencies --------------------------------------------------------------------------
# Each package with a test that passes when what we use from it is present.
missing=()
need() {
  local package=$1
  shift
  "$@" >/dev/null 2>&1 || missing+=("$package")
}
need make command -v make
need g++ command -v g++
need clang command -v clang++
need python3 command -v python3
need binutils command -v readelf
need valgrind command -v valgrind
need libbenchmark-dev test -f /usr/include/benchmark/benchmark.h
need libboost-dev test -f /usr/include/boost/intrusive/list.hpp
need gcc-arm-none-eabi command -v arm-none-eabi-g++
need libnewlib-arm-none-eabi sh -c 'echo "#include <stdint.h>" | arm-none-eabi-gcc -x c -fsyntax-only -'
need libstdc++-arm-none-eabi-dev sh -c 'echo "#include <optional>" | arm-none-eabi-g++ -std=c++20 -x c++ -fsyntax-only -'
if ((${#missing[@]})); then
  if [[ ${BENCH_SMOKE:-0} == 1 ]]; then
    log "FAIL: missing packages: ${missing[*]} (scripts/install-deps.sh installs them)"
    exit 1
  fi
  log "installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- 2. Build ---------------------------------------------------------------------------------
rm -rf "$results" "$build/gcc" "$build/clang" "$build/arm"
mkdir -p "$results"
for tc in gcc clang; do
  log "building with $tc"
  make -s -C bench -j"$jobs" TOOLCHAIN=$tc BUILD="$build/$tc" >&2
done
log "building Cortex-M3 objects"
make -s -C bench -j"$jobs" arm ARM_BUILD="$build/arm" >&2

# ---- 3. Same answers --------------------------------------------------------------------------
for tc in gcc clang; do
  "$build/$tc/bench_idioms" --check >"$results/check-$tc.txt" ||
    { cat "$results/check-$tc.txt" >&2; log "FAIL: $tc implementations disagree"; exit 1; }
  "$build/$tc/bench_idioms" --list >"$results/list-$tc.txt"
done

# ---- 4a. Time -----------------------------------------------------------------------------------
for tc in gcc clang; do
  log "timing ($tc, $reps interleaved repetitions)"
  "$build/$tc/bench_idioms" --benchmark_repetitions="$reps" \
    --benchmark_enable_random_interleaving=true --benchmark_min_time="$min_time" \
    --benchmark_report_aggregates_only=true \
    --benchmark_out="$results/gbench-$tc.json" --benchmark_out_format=json >/dev/null
done

# ---- 4b. Instructions ---------------------------------------------------------------------------
# --toggle-collect on the entry symbol: only the entry and what it calls are counted, not the
# driver's loop or the input set-up.
count_one() {
  local tc=$1 idiom=$2 impl=$3
  valgrind --tool=callgrind --toggle-collect="${idiom}_${impl}" \
    --callgrind-out-file="$results/callgrind-$tc/${idiom}_${impl}.out" \
    "$build/$tc/bench_idioms" --count "$idiom" "$impl" "$calls" >/dev/null 2>&1 ||
    { log "FAIL: callgrind on $tc ${idiom}_${impl}"; return 1; }
}
log "counting instructions (callgrind, $calls calls per implementation)"
for tc in gcc clang; do
  mkdir -p "$results/callgrind-$tc"
  while read -r idiom impl available _; do
    [[ $available == yes ]] || continue
    while (($(jobs -rp | wc -l) >= jobs)); do wait -n; done
    count_one "$tc" "$idiom" "$impl" &
  done <"$results/list-$tc.txt"
done
wait

# ---- 4c. Compile time ---------------------------------------------------------------------------
log "timing compilation"
for compiler in g++ clang++; do
  std=-std=c++23
  [[ $compiler == clang++ ]] && std=-std=c++2b
  for tu in empty ferrite std; do
    times=()
    for ((i = 0; i < samples; i++)); do
      start=$(date +%s%N)
      "$compiler" $std -O2 -Iinclude -c "bench/compile_time/$tu.cpp" -o /dev/null
      end=$(date +%s%N)
      times+=("$((end - start))")
    done
    # The fastest of the runs: compile time only ever gets slower from outside noise.
    best_ns=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
    printf '%s %s %d.%09d\n' "$compiler" "$tu" $((best_ns / 1000000000)) $((best_ns % 1000000000)) \
      >>"$results/compile-time.txt"
  done
done

# ---- 4d. Vocabulary sizes -----------------------------------------------------------------------
"$build/gcc/vocab_sizes" >"$results/vocab-sizes.md"

# ---- 5. Report ----------------------------------------------------------------------------------
{
  echo "## ferrite vs C: benchmark results"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit ${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
  echo "- Machine: $(uname -srm), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
  echo "- GCC: $(g++ --version | head -1); Clang: $(clang++ --version | head -1)"
  echo "- Cortex-M3: $(arm-none-eabi-g++ --version | head -1)"
  echo "- Google Benchmark $(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null), $(valgrind --version), Boost $(dpkg-query -W -f='${Version}' libboost-dev 2>/dev/null)"
  echo "- Flags: C -O2 -std=gnu11; C++ -O2 -std=c++23 (Clang: -std=c++2b) -fno-exceptions -fno-rtti; all -DNDEBUG -ffunction-sections; Cortex-M3 -Os -mthumb"
} >"$results/machine.md"
python3 bench/tools/report.py "$results" "$build" "$calls" | tee "$results/report.md"
