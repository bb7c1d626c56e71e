#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Freestanding stage: ferrite must work where no C or C++ runtime exists (kernel, firmware).
#  (a) every header under include/ compiles alone (and twice, proving its include guard) with a
#      kernel build's flags, only the compiler's own include directory (-nostdinc), and
#      -Wall -Wextra -Wpedantic -Werror: g++ and clang++, C++20 and C++23;
#  (a') include/ferrite.hpp compiles under FERRITE_NO_PANIC=1 (only *using* a panicking API may fail);
#  (b) include/ferrite.hpp includes every public header (include/ferrite/*.hpp);
#  (c) tests/freestanding/program.cpp (every header via <ferrite.hpp>, its own _start) is
#      compiled -O2 with those flags; its object may leave undefined only memcpy, memset, memmove,
#      memcmp (nothing from libstdc++, libsupc++ or libgcc) and may have no .init_array, .ctors,
#      .eh_frame or .gcc_except_table section (global constructors never run in a kernel module;
#      unwind tables mean a hosted runtime). It is linked -nostdlib -static with the memory
#      functions of examples/firmware/common/runtime.cpp, run, and must exit with status 42; run with an argument it
#      unwraps a None and must exit with 101 through the panic handler. g++ and clang++.
# A header that is deliberately hosted-only (std interop) says `ferrite: hosted-only` in its
# first 20 lines; it is then skipped by (a) and must stay out of ferrite.hpp.
# Usage: scripts/stage-freestanding.sh        (from anywhere; x86-64 Linux)
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/freestanding
rm -rf "$out"
mkdir -p "$out"
failures=()

# What a kernel passes to C++ code (see ../shared/recipes/kernel-module): no hosted headers, no
# exceptions or RTTI, no guard variables for statics, no unwind tables.
kernel_flags=(-ffreestanding -fno-exceptions -fno-rtti -fno-threadsafe-statics
              -fno-asynchronous-unwind-tables -fno-unwind-tables -fno-stack-protector -nostdinc)
warn_flags=(-Wall -Wextra -Wpedantic -Werror)

compiler_include() {
  if [ "$1" = g++ ]; then g++ -print-file-name=include; else echo "$(clang++ -print-resource-dir)/include"; fi
}

hosted_only() { head -n 20 "$1" | grep -q 'ferrite: hosted-only'; }

mapfile -t headers < <(find include -name '*.hpp' -o -name '*.h' | sort)

