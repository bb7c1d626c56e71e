#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Sanitizer stage: the whole doctest suite (tests/unit/*.cpp) built and run
#   1. with AddressSanitizer + UndefinedBehaviorSanitizer, -fno-sanitize-recover=all, by g++;
#   2. the same by clang++;
#   3. once, unsanitized, under Valgrind memcheck (--error-exitcode).
# Any report fails the stage: the sanitizers abort on the first one, Valgrind exits non-zero.
# Usage: scripts/stage-sanitize.sh          (from the repo root)
#        SANITIZE_ONLY=clang scripts/stage-sanitize.sh   (one of gcc, clang, valgrind)
set -euo pipefail

cd "$(dirname "$0")/.."
root=build/sanitize
jobs=$(nproc 2>/dev/null || echo 2)
only=${SANITIZE_ONLY:-}

sources=()
while IFS= read -r s; do sources+=("$s"); done < <(find tests/unit -name '*.cpp' | sort)
if [ "${#sources[@]}" -eq 0 ]; then
  echo "stage-sanitize: no tests/unit/*.cpp" >&2
  exit 1
fi

common=(-std=c++20 -Iinclude -Itests/unit -g1 -Wall -Wextra)
san=(-O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all)

# build <compiler> <output dir> <flags...>: compiles every unit test source in parallel and links
# them into <output dir>/unit.
build() {
  local cxx=$1 dir=$2
  shift 2
  mkdir -p "$dir"
  printf '%s\n' "${sources[@]}" |
    xargs -P "$jobs" -I{} sh -c 'o="$1/$(basename "$2" .cpp).o"; shift 2; exec "$@" -c "$0" -o "$o"' \
      {} "$dir" {} "$cxx" "$@"
  "$cxx" "$@" "$dir"/*.o -o "$dir/unit"
}

# The sanitizers abort (not just print) on the first report, so a report is a failing exit.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1

run_sanitized() {
  local name=$1 cxx=$2 dir="$root/$1"
  echo "stage-sanitize: $name: building with $cxx -fsanitize=address,undefined"
  rm -rf "$dir"
  build "$cxx" "$dir" "${common[@]}" "${san[@]}"
  echo "stage-sanitize: $name: running"
  "$dir/unit" --no-intro
  echo "stage-sanitize: $name: clean"
}

if [ -z "$only" ] || [ "$only" = gcc ]; then run_sanitized gcc "${CXX_GCC:-g++}"; fi
if [ -z "$only" ] || [ "$only" = clang ]; then run_sanitized clang "${CXX_CLANG:-clang++}"; fi

if [ -z "$only" ] || [ "$only" = valgrind ]; then
  dir="$root/valgrind"
  echo "stage-sanitize: valgrind: building with ${CXX_GCC:-g++} -O1"
  rm -rf "$dir"
  build "${CXX_GCC:-g++}" "$dir" "${common[@]}" -O1
  echo "stage-sanitize: valgrind: running under memcheck"
  valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    "$dir/unit" --no-intro
  echo "stage-sanitize: valgrind: clean"
fi

echo "stage-sanitize: OK"
