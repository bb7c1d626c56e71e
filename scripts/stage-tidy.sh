#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Static analysis stage: zero findings allowed.
#   1. clang-tidy (.clang-tidy at the repo root) on every header of include/, each through a
#      translation unit that includes only that header, in freestanding mode, plus on the
#      constexpr tests of tests/static/ (which instantiate the templates, so template bodies are
#      analysed too). Findings in include/ferrite are errors.
#   2. cppcheck on the same translation units.
#   3. The constexpr tests, tests/static/*_constexpr.cpp: compiled -fsyntax-only, freestanding,
#      by g++ and clang++ with the full warning set of issue 8. Undefined behaviour in a
#      static_assert is a compile error, so this is a UB detector for every core behaviour.
# Usage: scripts/stage-tidy.sh        (from the repo root)
set -euo pipefail

cd "$(dirname "$0")/.."
out=build/tidy
rm -rf "$out"
mkdir -p "$out/tu"

failures=0
fail() { echo "stage-tidy: FAIL: $*" >&2; failures=$((failures + 1)); }

CLANG_TIDY=${CLANG_TIDY:-clang-tidy}
CXX_CLANG=${CXX_CLANG:-clang++}
CXX_GCC=${CXX_GCC:-g++}
jobs=$(nproc 2>/dev/null || echo 2)

# Freestanding flags: the principles' "compiles alone" line, per compiler.
clang_inc="$("$CXX_CLANG" -print-resource-dir)/include"
gcc_inc="$("$CXX_GCC" -print-file-name=include)"
free_common=(-std=c++20 -ffreestanding -fno-exceptions -fno-rtti -nostdinc -Iinclude)
warn=(-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast
      -Wcast-align -Wnull-dereference -Werror)

# ---- One translation unit per header ---------------------------------------------------------
headers=()
while IFS= read -r h; do headers+=("$h"); done < <(find include -name '*.hpp' | sort)
tus=()
for h in "${headers[@]}"; do
  rel=${h#include/}
  tu="$out/tu/$(echo "$rel" | tr '/.' '__').cpp"
  printf '// SPDX-License-Identifier: MIT OR Apache-2.0\n#include <%s>\n' "$rel" > "$tu"
  tus+=("$tu")
done
statics=()
while IFS= read -r s; do statics+=("$s"); done < <(find tests/static -name '*.cpp' 2>/dev/null | sort)
echo "stage-tidy: ${#headers[@]} headers, ${#statics[@]} constexpr test files"

# ---- 1. clang-tidy ----------------------------------------------------------------------------
tidy_one() {
  local tu=$1 log extra=()
  log="$out/$(basename "$tu").tidy.log"
  # The static analyzer walks every loop of the constexpr tests' instantiations and takes
  # minutes there; it runs on the header translation units, the other checks run on both.
  case "$tu" in tests/static/*) extra=(--checks=-clang-analyzer-*) ;; esac
  if ! "$CLANG_TIDY" --quiet "${extra[@]}" "$tu" -- "${free_common[@]}" -isystem "$clang_inc" >"$log" 2>&1; then
    echo "clang-tidy findings for $tu:"; cat "$log"; return 1
  fi
  # Warnings that are not errors still count: the config makes all of them errors, but a
  # check enabled on the command line later must not slip through.
  if grep -E '(warning|error):' "$log" >/dev/null; then
    echo "clang-tidy findings for $tu:"; cat "$log"; return 1
  fi
}
export -f tidy_one
export CLANG_TIDY out clang_inc
export free_common_str="${free_common[*]}"
tidy_fail=0
# xargs runs the analyses in parallel; each prints its own log when it fails.
printf '%s\n' "${tus[@]}" "${statics[@]}" |
  xargs -P "$jobs" -I{} bash -c 'free_common=($free_common_str); tidy_one "$1"' _ {} || tidy_fail=1
if [ "$tidy_fail" -ne 0 ]; then fail "clang-tidy reported findings"; else echo "stage-tidy: clang-tidy clean"; fi

# ---- 2. cppcheck ------------------------------------------------------------------------------
# cppcheck gets the compiler's own freestanding include dir so it sees what a kernel build sees.
if ! cppcheck --quiet --std=c++20 --language=c++ --enable=warning,performance,portability \
     --inline-suppr --error-exitcode=1 --suppress=missingIncludeSystem \
     --suppressions-list=tests/static/cppcheck-suppressions.txt \
     -D__GNUC__=12 -D__cplusplus=202002L -Iinclude \
     --cppcheck-build-dir="$out" -j "$jobs" "${tus[@]}" "${statics[@]}" 2>"$out/cppcheck.log"; then
  cat "$out/cppcheck.log"
  if grep -qE '\[(internalAstError|syntaxError)\]' "$out/cppcheck.log"; then
    echo "stage-tidy: cppcheck could not parse a construct, so it skipped that header's checks;" \
      "an extra pair of parentheses usually helps (see include/ferrite/utility.hpp convertible_to)" >&2
  fi
  fail "cppcheck reported findings"
elif [ -s "$out/cppcheck.log" ]; then
  cat "$out/cppcheck.log"; fail "cppcheck printed diagnostics"
else
  echo "stage-tidy: cppcheck clean"
fi

# ---- 3. constexpr tests -----------------------------------------------------------------------
# Clang 14 spells C++23 as c++2b (newer releases accept both).
for s in "${statics[@]}"; do
  for std in 20 23; do
    "$CXX_GCC" "${free_common[@]/-std=c++20/-std=c++$std}" -isystem "$gcc_inc" "${warn[@]}" \
      -fsyntax-only "$s" || fail "g++ -std=c++$std $s"
    clang_std=$std
    [ "$std" = 23 ] && clang_std=2b
    "$CXX_CLANG" "${free_common[@]/-std=c++20/-std=c++$clang_std}" -isystem "$clang_inc" "${warn[@]}" \
      -fsyntax-only "$s" || fail "clang++ -std=c++$clang_std $s"
  done
done
[ "${#statics[@]}" -gt 0 ] && echo "stage-tidy: constexpr tests compiled"

if [ "$failures" -ne 0 ]; then
  echo "stage-tidy: $failures failure(s)" >&2
  exit 1
fi
echo "stage-tidy: OK"