echo "== (a) each header alone, kernel flags: ${#headers[@]} headers"
for cxx in g++ clang++; do
  inc=$(compiler_include "$cxx")
  for std in c++20 c++2b; do
    bad=0
    for h in "${headers[@]}"; do
      if hosted_only "$h"; then echo "  skip (hosted-only): $h"; continue; fi
      rel=${h#include/}
      if ! printf '#include <%s>\n#include <%s>\n' "$rel" "$rel" |
           "$cxx" -std="$std" "${kernel_flags[@]}" -isystem "$inc" "${warn_flags[@]}" -Iinclude \
             -fsyntax-only -x c++ - >"$out/header.log" 2>&1; then
        echo "  FAIL [$cxx -std=$std] $h:"
        head -n 8 "$out/header.log" | sed 's/^/    /'
        bad=1
      fi
    done
    if [ "$bad" = 0 ]; then echo "  ok: $cxx -std=$std"; else failures+=("header alone: $cxx $std"); fi
  done
done

echo "== (a') ferrite.hpp with FERRITE_NO_PANIC=1: including is fine, only using a panicking API fails"
for cxx in g++ clang++; do
  if printf '#include <ferrite.hpp>\n' |
       "$cxx" -std=c++20 "${kernel_flags[@]}" -isystem "$(compiler_include "$cxx")" "${warn_flags[@]}" \
         -DFERRITE_NO_PANIC=1 -Iinclude -fsyntax-only -x c++ - >"$out/header.log" 2>&1; then
    echo "  ok: $cxx"
  else
    head -n 8 "$out/header.log" | sed 's/^/    /'
    failures+=("ferrite.hpp under FERRITE_NO_PANIC: $cxx")
  fi
done

echo "== (b) ferrite.hpp includes every public header"
for h in include/ferrite/*.hpp; do
  [ -e "$h" ] || continue
  hosted_only "$h" && continue
  if ! grep -qE "^#include \"ferrite/$(basename "$h")\"" include/ferrite.hpp; then
    echo "  MISSING: include/ferrite.hpp lacks #include \"ferrite/$(basename "$h")\""
    failures+=("umbrella lacks $(basename "$h")")
  fi
done
for h in include/ferrite/*.hpp; do
  if [ -e "$h" ] && hosted_only "$h" && grep -qF "ferrite/$(basename "$h")" include/ferrite.hpp; then
    echo "  FAIL: hosted-only $h must not be in ferrite.hpp"
    failures+=("umbrella includes hosted-only $(basename "$h")")
  fi
done

allowed_undefined='^(memcpy|memset|memmove|memcmp)$'
forbidden_sections='\.(init_array|ctors|eh_frame|gcc_except_table)'

program() {  # compiler
  local cxx=$1 dir inc obj undefined sections status
  dir="$out/$cxx"
  inc=$(compiler_include "$cxx")
  mkdir -p "$dir"
  obj="$dir/program.o"
  "$cxx" -std=c++20 -O2 "${kernel_flags[@]}" -isystem "$inc" "${warn_flags[@]}" -Iinclude \
    -fno-pie -c tests/freestanding/program.cpp -o "$obj" || return 1

  undefined=$(nm -u "$obj" | awk '{print $NF}' | grep -vE "$allowed_undefined" || true)
  if [ -n "$undefined" ]; then
    echo "  FAIL: program.o needs symbols a kernel does not have:"; echo "$undefined" | sed 's/^/    /'
    return 1
  fi
  sections=$(readelf -SW "$obj" | grep -oE " $forbidden_sections[^ ]*" || true)
  if [ -n "$sections" ]; then
    echo "  FAIL: program.o has sections a kernel module cannot honour:$sections"
    return 1
  fi

  # The memory functions: the firmware examples' runtime, the one copy ferrite keeps. GCC would
  # turn its loops into calls to the very functions being defined, hence the extra flag.
  local runtime_flags=(-std=c++20 -O2 "${kernel_flags[@]}" -fno-builtin -isystem "$inc"
                       "${warn_flags[@]}" -fno-pie)
  [ "$cxx" = g++ ] && runtime_flags+=(-fno-tree-loop-distribute-patterns)
  "$cxx" "${runtime_flags[@]}" -c examples/firmware/common/runtime.cpp -o "$dir/mem.o" || return 1
  if [ -n "$(nm -u "$dir/mem.o")" ]; then
    echo "  FAIL: runtime.cpp's memory functions call out: $(nm -u "$dir/mem.o" | tr '\n' ' ')"; return 1
  fi

  "$cxx" -nostdlib -static "$obj" "$dir/mem.o" -o "$dir/program" || return 1
  if [ -n "$(nm -u "$dir/program")" ]; then
    echo "  FAIL: linked program still has undefined symbols: $(nm -u "$dir/program" | tr '\n' ' ')"
    return 1
  fi
  set +e
  "$dir/program"
  status=$?
  set -e
  if [ "$status" != 42 ]; then
    echo "  FAIL: program exited with $status, expected 42 (see run() in program.cpp)"
    return 1
  fi
  set +e
  "$dir/program" panic
  status=$?
  set -e
  if [ "$status" != 101 ]; then
    echo "  FAIL: 'program panic' exited with $status, expected 101 from FERRITE_PANIC_HANDLER"
    return 1
  fi
  echo "  ok: $cxx: undefined only [$(nm -u "$obj" | awk '{print $NF}' | tr '\n' ' ')], no ctor/unwind sections, exit 42, panic exit 101"
}

echo "== (c) freestanding program: compile, inspect, link -nostdlib, run"
for cxx in g++ clang++; do
  program "$cxx" || failures+=("program: $cxx")
done

if [ ${#failures[@]} -ne 0 ]; then
  echo "stage-freestanding: FAILED: ${failures[*]}"
  exit 1
fi
echo "stage-freestanding: all checks passed"
