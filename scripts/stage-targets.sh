#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Stage "targets": ferrite on real (emulated) targets, running the portable suite
# (tests/portable/) in every runtime and checking every target object.
#
#   1. Firmware (examples/firmware/): Cortex-M3 (mps2-an385) at -Os and -O2, Cortex-M0
#      (microbit), RV64 and RV32 (virt) under QEMU. Each must print `N passed, 0 failed` and exit
#      0. Tests of the harness: with -DFERRITE_PORTABLE_FORCE_FAIL each must report `1 failed` and
#      exit 1; with -DFIRMWARE_UNWRAP_NONE each must panic and exit 101 (not hang).
#   2. Kernel module (examples/kernel-module/): built with Kbuild against the installed
#      linux-headers-amd64 (ABI read from the package), booted with the matching Debian vmlinuz
#      (extracted from linux-image-<abi>, cached in build/) under qemu-system-x86_64 TCG with a
#      busybox initramfs. ferrite_demo.ko must load, pass, unload cleanly; ferrite_demo_fail.ko
#      (FORCE_FAIL) must report `1 failed` and be refused by insmod.
#   3. Object hygiene (scripts/targets/check-object.sh) on every ferrite object; objtool
#      warnings fail; FERRITE_NO_PANIC=1 builds must contain no reference to the panic hook; the
#      check itself must reject a deliberately leaky object (scripts/targets/leaky_object.cpp).
#   0. The host runtime (doctest, tests/unit/portable_test.cpp) runs in the unit stage; here it is
#      built with FERRITE_PORTABLE_FORCE_FAIL once, and must fail.
#
# Debian packages: linux-headers-amd64 qemu-system-x86 qemu-system-arm qemu-system-misc
# gcc-arm-none-eabi gcc-riscv64-unknown-elf busybox-static cpio (plus g++ make binutils
# doctest-dev).
# Needs network once, to download linux-image-<abi>.deb for its vmlinuz (cached afterwards).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
B=$ROOT/build/targets
CHECK_OBJECT=$ROOT/scripts/targets/check-object.sh
JOBS=$(nproc 2>/dev/null || echo 2)
start_seconds=$SECONDS

passed=0
failed=0
failures=()
pass() {
  passed=$((passed + 1))
  printf '  PASS %s\n' "$*"
}
fail() {
  failed=$((failed + 1))
  failures+=("$*")
  printf '  FAIL %s\n' "$*"
}
need() {  # command package
  if ! command -v "$1" > /dev/null 2>&1; then
    echo "stage-targets: '$1' not found: install Debian package $2 (scripts/install-deps.sh)" >&2
    exit 1
  fi
}
need arm-none-eabi-g++ gcc-arm-none-eabi
need riscv64-unknown-elf-g++ gcc-riscv64-unknown-elf
need qemu-system-arm qemu-system-arm
need qemu-system-riscv64 qemu-system-misc
need qemu-system-riscv32 qemu-system-misc
need qemu-system-x86_64 qemu-system-x86
need busybox busybox-static
need cpio cpio
need dpkg-deb dpkg

mkdir -p "$B"

# ==== 0. Host runtime: the harness test ============================================================
# The host runs the portable suite under doctest in the unit stage; here only the test of the
# harness: built with FERRITE_PORTABLE_FORCE_FAIL, the doctest runner must fail and name the case.
echo "== host (doctest): a forced failure turns the runner red"
mkdir -p "$B/host"
printf '#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN\n#include <doctest/doctest.h>\n' > "$B/host/main.cpp"
if g++ -std=c++20 -I"$ROOT/include" -I"$ROOT/tests/unit" -DFERRITE_PORTABLE_FORCE_FAIL \
  "$B/host/main.cpp" "$ROOT/tests/unit/portable_test.cpp" -o "$B/host/portable-forcefail" \
  > "$B/host/build.log" 2>&1; then
  host_status=0
  "$B/host/portable-forcefail" > "$B/host/run.log" 2>&1 || host_status=$?
  if [ "$host_status" != 0 ] && grep -q 'FERRITE_PORTABLE_FORCE_FAIL' "$B/host/run.log"; then
    pass "host forcefail: doctest runner exits $host_status and names the failing case"
  else
    fail "host forcefail: runner exit $host_status, failing case not reported"
  fi
