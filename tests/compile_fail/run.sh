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

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for file in "${cases[@]}"; do
  first=$(sed -n 1p "$file")
  second=$(sed -n 2p "$file")
  if [[ "$first" != "// EXPECT: "* ]]; then
    echo "FAIL  $file: first line must be '// EXPECT: <regex>'"
    failed=$((failed + 1))
    continue
  fi
  expect=${first#// EXPECT: }
  flags=()
  if [[ "$second" == "// FLAGS: "* ]]; then read -r -a flags <<<"${second#// FLAGS: }"; fi

  for cxx in "${compilers[@]}"; do
    if "$cxx" -std=c++20 -Iinclude -fsyntax-only "${flags[@]}" -x c++ "$file" >"$log" 2>&1; then
      echo "FAIL  $file [$cxx]: compiled, but must not"
      failed=$((failed + 1))
    elif grep -Eq -- "$expect" "$log"; then
      echo "ok    $file [$cxx]"
      passed=$((passed + 1))
    else
      echo "FAIL  $file [$cxx]: failed to compile, but the output does not match /$expect/:"
      head -n 15 "$log" | sed 's/^/        /'
      failed=$((failed + 1))
    fi
  done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
