#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Builds and runs examples/hosted: ferrite's Option, Result and Errno in an ordinary program.
# Installs what it needs first (scripts/install-deps.sh; skip with FERRITE_SKIP_INSTALL=1).
# Usage: scripts/run-example.sh        (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${FERRITE_SKIP_INSTALL:-0}" = 1 ] || scripts/install-deps.sh
dir=build/example
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DFERRITE_BUILD_TESTS=OFF -DFERRITE_BUILD_EXAMPLES=ON >/dev/null
cmake --build "$dir" --target ferrite_hosted_example
echo "== examples/hosted/main.cpp"
"$dir/examples/hosted/ferrite_hosted_example"