else
  fail "host forcefail: build failed"
  sed 's/^/      | /' "$B/host/build.log" | head -20 || true
fi

# ==== 1. Firmware ===============================================================================
echo "== firmware: build (make -C examples/firmware, $JOBS jobs)"
rm -rf "$B/fw"
mkdir -p "$B/fw"
no_panic_defs="-DFERRITE_NO_PANIC=1 -DFERRITE_DEBUG_CHECKS=0"
# name target opt defs expected-exit-status
firmware_matrix=$(
  cat << MATRIX
m3-Os m3 -Os - 0
m3-O2 m3 -O2 - 0
m0-Os m0 -Os - 0
rv64-Os rv64 -Os - 0
rv64-O2 rv64 -O2 - 0
rv32-Os rv32 -Os - 0
m3-nopanic m3 -Os ${no_panic_defs// /,} 0
rv64-nopanic rv64 -Os ${no_panic_defs// /,} 0
m3-forcefail m3 -Os -DFERRITE_PORTABLE_FORCE_FAIL 1
m0-forcefail m0 -Os -DFERRITE_PORTABLE_FORCE_FAIL 1
rv64-forcefail rv64 -Os -DFERRITE_PORTABLE_FORCE_FAIL 1
rv32-forcefail rv32 -Os -DFERRITE_PORTABLE_FORCE_FAIL 1
m3-unwrap-none m3 -Os -DFIRMWARE_UNWRAP_NONE 101
m0-unwrap-none m0 -Os -DFIRMWARE_UNWRAP_NONE 101
rv64-unwrap-none rv64 -Os -DFIRMWARE_UNWRAP_NONE 101
rv32-unwrap-none rv32 -Os -DFIRMWARE_UNWRAP_NONE 101
MATRIX
)
build_firmware() {  # name target opt defs(comma-separated, - for none)
  local defs=${4//,/ }
  [ "$defs" = - ] && defs=
  if make -s -C "$ROOT/examples/firmware" TARGET="$2" OPT="$3" DEFS="$defs" OUT="$B/fw/$1" \
    > "$B/fw/$1.build.log" 2>&1; then
    echo ok > "$B/fw/$1.built"
  fi
  return 0
}
export -f build_firmware
export ROOT B
echo "$firmware_matrix" | awk '{print $1, $2, $3, $4}' |
  xargs -P "$JOBS" -L 1 bash -c 'build_firmware "$@"' _

echo "== firmware: run under QEMU"
while read -r name target opt defs want; do
  if [ ! -f "$B/fw/$name.built" ]; then
    fail "firmware $name: build failed"
    sed 's/^/      | /' "$B/fw/$name.build.log" | head -30 || true
    continue
  fi
  log=$B/fw/$name.run.log
  status=0
  defs=${defs//,/ }
  [ "$defs" = - ] && defs=
  # Same TARGET/OPT/DEFS/OUT as the build, so make finds the image up to date and only runs it.
  make -s -C "$ROOT/examples/firmware" TARGET="$target" OPT="$opt" DEFS="$defs" OUT="$B/fw/$name" run \
    < /dev/null > "$log" 2>&1 || status=$?
  # make reports a failing recipe as status 2; the firmware's own status is in its message.
  code=0
  if [ "$status" != 0 ]; then
    code=$(sed -nE 's/.*\] Error ([0-9]+)$/\1/p' "$log" | tail -1)
    code=${code:-$status}
  fi
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 || true)
  ok=1
  [ "$code" = "$want" ] || ok=0
  case $want in
    0) [[ $summary =~ ^[1-9][0-9]*\ passed,\ 0\ failed$ ]] || ok=0 ;;
    1) [[ $summary =~ ^[0-9]+\ passed,\ 1\ failed$ ]] && grep -q 'FERRITE_PORTABLE_FORCE_FAIL' "$log" || ok=0 ;;
    101) grep -qE '^PANIC: .+ at .+main\.cpp:[0-9]+$' "$log" || ok=0 ;;
  esac
  if [ $ok = 1 ]; then
    pass "firmware $name: exit $code (want $want) ${summary:+[$summary]}"
  else
    fail "firmware $name: exit $code (want $want) ${summary:+[$summary]}"
    sed 's/^/      | /' "$log" | tail -20
  fi
