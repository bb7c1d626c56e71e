// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A whole program with no C or C++ runtime: its own `_start`, no libc, no libstdc++, no
// libsupc++, no libgcc. scripts/stage-freestanding.sh compiles it with a kernel's flags
// (-ffreestanding -nostdinc -fno-exceptions -fno-rtti ...), checks the object's undefined symbols
// and sections, links it with -nostdlib -static beside mem.c, runs it and checks the exit status.
//
// It exercises every public header through <ferrite.hpp>. Each check that fails exits with its
// own code (1, 2, ...); success exits with 42, so a program that did nothing cannot pass.
// A header's owner adds a `check_<header>()` below and calls it from `run()`.

// A panic in a freestanding program: exit with status 101 (Rust's panic status), never return.
extern "C" [[noreturn]] void freestanding_exit(int status);
#define FERRITE_PANIC_HANDLER(message, file, line) freestanding_exit(101)

#include <ferrite.hpp>

namespace {

// Inputs the optimizer cannot see through, so the checks run at run time, in the linked code.
volatile int opaque_zero = 0;
int runtime(int value) { return value + opaque_zero; }

// Not an aggregate: Clang 14 has no parenthesized aggregate initialization, which construct_at uses.
struct Counted {
  explicit Counted(int* counter) : destroyed(counter) {}
  ~Counted() { ++*destroyed; }
  int* destroyed;
};

int check_utility() {
  int a = runtime(1);
  int b = runtime(2);
  ferrite::detail::swap(a, b);
  if (a != 2 || b != 1) return 1;
  if (ferrite::detail::exchange(a, 7) != 2 || a != 7) return 2;

  int destroyed = 0;
  alignas(Counted) unsigned char storage[sizeof(Counted)];
  Counted* c = ferrite::detail::construct_at(reinterpret_cast<Counted*>(storage), &destroyed);
  ferrite::detail::destroy_at(c);
  if (destroyed != 1) return 3;

  ferrite::Pair<int, long> pair{runtime(3), 4L};
  auto [first, second] = pair;
  if (first != 3 || second != 4) return 4;
  return 0;
}

int check_config() {
  // debug_check with a true condition must not reach the panic handler (which would exit 101).
  ferrite::detail::debug_check(runtime(1) == 1, "runtime(1) is 1");
  return 0;
}

int run() {
  if (int failed = check_config()) return failed;
  if (int failed = check_utility()) return 10 + failed;
  return 42;
}

}  // namespace

extern "C" [[noreturn]] void freestanding_exit(int status) {
  // Linux x86-64 exit_group(status).
  asm volatile("syscall" : : "a"(231), "D"(status) : "rcx", "r11", "memory");
  __builtin_unreachable();
}

extern "C" [[noreturn]] void freestanding_main() { freestanding_exit(run()); }

// The kernel enters `_start` with a 16-byte aligned stack and no return address; a C++ function
// expects the alignment *after* a call pushed one, so a two-instruction trampoline makes that call.
asm(R"(
  .text
  .globl _start
  .type _start, @function
_start:
  xorl %ebp, %ebp
  andq $-16, %rsp
  call freestanding_main
  ud2
)");
