#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# The README's test command: every check ferrite has, in one run.
#   1. scripts/install-deps.sh (skip with FERRITE_SKIP_INSTALL=1),
#   2. each stage scripts/stage-<name>.sh in a fixed order; a stage whose script does not exist
#      yet is reported as SKIPPED, a failing stage does not stop the others,
#   3. a timing table, then the last line `N passed, M failed` (stages) for CI to read.
# Exits non-zero if any stage failed. Each stage's output is also kept in build/logs/.
# Usage: scripts/test-all.sh                          (from anywhere, as root on Debian 12)
#        FERRITE_STAGES="unit compile-fail" scripts/test-all.sh   (a subset, in the given order)
set -uo pipefail
cd "$(dirname "$0")/.."

all_stages=(unit freestanding compile-fail consumers integers-rust targets sanitize tidy fuzz bench-smoke)
read -r -a stages <<<"${FERRITE_STAGES:-${all_stages[*]}}"

mkdir -p build/logs
names=()
results=()
seconds=()
passed=0
failed=0

cpu=()
record() {  # name, result, seconds, cpu seconds
  names+=("$1"); results+=("$2"); seconds+=("$3"); cpu+=("${4:-0}")
}

# CPU seconds (user + system) used so far by finished child processes: unlike wall time, it
# does not grow when other work shares the machine, so it is what to compare against a budget.
times_file=build/logs/.times
children_cpu() {  # sets cpu_now; `times` must run in this shell, not in a $(...) subshell
  times >"$times_file"
  cpu_now=$(awk 'NR == 2 {
    n = split($0, t, " "); total = 0
    for (i = 1; i <= n; i++) { split(t[i], p, "m"); sub("s", "", p[2]); total += p[1] * 60 + p[2] }
    printf "%d", total }' "$times_file")
}

echo "### ferrite test-all: $(git rev-parse --short HEAD 2>/dev/null || echo 'no git'), $(date -u '+%F %T') UTC, $(nproc 2>/dev/null || echo '?') cores"

if [ "${FERRITE_SKIP_INSTALL:-0}" = 1 ]; then
  echo "### install-deps: skipped (FERRITE_SKIP_INSTALL=1)"
else
  echo "### install-deps"
  start=$SECONDS
  if bash scripts/install-deps.sh 2>&1 | tee build/logs/install-deps.log; then
    record install-deps passed $((SECONDS - start)); passed=$((passed + 1))
  else
    echo "### install-deps: FAILED (stages that need missing packages will fail too)"
    record install-deps FAILED $((SECONDS - start)); failed=$((failed + 1))
  fi
fi

for tool in g++ clang++ cmake meson ninja; do
  if command -v "$tool" >/dev/null 2>&1; then
    echo "    $tool: $("$tool" --version 2>&1 | head -n 1)"
  else
    echo "    $tool: not installed"
  fi
done

for stage in "${stages[@]}"; do
  script="scripts/stage-$stage.sh"
  if [ ! -f "$script" ]; then
    echo "### $stage: SKIPPED (not yet present: $script)"
    record "$stage" "SKIPPED (not yet present)" 0
    continue
  fi
  echo "### $stage: $script"
  start=$SECONDS
  children_cpu; cpu_start=$cpu_now
  bash "$script" 2>&1 | tee "build/logs/stage-$stage.log"
  status=${PIPESTATUS[0]}
  elapsed=$((SECONDS - start))
  children_cpu; used=$((cpu_now - cpu_start))
  if [ "$status" -eq 0 ]; then
    echo "### $stage: passed in ${elapsed}s"
    record "$stage" passed "$elapsed" "$used"; passed=$((passed + 1))
  else
    echo "### $stage: FAILED (exit $status) in ${elapsed}s; log: build/logs/stage-$stage.log"
    record "$stage" FAILED "$elapsed" "$used"; failed=$((failed + 1))
  fi
done

echo
echo "| stage | result | seconds | cpu seconds |"
echo "| --- | --- | ---: | ---: |"
for i in "${!names[@]}"; do
  echo "| ${names[$i]} | ${results[$i]} | ${seconds[$i]} | ${cpu[$i]} |"
done
children_cpu
echo "total: $SECONDS s wall, $cpu_now s cpu"
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
