#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Line and branch coverage of include/ by the unit tests, with clang's source-based coverage
# (llvm-cov). Prints the per-header table and the totals; writes an HTML report with the
# uncovered lines highlighted to build/coverage/html/index.html.
# Usage: scripts/coverage.sh            (from the repo root)
#        COVERAGE_MIN_LINES=90 scripts/coverage.sh   (also fail below 90 % line coverage)
set -euo pipefail

cd "$(dirname "$0")/.."
out=build/coverage
rm -rf "$out"
mkdir -p "$out/obj"

CXX=${CXX_CLANG:-clang++}
# llvm-cov and llvm-profdata must match the compiler's profile format: prefer the versioned
# tools of the clang in use.
llvm_major=$("$CXX" -dumpversion | cut -d. -f1)
pick() { if command -v "$1-$llvm_major" >/dev/null; then echo "$1-$llvm_major"; else echo "$1"; fi; }
LLVM_COV=${LLVM_COV:-$(pick llvm-cov)}
LLVM_PROFDATA=${LLVM_PROFDATA:-$(pick llvm-profdata)}
jobs=$(nproc 2>/dev/null || echo 2)

# -O0 so that every line keeps its own counter. A template counts only where a test instantiates
# it: a member no test ever names is invisible to the figure, so the tables in each header's
# overview, not this number alone, say what is tested.
flags=(-std=c++20 -Iinclude -Itests/unit -O0 -g -fprofile-instr-generate -fcoverage-mapping)
find tests/unit -name '*.cpp' | sort |
  xargs -P "$jobs" -I{} sh -c 'o="$1/$(basename "$2" .cpp).o"; shift 2; exec "$@" -c "$0" -o "$o"' \
    {} "$out/obj" {} "$CXX" "${flags[@]}"
"$CXX" "${flags[@]}" "$out"/obj/*.o -o "$out/unit"

LLVM_PROFILE_FILE="$out/unit.profraw" "$out/unit" --no-intro --minimal
"$LLVM_PROFDATA" merge -sparse "$out/unit.profraw" -o "$out/unit.profdata"

# Only ferrite's headers count: the test files and doctest are left out of the figure.
headers=()
while IFS= read -r h; do headers+=("$h"); done < <(find include -name '*.hpp' | sort)
"$LLVM_COV" report "$out/unit" -instr-profile="$out/unit.profdata" "${headers[@]}" | tee "$out/report.txt"
"$LLVM_COV" show "$out/unit" -instr-profile="$out/unit.profdata" -format=html \
  -show-branches=count -output-dir="$out/html" "${headers[@]}" >/dev/null

# Every line with a zero count, as file:line: source, for "tested or explained" reviews.
"$LLVM_COV" show "$out/unit" -instr-profile="$out/unit.profdata" -format=text "${headers[@]}" |
  awk '/^\/.*:$/ { file = substr($0, 1, length($0) - 1); sub(".*/include/", "include/", file) }
       /^ *[0-9]+\| *0\|/ { split($0, parts, "|"); line = parts[1] + 0;
         text = $0; sub(/^[^|]*\|[^|]*\|/, "", text); print file ":" line ":" text }' \
  >"$out/uncovered.txt"
echo "coverage: $(wc -l <"$out/uncovered.txt") uncovered lines listed in $out/uncovered.txt"

# TOTAL row: Regions Missed Cover Functions Missed Executed Lines Missed Cover Branches Missed Cover
read -r line_cover branch_cover < <(awk '/^TOTAL/ { print $10, $13 }' "$out/report.txt")
echo "coverage of include/: lines $line_cover, branches $branch_cover (HTML: $out/html/index.html)"

if [ -n "${COVERAGE_MIN_LINES:-}" ]; then
  awk -v got="${line_cover%\%}" -v min="$COVERAGE_MIN_LINES" 'BEGIN { exit !(got + 0 >= min + 0) }' ||
    { echo "coverage: line coverage $line_cover is below $COVERAGE_MIN_LINES %" >&2; exit 1; }
fi
