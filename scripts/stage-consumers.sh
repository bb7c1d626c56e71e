#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Consumer stage: ferrite works the four ways a project takes it in. Each consumer builds and runs
# tests/consumers/consumer.cpp (Option, Result, Errno, FERRITE_TRY):
#  1. CMake install to a temporary prefix, then tests/consumers/cmake with
#     find_package(ferrite CONFIG REQUIRED) and ferrite::ferrite (clang++);
#  2. the same CMake consumer taking ferrite through add_subdirectory (g++), which must not build
#     ferrite's tests or examples;
#  3. a Meson project with ferrite as a subproject (the repo symlinked into subprojects/),
#     `dependency('ferrite')` resolved through meson.override_dependency;
#  4. Meson install to a temporary prefix, then a plain compiler line fed by
#     `pkg-config --cflags ferrite` from the installed ferrite.pc.
# Usage: scripts/stage-consumers.sh        (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

out=build/consumers
rm -rf "$out"
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferrite-consumers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=()
quiet() {  # run a command, showing its output only if it fails
  local log="$out/last.log"
  if ! "$@" >"$log" 2>&1; then cat "$log"; return 1; fi
}

cmake_find_package() {
  local prefix="$tmp/cmake-prefix"
  echo "== 1. CMake install + find_package(ferrite CONFIG REQUIRED)"
  quiet cmake -S . -B "$out/ferrite-cmake" -G Ninja -DFERRITE_BUILD_TESTS=OFF -DFERRITE_BUILD_EXAMPLES=OFF || return 1
  quiet cmake --build "$out/ferrite-cmake" || return 1
  quiet cmake --install "$out/ferrite-cmake" --prefix "$prefix" || return 1
  for f in include/ferrite.hpp include/ferrite/option.hpp include/ferrite/result.hpp \
           include/ferrite/errno.hpp share/cmake/ferrite/ferriteConfig.cmake \
           share/cmake/ferrite/ferriteConfigVersion.cmake share/cmake/ferrite/ferriteTargets.cmake; do
    [ -f "$prefix/$f" ] || { echo "  not installed: $f"; return 1; }
  done
  quiet cmake -S tests/consumers/cmake -B "$out/find-package" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_PREFIX_PATH="$prefix" || return 1
  grep -F "ferrite 0.1.0 from $prefix/share/cmake/ferrite" "$out/last.log" | sed 's/^/  /'
  quiet cmake --build "$out/find-package" || return 1
  quiet ctest --test-dir "$out/find-package" --output-on-failure || return 1
  echo "  ok: installed package found, consumer built with clang++ and ran"
}

cmake_add_subdirectory() {
  echo "== 2. CMake add_subdirectory(ferrite)"
  quiet cmake -S tests/consumers/cmake -B "$out/add-subdirectory" -G Ninja \
    -DCMAKE_CXX_COMPILER=g++ -DFERRITE_SOURCE_DIR="$repo" || return 1
  quiet cmake --build "$out/add-subdirectory" || return 1
  quiet ctest --test-dir "$out/add-subdirectory" --output-on-failure || return 1
  echo "  ok: vendored ferrite, no ferrite tests built, consumer built with g++ and ran"
}

meson_subproject() {
  local project="$tmp/meson-subproject"
  echo "== 3. Meson subproject: dependency('ferrite') through override_dependency"
  mkdir -p "$project/subprojects"
  cp tests/consumers/meson/meson.build tests/consumers/consumer.cpp "$project/"
  ln -s "$repo" "$project/subprojects/ferrite"
  # force_fallback_for: use the subproject even if some ferrite.pc is installed on this machine.
  quiet meson setup "$project/build" "$project" -Dforce_fallback_for=ferrite || return 1
  grep -q "Executing subproject ferrite" "$out/last.log" &&
    grep -qE "Dependency ferrite found: YES .*\(overridden\)" "$out/last.log" || {
    echo "  meson did not take ferrite from the subproject:"; cat "$out/last.log"; return 1; }
  quiet meson test -C "$project/build" --print-errorlogs || return 1
  echo "  ok: subproject dependency resolved, consumer built and ran"
}

meson_pkg_config() {
  local prefix="$tmp/meson-prefix" pc_dir
  echo "== 4. Meson install + pkg-config"
  quiet meson setup "$out/ferrite-meson" --prefix "$prefix" -Dtests=false -Dexamples=false || return 1
  quiet meson install -C "$out/ferrite-meson" || return 1
  pc_dir=$(dirname "$(find "$prefix" -name ferrite.pc | head -n 1)")
  [ -f "$pc_dir/ferrite.pc" ] || { echo "  ferrite.pc was not installed"; return 1; }
  for f in ferrite.hpp ferrite/option.hpp ferrite/result.hpp ferrite/errno.hpp; do
    [ -f "$prefix/include/$f" ] || { echo "  not installed: include/$f"; return 1; }
  done
  local version cflags
  version=$(PKG_CONFIG_PATH="$pc_dir" pkg-config --modversion ferrite)
  cflags=$(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags ferrite)
  echo "  ferrite.pc: version $version, cflags $cflags"
  [ "$version" = 0.1.0 ] || { echo "  unexpected version"; return 1; }
  # shellcheck disable=SC2086  # cflags is a word list by design
  g++ -std=c++20 $cflags tests/consumers/consumer.cpp -o "$out/pkg-config-consumer" || return 1
  "$out/pkg-config-consumer" || { echo "  consumer exited with $?"; return 1; }
  echo "  ok: installed headers and ferrite.pc, consumer built from pkg-config flags and ran"
}

cmake_find_package || failures+=("cmake find_package")
cmake_add_subdirectory || failures+=("cmake add_subdirectory")
meson_subproject || failures+=("meson subproject")
meson_pkg_config || failures+=("meson pkg-config")

if [ ${#failures[@]} -ne 0 ]; then
  echo "stage-consumers: FAILED: ${failures[*]}"
  exit 1
fi
echo "stage-consumers: all consumers built and ran"
