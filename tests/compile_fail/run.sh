#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Compile-fail runner: proves that code which must not compile does not, for the right reason.
#
# Each case is a small .cpp file whose first line is
#     // EXPECT: <extended regex the compiler's error output must match>
# and whose optional second line is
#     // FLAGS: <extra compiler flags, e.g. -DFERRITE_NO_PANIC=1 or -Werror>
# The case must compile cleanly once its offending line is removed. Each case is compiled with
# g++ and clang++ as `-std=c++20 -Iinclude -fsyntax-only <FLAGS>`; it passes for a compiler when
# compilation fails AND the output matches EXPECT. A case that compiles, or fails for another
# reason, is a failure. Where the compilers word an error differently, use an alternation.
#
# Usage: tests/compile_fail/run.sh [case.cpp | directory]...
#        (default: tests/compile_fail/*.cpp; run from anywhere)
# Prints one line per case and compiler, then `N passed, M failed`; exits 1 if any failed.
# Compiles FERRITE_JOBS (default: the number of cores) cases at a time.
set -euo pipefail
cd "$(dirname "$0")/../.."

compilers=(${FERRITE_COMPILE_FAIL_CXX:-g++ clang++})

cases=()
if [ $# -eq 0 ]; then set -- tests/compile_fail; fi
for arg in "$@"; do
  if [ -d "$arg" ]; then
    for f in "$arg"/*.cpp; do [ -e "$f" ] && cases+=("$f"); done
  else
    cases+=("$arg")
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs=${FERRITE_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Judges one case with one compiler; writes its report line(s) to $work/<n>.out and its verdict
# (ok or FAIL) to $work/<n>.verdict. Cases run in parallel; reports print in order afterwards.
check() {  # n, file, compiler
  local n=$1 file=$2 cxx=$3 first second expect flags=() log="$work/$1.log" report="$work/$1.out"
  first=$(sed -n 1p "$file")
  second=$(sed -n 2p "$file")
  if [[ "$first" != "// EXPECT: "* ]]; then
    echo "FAIL  $file [$cxx]: first line must be '// EXPECT: <regex>'" >"$report"
    echo FAIL >"$work/$n.verdict"
    return
  fi
  expect=${first#// EXPECT: }
  if [[ "$second" == "// FLAGS: "* ]]; then read -r -a flags <<<"${second#// FLAGS: }"; fi
  if "$cxx" -std=c++20 -Iinclude -fsyntax-only "${flags[@]}" -x c++ "$file" >"$log" 2>&1; then
    echo "FAIL  $file [$cxx]: compiled, but must not" >"$report"
    echo FAIL >"$work/$n.verdict"
  elif grep -Eq -- "$expect" "$log"; then
    echo "ok    $file [$cxx]" >"$report"
    echo ok >"$work/$n.verdict"
  else
    { echo "FAIL  $file [$cxx]: failed to compile, but the output does not match /$expect/:"
      head -n 15 "$log" | sed 's/^/        /'; } >"$report"
    echo FAIL >"$work/$n.verdict"
  fi
}

n=0
for file in "${cases[@]}"; do
  for cxx in "${compilers[@]}"; do
    n=$((n + 1))
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    check "$n" "$file" "$cxx" &
  done
done
wait

passed=0
failed=0
for ((i = 1; i <= n; i++)); do
  cat "$work/$i.out"
  if [ "$(cat "$work/$i.verdict")" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
