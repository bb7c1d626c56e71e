#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Installs every Debian 12 package that ferrite's builds, tests, targets and benchmarks need.
# Idempotent and quick on reruns: when every package is already installed (dpkg -s), apt is not
# touched at all; otherwise `apt-get update` runs once, then one `apt-get install`.
# Needs root (or sudo) only when something is missing.
# Usage: scripts/install-deps.sh
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

packages=(
  # build systems and compilers
  build-essential cmake ninja-build meson pkg-config g++ clang python3
  # analysis: clang-tidy, cppcheck, sanitizer runtimes, llvm-cov/-profdata, valgrind
  clang-tidy cppcheck valgrind llvm libclang-rt-14-dev
  # test and benchmark libraries (benchmark peers use Boost)
  doctest-dev libbenchmark-dev libboost-dev
  # target tests: kernel module under QEMU, bare-metal Cortex-M and RISC-V under QEMU
  qemu-system-x86 qemu-system-arm qemu-system-misc
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib gcc-riscv64-unknown-elf
  busybox-static cpio linux-headers-amd64
)

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
