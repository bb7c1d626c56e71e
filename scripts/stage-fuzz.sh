#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Fuzzing stage: every libFuzzer harness tests/fuzz/<name>_fuzz.cpp is built with
# clang++ -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all and run for a bounded
# time, starting from its checked-in seed corpus tests/fuzz/corpus/<name>/. Each harness is a
# differential test against a simple reference model; a mismatch, a sanitizer report, a panic,
# a timeout or running out of memory fails the stage and leaves the input in
# build/fuzz/artifacts/.
#
# Usage (from the repo root):
#   scripts/stage-fuzz.sh                      # CI: FUZZ_SECONDS=20 per harness, two at a time
#   FUZZ_SECONDS=600 scripts/stage-fuzz.sh     # the long run: ten minutes per harness
#   FUZZ_ONLY=integer scripts/stage-fuzz.sh    # one harness
#   build/fuzz/integer_fuzz build/fuzz/artifacts/integer-crash-...   # replay a saved failure
# New inputs found are kept in build/fuzz/corpus/<name>/; copy the interesting small ones into
# tests/fuzz/corpus/<name>/ to make them seeds.
set -euo pipefail

cd "$(dirname "$0")/.."
out=build/fuzz
seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
CXX=${CXX_CLANG:-clang++}
mkdir -p "$out/artifacts"

harnesses=()
while IFS= read -r f; do
  name=$(basename "$f" _fuzz.cpp)
  if [ -z "${FUZZ_ONLY:-}" ] || [ "$FUZZ_ONLY" = "$name" ]; then harnesses+=("$name"); fi
done < <(find tests/fuzz -name '*_fuzz.cpp' | sort)
if [ "${#harnesses[@]}" -eq 0 ]; then
  echo "stage-fuzz: no harness in tests/fuzz/" >&2
  exit 1
fi

flags=(-std=c++20 -O1 -g -fno-omit-frame-pointer -Iinclude -Itests/fuzz
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -Wall -Wextra -Werror)

echo "stage-fuzz: building ${#harnesses[@]} harness(es): ${harnesses[*]}"
printf '%s\n' "${harnesses[@]}" |
  xargs -P "$jobs" -I{} "$CXX" "${flags[@]}" "tests/fuzz/{}_fuzz.cpp" -o "$out/{}_fuzz"

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1

# run <name>: fuzzes one harness; its log goes to build/fuzz/<name>.log.
run() {
  local name=$1 seeds="tests/fuzz/corpus/$1"
  mkdir -p "$out/corpus/$name"
  [ -d "$seeds" ] || { echo "stage-fuzz: $name has no seed corpus $seeds" >&2; return 1; }
  # The first corpus directory receives new inputs; the checked-in seeds are only read.
  if "$out/${name}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len=1024 -print_final_stats=1 -artifact_prefix="$out/artifacts/$name-" \
       "$out/corpus/$name" "$seeds" >"$out/$name.log" 2>&1; then
    echo "stage-fuzz: $name: clean after ${seconds}s ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$out/$name.log" | grep -o '[0-9]*$') runs)"
  else
    echo "stage-fuzz: $name: FAILED; last lines of $out/$name.log:" >&2
    tail -n 40 "$out/$name.log" >&2
    return 1
  fi
}
export -f run
export out seconds

failed=0
printf '%s\n' "${harnesses[@]}" | xargs -P "$jobs" -I{} bash -c 'run "$1"' _ {} || failed=1
if [ "$failed" -ne 0 ]; then
  echo "stage-fuzz: FAIL (inputs that failed are in $out/artifacts/)" >&2
  exit 1
fi
echo "stage-fuzz: OK"