done <<< "$firmware_matrix"

echo "== firmware: object hygiene"
while read -r name target _ defs _; do
  [ -f "$B/fw/$name/main.o" ] || continue
  case $target in m*) kind=arm ;; *) kind=riscv ;; esac
  # main.o holds the user's code, ferrite and the suite; it may call only the board interface.
  if out=$("$CHECK_OBJECT" "$kind" "$B/fw/$name/main.o" '_ZN5board[0-9A-Za-z_]+'); then
    pass "hygiene $name/main.o"
  else
    fail "hygiene $out"
  fi
  nm_tool=arm-none-eabi-nm
  [ $kind = riscv ] && nm_tool=riscv64-unknown-elf-nm
  panic_refs=$($nm_tool -u "$B/fw/$name/main.o" | grep -c '_ZN5board5panic' || true)
  case $name in
    *-nopanic)
      if [ "$panic_refs" = 0 ]; then pass "no-panic $name: main.o never reaches the panic hook"
      else fail "no-panic $name: main.o references board::panic"; fi ;;
    *-unwrap-none)
      # The control for the check above: a build that panics does reference the hook.
      if [ "$panic_refs" != 0 ]; then pass "panic-control $name: main.o references board::panic"
      else fail "panic-control $name: main.o lacks board::panic, the no-panic check proves nothing"; fi ;;
  esac
done <<< "$firmware_matrix"

# The test of the hygiene check: a deliberately leaky object (global constructor, operator new,
# a GOT relocation) must be rejected for each kind of target.
echo "== object hygiene: the check rejects a leaky object"
leaky=$ROOT/scripts/targets/leaky_object.cpp
for kind in kernel arm riscv; do
  case $kind in
    kernel) compiler=g++ flags="-fPIC" ;;
    arm) compiler=arm-none-eabi-g++ flags="-mcpu=cortex-m0 -mthumb" ;;
    riscv) compiler=riscv64-unknown-elf-g++ flags="-march=rv32imac -mabi=ilp32" ;;
  esac
  # shellcheck disable=SC2086 # flags are words
  if $compiler -std=c++20 -ffreestanding -fno-exceptions -fno-rtti -O2 $flags -c "$leaky" \
    -o "$B/leaky-$kind.o" 2> "$B/leaky-$kind.log"; then
    if out=$("$CHECK_OBJECT" "$kind" "$B/leaky-$kind.o"); then
      fail "hygiene check accepted the leaky $kind object"
    elif [[ $out == *init_array* && $out == *_Znw* ]]; then
      pass "hygiene check rejects the leaky $kind object (${out#*: })"
    else
      fail "hygiene check rejected the leaky $kind object for the wrong reasons: $out"
    fi
  else
    fail "leaky $kind object did not compile"
  fi
done

# ==== 2. Kernel module ==========================================================================
echo "== kernel module"
kernel_abi=$(dpkg-query -W -f='${Depends}' linux-headers-amd64 2> /dev/null |
  grep -oE 'linux-headers-[^ ,]+' | head -1 | sed 's/^linux-headers-//' || true)
if [ -z "$kernel_abi" ]; then
  echo "stage-targets: linux-headers-amd64 is not installed (scripts/install-deps.sh)" >&2
  exit 1
fi
package_version=$(dpkg-query -W -f='${Version}' "linux-headers-$kernel_abi")
KDIR=/usr/src/linux-headers-$kernel_abi
echo "  kernel ABI $kernel_abi (headers $package_version), KDIR=$KDIR"

