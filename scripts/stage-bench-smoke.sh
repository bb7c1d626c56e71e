#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# CI stage: the benchmarks build (GCC, Clang, Cortex-M3) and every measurement runs once.
#   - every implementation of every idiom returns the C baseline's checksum (bench_idioms --check),
#   - Google Benchmark runs each benchmark with a tiny time budget, callgrind counts one call each,
#     the code-size, compile-time and type-size steps run, and the report prints every table.
# It never judges speed: the numbers of a smoke run mean nothing.
# Usage: scripts/stage-bench-smoke.sh        (from the repo root)
set -euo pipefail

cd "$(dirname "$0")/.."
out=build/bench-smoke
log=$(mktemp)
trap 'rm -f "$log"' EXIT

if ! BENCH_SMOKE=1 scripts/bench.sh >"$log" 2>&1; then
  tail -40 "$log" >&2
  echo "stage-bench-smoke: FAIL: scripts/bench.sh (smoke mode) failed" >&2
  exit 1
fi

failures=0
for heading in "### Time per batch" "### Instructions per batch" "### Code size" \
               "### Compile time" "### Sizes of vocabulary types"; do
  grep -qF "$heading" "$out/results/report.md" ||
    { echo "stage-bench-smoke: FAIL: the report has no '$heading' table" >&2; failures=$((failures + 1)); }
done
# Every available implementation was timed and counted: no empty cell where a number belongs.
for tc in gcc clang; do
  while read -r idiom impl available _; do
    [[ $available == yes ]] || continue
    grep -q "\"run_name\": \"$idiom/$impl\"" "$out/results/gbench-$tc.json" ||
      { echo "stage-bench-smoke: FAIL: $tc $idiom/$impl was not timed" >&2; failures=$((failures + 1)); }
    grep -q '^totals:' "$out/results/callgrind-$tc/${idiom}_$impl.out" ||
      { echo "stage-bench-smoke: FAIL: $tc ${idiom}_$impl was not counted" >&2; failures=$((failures + 1)); }
  done <"$out/results/list-$tc.txt"
done
if ((failures)); then
  exit 1
fi
echo "stage-bench-smoke: OK ($(grep -c ' yes ' "$out/results/list-gcc.txt") GCC implementations, $(grep -c ' yes ' "$out/results/list-clang.txt") Clang)"
