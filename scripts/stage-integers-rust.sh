#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Differential test of ferrite/integer.hpp against Rust itself.
#   tests/rust/integers.rs   Rust's integer methods (built offline with plain rustc, no crates)
#   tests/rust/integers.cpp  the same operands through ferrite, once per C++ integer type
# Both print one line per (type, function, operands): edge values and seeded random operands
# for every checked/wrapping/saturating/overflowing function, the casts, the helpers, and the
# operators of Wrapping<T>, Saturating<T> and Checked<T>.
# Every C++ type's lines must equal the lines of the Rust type of its width and signedness,
# byte for byte, with the C++ side built by g++ and by clang++ at -O2 (so optimized code is
# what gets compared). Skips cleanly (exit 0) where rustc is absent or too old.
# Usage: scripts/stage-integers-rust.sh        (from the repo root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/integers-rust
# rustup installs into ~/.cargo/bin, which a non-login shell (CI) may not have on PATH.
if [ -z "${RUSTC:-}" ]; then
  RUSTC=rustc
  if ! command -v rustc >/dev/null 2>&1; then
    for candidate in "${CARGO_HOME:-${HOME:-/root}/.cargo}/bin/rustc" /root/.cargo/bin/rustc; do
      if [ -x "$candidate" ]; then RUSTC=$candidate; break; fi
    done
  fi
fi
min_minor=87  # signed `midpoint` is stable from Rust 1.87; `isqrt` from 1.84

if ! command -v "$RUSTC" >/dev/null 2>&1; then
  echo "stage-integers-rust: SKIPPED: rustc not found (install Rust >= 1.$min_minor to run it)"
  exit 0
fi
version=$("$RUSTC" --version | awk '{print $2}')
minor=$(echo "$version" | cut -d. -f2)
if [ "$(echo "$version" | cut -d. -f1)" != 1 ] || [ "$minor" -lt "$min_minor" ]; then
  echo "stage-integers-rust: SKIPPED: rustc $version is older than 1.$min_minor"
  exit 0
fi

rm -rf "$out"
mkdir -p "$out/rust"

# The three builds are independent: run them side by side (about 20 s on 2 cores).
echo "== building: rustc $version (tests/rust/integers.rs), g++ and clang++ -O2 (tests/rust/integers.cpp)"
compilers=("${CXX_GCC:-g++}" "${CXX_CLANG:-clang++}")
# opt-level 0 compiles fastest; every Rust method used here is defined the same at any level.
"$RUSTC" --edition 2021 -C opt-level=0 -o "$out/rust_integers" tests/rust/integers.rs &
pids=($!)
for cxx in "${compilers[@]}"; do
  "$cxx" -std=c++20 -O2 -Iinclude -Wall -Wextra -Wconversion -Wsign-conversion -Werror \
    -o "$out/cpp_integers_$(basename "$cxx")" tests/rust/integers.cpp &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

"$out/rust_integers" >"$out/rust.txt"
# One file per Rust type label (the first word of each line).
awk -v dir="$out/rust" '{ print > (dir "/" $1 ".txt") }' "$out/rust.txt"
echo "   $(wc -l <"$out/rust.txt") reference lines from Rust"

failures=0
compared=0
for cxx in "${compilers[@]}"; do
  name=$(basename "$cxx")
  echo "== ferrite built by $name -O2"
  mkdir -p "$out/$name"
  "$out/cpp_integers_$name" "$out/$name" >"$out/$name/index.txt"
  while read -r file label cpp_type; do
    reference="$out/rust/$label.txt"
    lines=$(wc -l <"$out/$name/$file")
    if [ ! -s "$reference" ]; then
      echo "   FAIL $cpp_type: no Rust lines for $label"
      failures=$((failures + 1))
    elif cmp -s "$reference" "$out/$name/$file"; then
      echo "   ok   $cpp_type as $label: $lines lines agree"
      compared=$((compared + lines))
    else
      differing=$(diff "$reference" "$out/$name/$file" | grep -c '^>' || true)
      echo "   FAIL $cpp_type as $label: $differing of $lines lines differ (< Rust, > ferrite):"
      diff "$reference" "$out/$name/$file" | head -20 | sed 's/^/        /'
      failures=$((failures + 1))
    fi
  done <"$out/$name/index.txt"
done

echo "stage-integers-rust: $compared lines agree with Rust, $failures type(s) differ"
[ "$failures" -eq 0 ]