# The vmlinuz of exactly that ABI, extracted from the image package without installing it.
vmlinuz=$B/kimg/vmlinuz-$kernel_abi
if [ ! -r "$vmlinuz" ] && [ -r "/boot/vmlinuz-$kernel_abi" ]; then
  vmlinuz=/boot/vmlinuz-$kernel_abi  # that very kernel is installed on this machine
fi
if [ ! -r "$vmlinuz" ]; then
  echo "  fetching vmlinuz-$kernel_abi from linux-image-$kernel_abi (apt-get download, dpkg-deb)"
  rm -rf "$B/kimg/download"
  mkdir -p "$B/kimg/download"
  (
    cd "$B/kimg/download"
    apt-get download "linux-image-$kernel_abi=$package_version" > /dev/null 2>&1 ||
      apt-get download "linux-image-$kernel_abi" > /dev/null 2>&1 ||
      apt-get download "linux-image-$kernel_abi-unsigned" > /dev/null
    dpkg-deb --fsys-tarfile linux-image-*.deb | tar -x --wildcards './boot/vmlinuz-*'
    mv "boot/vmlinuz-$kernel_abi" "$vmlinuz"
  )
  rm -rf "$B/kimg/download"
fi

rm -rf "$B/kmod"
# name extra-C++-flags
kernel_matrix=$(
  cat << MATRIX
ferrite_demo -
ferrite_demo_fail -DFERRITE_PORTABLE_FORCE_FAIL
ferrite_demo_nopanic ${no_panic_defs// /,}
MATRIX
)
build_module() {  # name flags(comma-separated, - for none)
  local dir=$B/kmod/$1 flags=${2//,/ }
  [ "$flags" = - ] && flags=
  mkdir -p "$dir"
  cp "$ROOT"/examples/kernel-module/{Kbuild,*.c,*.h,*.cpp,*.hpp} "$dir/"
  if make -C "$KDIR" M="$dir" FERRITE_ROOT="$ROOT" FERRITE_MODULE="$1" \
    FERRITE_CXXFLAGS="$flags" modules > "$dir/build.log" 2>&1; then
    echo ok > "$dir.built"
  fi
  return 0
}
export -f build_module
export KDIR
echo "$kernel_matrix" | xargs -P "$JOBS" -L 1 bash -c 'build_module "$@"' _

while read -r name _; do
  dir=$B/kmod/$name
  if [ ! -f "$dir.built" ]; then
    fail "kernel $name: build failed"
    sed 's/^/      | /' "$dir/build.log" | grep -vE '^\s*\|\s*$' | tail -30
    continue
  fi
  # Any compiler or objtool diagnostic fails; BTF is skipped because the headers package ships
  # no vmlinux, which is expected.
  if diagnostics=$(grep -iE 'warning|error' "$dir/build.log" | grep -v 'Skipping BTF'); then
    fail "kernel $name: diagnostics in the build (compiler or objtool)"
    echo "$diagnostics" | sed 's/^/      | /' | head -20
  else
    pass "kernel $name: built without warnings (objtool ran on the C++ objects)"
  fi
  # objtool wrote ORC unwind data for the C++ code: proof that it ran on the object.
  if readelf -SW "$dir/driver.o" | grep -q '\.orc_unwind'; then
    pass "kernel $name: objtool processed driver.o (.orc_unwind present)"
  else
    fail "kernel $name: driver.o has no .orc_unwind: objtool did not run on the C++ object"
  fi
  for object in driver.o suite.o; do
    if out=$("$CHECK_OBJECT" kernel "$dir/$object" 'ferrite_kmod_(log|panic)'); then
      pass "hygiene kmod/$name/$object"
    else
      fail "hygiene $out"
    fi
  done
  if [ "$name" = ferrite_demo_nopanic ]; then
    if nm -u "$dir/driver.o" "$dir/suite.o" | grep -q ferrite_kmod_panic; then
      fail "no-panic $name: an object references ferrite_kmod_panic"
    else
      pass "no-panic $name: no object references the panic hook"
    fi
  fi
done <<< "$kernel_matrix"

if [ -f "$B/kmod/ferrite_demo.built" ] && [ -f "$B/kmod/ferrite_demo_fail.built" ]; then
  rootfs=$B/kmod/rootfs
  mkdir -p "$rootfs"/{bin,dev,proc,sys,modules}
  cp "$(command -v busybox)" "$rootfs/bin/busybox"
  install -m 755 "$ROOT/scripts/targets/init" "$rootfs/init"
  cp "$B/kmod/ferrite_demo/ferrite_demo.ko" "$B/kmod/ferrite_demo_fail/ferrite_demo_fail.ko" \
    "$rootfs/modules/"
  (cd "$rootfs" && find . | cpio -o -H newc --quiet | gzip -1) > "$B/kmod/initrd.gz"
  echo "  booting $vmlinuz under qemu-system-x86_64 (TCG)"
  serial=$B/kmod/serial.log
  boot_start=$SECONDS
  qemu_status=0
  timeout 300 qemu-system-x86_64 -accel tcg -m 512 -smp 1 -nographic -no-reboot \
    -kernel "$vmlinuz" -initrd "$B/kmod/initrd.gz" -append "console=ttyS0 panic=-1" \
    < /dev/null > "$serial" 2>&1 || qemu_status=$?
  echo "  boot to power-off: $((SECONDS - boot_start)) s"
  [ "$qemu_status" = 0 ] && pass "kernel boot: qemu exited cleanly" ||
    fail "kernel boot: qemu exit status $qemu_status (124 = timeout)"
  expect_line() {  # description ERE
    if grep -qE "$2" "$serial"; then pass "kernel log: $1"; else fail "kernel log lacks $1: /$2/"; fi
  }
  expect_line "ferrite_demo loaded" '^GUEST: insmod ferrite_demo\.ko rc=0'
  expect_line "suite passed in the kernel" 'ferrite_demo: [1-9][0-9]* passed, 0 failed'
  expect_line "-EINVAL as ERR_PTR" 'ferrite_demo: driver: create id 0 -> -22 '
  expect_line "-EEXIST as ERR_PTR" 'ferrite_demo: driver: create id 7 twice -> -17 '
  expect_line "Option None as -ENODATA" 'ferrite_demo: driver: period before a rate is set -> -61 '
  expect_line "Result<void> as -EINVAL" 'ferrite_demo: driver: set_rate\(0\) -> -22 '
  expect_line "Ok path" 'ferrite_demo: driver: set_rate\(1000\) -> period 1000 us'
  expect_line "module_init done" 'ferrite_demo: module_init done: 1 device\(s\) registered'
  expect_line "clean teardown" 'ferrite_demo: module_exit: devices left = 0'
  expect_line "ferrite_demo unloaded" '^GUEST: rmmod ferrite_demo rc=0'
  expect_line "forced failure reported in the kernel" 'ferrite_demo_fail: [0-9]+ passed, 1 failed'
  expect_line "forced failure located" 'ferrite_demo_fail: FAIL .*FERRITE_PORTABLE_FORCE_FAIL'
  expect_line "forced failure refuses the load" '^GUEST: insmod ferrite_demo_fail\.ko rc=[1-9]'
  expect_line "guest finished" '^GUEST: DONE'
  expect_line "clean power-off" 'reboot: Power down'
  if bad=$(grep -E 'BUG|WARNING|Oops|Call Trace|Kernel panic|Unknown symbol|Unknown rela|invalid opcode|ferrite panic' "$serial"); then
    fail "kernel log has BUG/WARNING/oops lines"
    echo "$bad" | sed 's/^/      | /' | head -20
  else
    pass "kernel log: no BUG, WARNING, oops or panic"
  fi
  grep -E 'ferrite_demo|GUEST' "$serial" | sed 's/^/      | /' | head -40 || true
else
  fail "kernel boot: skipped, a module did not build"
fi

# ==== Summary ===================================================================================
echo
echo "stage-targets: $((SECONDS - start_seconds)) s"
if [ "$failed" != 0 ]; then
  printf '  failed: %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
