#!/usr/bin/env bash
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# Object hygiene for code that runs without a hosted C++ runtime (kernel module, firmware).
#
#   check-object.sh KIND OBJECT [EXTRA_ALLOWED_SYMBOL_ERE]
#     KIND: kernel | arm | riscv        (selects binutils and the allow-list)
#
# Fails (exit 1, one-line report) on:
#   - an undefined symbol outside the allow-list: the four mem* functions, and per kind the
#     kernel's thunks, __fentry__ and __stack_chk_fail, or libgcc's helpers; plus EXTRA (the
#     example's own C/C++ boundary). Anything else (operator new, __cxa_*, abort, _Unwind_*,
#     __dso_handle, atexit ...) means a hosted runtime dependency leaked in;
#   - a .init_array/.ctors (global constructors: never run in a module, forbidden in firmware),
#     .eh_frame or .gcc_except_table (unwinding) section;
#   - for the kernel: a relocation type that the x86-64 module loader does not apply
#     (arch/x86/kernel/module.c accepts NONE, 64, 32, 32S, PC32, PLT32, PC64).
set -euo pipefail

kind=$1
object=$2
extra=${3:-}

mem='memcpy|memset|memmove|memcmp'
case $kind in
  kernel)
    tools=
    allow="$mem|__fentry__|__stack_chk_fail|__x86_return_thunk|__x86_indirect_thunk_[a-z0-9]+|__x86_indirect_call_thunk_[a-z0-9]+"
    ;;
  arm)
    tools=arm-none-eabi-
    allow="$mem|__aeabi_[a-z0-9]+|__(u?div|u?mod|mul|ashl|ashr|lshr|clz|ctz|popcount|ffs|bswap|cmp|ucmp)[sdt]i[23]|__udivmoddi4|__divmoddi4|__gnu_[a-z0-9_]+"
    ;;
  riscv)
    tools=riscv64-unknown-elf-
    allow="$mem|__(u?div|u?mod|mul|ashl|ashr|lshr|clz|ctz|popcount|ffs|bswap|cmp|ucmp)[sdt]i[23]|__udivmoddi4|__divmoddi4"
    ;;
  *)
    echo "check-object: unknown kind '$kind' (kernel, arm, riscv)" >&2
    exit 2
    ;;
esac
[ -n "$extra" ] && allow="$allow|$extra"

undefined=$("${tools}nm" -u "$object" | awk '{print $NF}' | grep -vE "^($allow)$" | sort -u | tr '\n' ' ' || true)
sections=$("${tools}readelf" -SW "$object" |
  grep -oE '\.(init_array|ctors|eh_frame|gcc_except_table)[^ ]*' | sort -u | tr '\n' ' ' || true)
relocations=
if [ "$kind" = kernel ]; then
  relocations=$("${tools}readelf" -rW "$object" | awk '/^[0-9a-f]+ +[0-9a-f]+ +R_/ {print $3}' |
    grep -vE '^R_X86_64_(NONE|64|32|32S|PC32|PLT32|PC64)$' | sort -u | tr '\n' ' ' || true)
fi

if [ -z "$undefined$sections$relocations" ]; then
  echo "clean: $object"
  exit 0
fi
echo "NOT CLEAN: $object: undefined=[${undefined% }] sections=[${sections% }] relocations=[${relocations% }]"
exit 1
