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

record() {  # name, result, seconds
  names+=("$1"); results+=("$2"); seconds+=("$3")
}

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

for stage in "${stages[@]}"; do
  script="scripts/stage-$stage.sh"
  if [ ! -f "$script" ]; then
    echo "### $stage: SKIPPED (not yet present: $script)"
    record "$stage" "SKIPPED (not yet present)" 0
    continue
  fi
  echo "### $stage: $script"
  start=$SECONDS
  bash "$script" 2>&1 | tee "build/logs/stage-$stage.log"
  status=${PIPESTATUS[0]}
  elapsed=$((SECONDS - start))
  if [ "$status" -eq 0 ]; then
    echo "### $stage: passed in ${elapsed}s"
    record "$stage" passed "$elapsed"; passed=$((passed + 1))
  else
    echo "### $stage: FAILED (exit $status) in ${elapsed}s; log: build/logs/stage-$stage.log"
    record "$stage" FAILED "$elapsed"; failed=$((failed + 1))
  fi
done

echo
echo "| stage | result | seconds |"
echo "| --- | --- | ---: |"
for i in "${!names[@]}"; do
  echo "| ${names[$i]} | ${results[$i]} | ${seconds[$i]} |"
done
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
