#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Unit test stage: the doctest program (tests/unit/*_test.cpp + main.cpp) and the hosted
# example, built with the strict warning set and -Werror, then run:
#   CMake + CTest: {g++, clang++} x {C++20, C++23}
#   Meson + meson test: g++ C++20 and clang++ C++23
# Also checks that README.md's first C++ block compiles, and fails when a tests/unit/*_test.cpp
# is missing from meson.build's explicit list (Meson has no glob; CMake globs, so a forgotten
# entry would otherwise pass unnoticed in half the builds).
# Build trees live under build/unit-* and are reused, so a rerun only rebuilds what changed.
# Usage: scripts/stage-unit.sh        (from anywhere; runs in the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=${FERRITE_JOBS:-2}
failures=()

# Most builds are -O0 without debug info, the fastest to compile; one CMake and one Meson build
# use -O2, where GCC's flow-based warnings (-Wdangling-pointer, -Wmaybe-uninitialized, ...) fire.
# None defines NDEBUG: the tests rely on FERRITE_DEBUG_CHECKS being on.
opt_flag() {  # build system, compiler, standard
  case "$1-$2-$3" in cmake-g++-20 | meson-clang++-23) echo "-O2" ;; *) echo "-O0" ;; esac
}

# GCC 12 spells C++23 -std=c++23 or c++2b, Clang 14 only c++2b; Meson 1.0 knows neither as a
# cpp_std value, so the Meson builds pass the flag themselves.
std_flag() { if [ "$1" = 23 ]; then echo "-std=c++2b"; else echo "-std=c++20"; fi; }

echo "== meson.build lists every unit test file"
for f in tests/unit/*_test.cpp; do
  [ -e "$f" ] || continue
  if ! grep -qF "'$f'" meson.build; then
    echo "  MISSING: $f is not in unit_test_sources in meson.build"
    failures+=("meson.build lacks $f")
  fi
done

echo "== README.md's first C++ example compiles (g++ and clang++, strict warnings)"
mkdir -p build
awk '/^```cpp$/ {inside = 1; next} /^```$/ && inside {exit} inside' README.md >build/readme_example.cpp
if [ ! -s build/readme_example.cpp ]; then
  echo "  no \`\`\`cpp block found in README.md"; failures+=("README example missing")
else
  for cxx in g++ clang++; do
    "$cxx" -std=c++20 -Iinclude -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow \
      -Werror -fsyntax-only build/readme_example.cpp || failures+=("README example with $cxx")
  done
fi

cmake_config() {  # compiler, standard
  local cxx=$1 std=$2 dir="build/unit-cmake-$1-c++$2"
  echo "== CMake: $cxx C++$std $(opt_flag cmake "$cxx" "$std") ($dir)"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE= \
        -DCMAKE_CXX_FLAGS="$(opt_flag cmake "$cxx" "$std")" \
        -DFERRITE_CXX_STANDARD="$std" -DFERRITE_BUILD_TESTS=ON -DFERRITE_BUILD_EXAMPLES=ON \
        >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; return 1; }
  cmake --build "$dir" -j "$jobs" || return 1
  ctest --test-dir "$dir" --output-on-failure
}

meson_config() {  # compiler, standard
  local cxx=$1 std=$2 dir="build/unit-meson-$1-c++$2"
  echo "== Meson: $cxx C++$std $(opt_flag meson "$cxx" "$std") ($dir)"
  local reconfigure=()
  if [ -f "$dir/build.ninja" ]; then reconfigure=(--reconfigure); else rm -rf "$dir"; fi
  CXX=$cxx meson setup "${reconfigure[@]}" "$dir" --buildtype=plain -Dcpp_std=none \
    -Dcpp_args="$(std_flag "$std") $(opt_flag meson "$cxx" "$std")" -Dtests=true -Dexamples=true \
    >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; return 1; }
  meson test -C "$dir" --num-processes "$jobs" --print-errorlogs
}

mkdir -p build
for cxx in g++ clang++; do
  for std in 20 23; do
    cmake_config "$cxx" "$std" || failures+=("cmake $cxx c++$std")
  done
done
meson_config g++ 20 || failures+=("meson g++ c++20")
meson_config clang++ 23 || failures+=("meson clang++ c++23")

if [ ${#failures[@]} -ne 0 ]; then
  echo "stage-unit: FAILED: ${failures[*]}"
  exit 1
fi
echo "stage-unit: all builds passed"
