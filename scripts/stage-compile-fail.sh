#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Compile-fail stage: code that must not compile does not, for the stated reason.
#  1. Runner self-test (tests/compile_fail/selftest/): a snippet that compiles and one that fails
#     for the wrong reason must each be reported as failures, and one that fails for the right
#     reason (only with its FLAGS line) as passed. This proves the runner can go red.
#  2. Every case in tests/compile_fail/*.cpp, with g++ and clang++ (see tests/compile_fail/run.sh
#     for the case format).
# Usage: scripts/stage-compile-fail.sh        (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== runner self-test (failures below are expected)"
set +e
selftest=$(tests/compile_fail/run.sh tests/compile_fail/selftest 2>&1)
status=$?
set -e
echo "$selftest" | grep -E '^(ok|FAIL) ' | sed 's/^/  /'
expected_lines=(
  "FAIL  tests/compile_fail/selftest/compiles.cpp [g++]: compiled, but must not"
  "FAIL  tests/compile_fail/selftest/compiles.cpp [clang++]: compiled, but must not"
  "ok    tests/compile_fail/selftest/right_reason.cpp [g++]"
  "ok    tests/compile_fail/selftest/right_reason.cpp [clang++]"
  "2 passed, 4 failed"
)
selftest_ok=1
[ "$status" -ne 0 ] || { echo "  runner exited 0 although cases failed"; selftest_ok=0; }
for line in "${expected_lines[@]}"; do
  grep -qxF -- "$line" <<<"$selftest" || { echo "  missing from runner output: $line"; selftest_ok=0; }
done
grep -qE '^FAIL  tests/compile_fail/selftest/wrong_reason.cpp \[g\+\+\]: failed to compile, but the output does not match' \
  <<<"$selftest" || { echo "  wrong_reason.cpp [g++] not reported as a failure"; selftest_ok=0; }
grep -qE '^FAIL  tests/compile_fail/selftest/wrong_reason.cpp \[clang\+\+\]: failed to compile, but the output does not match' \
  <<<"$selftest" || { echo "  wrong_reason.cpp [clang++] not reported as a failure"; selftest_ok=0; }
if [ "$selftest_ok" = 1 ]; then echo "  runner self-test: ok"; else echo "  runner self-test: BROKEN"; fi

echo "== compile-fail cases"
cases_ok=1
tests/compile_fail/run.sh tests/compile_fail || cases_ok=0

if [ "$selftest_ok" = 1 ] && [ "$cases_ok" = 1 ]; then
  echo "stage-compile-fail: all checks passed"
else
  echo "stage-compile-fail: FAILED"
  exit 1
fi
