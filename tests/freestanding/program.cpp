// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A whole program with no C or C++ runtime: its own `_start`, no libc, no libstdc++, no
// libsupc++, no libgcc. scripts/stage-freestanding.sh compiles it with a kernel's flags
// (-ffreestanding -nostdinc -fno-exceptions -fno-rtti ...), checks the object's undefined symbols
// and sections, links it with -nostdlib -static beside the memory functions of
// examples/firmware/common/runtime.cpp, runs it and checks the exit status.
//
// It exercises every public header through <ferrite.hpp>. Each check that fails exits with its
// own code (1, 2, ...); success exits with 42, so a program that did nothing cannot pass. Run
// with an argument, it unwraps a None instead and must exit with 101 through the panic handler.
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

// Option, Result, Errno and NonNull: the Foundation's vocabulary, as a driver would use it.
struct Device {
  int id;
  int irq;
};
Device devices[2] = {{1, 17}, {2, 0}};

ferrite::Option<Device&> find_device(int id) {
  for (Device& dev : devices) {
    if (dev.id == id) return dev;
  }
  return ferrite::None;
}

ferrite::Result<int, ferrite::Errno> device_irq(int id) {
  Device& dev = FERRITE_TRY(find_device(id).ok_or(ferrite::Errno::NoDev));
  if (dev.irq == 0) return ferrite::Err(ferrite::Errno::Again);
  return ferrite::Ok(dev.irq);
}

int check_option() {
  if (find_device(runtime(1)).is_none()) return 1;
  if (find_device(runtime(3)).is_some()) return 2;
  if (find_device(runtime(1)).map([](Device& d) { return d.irq; }).unwrap_or(0) != 17) return 3;
  static_assert(sizeof(ferrite::Option<Device&>) == sizeof(Device*));
  return 0;
}

int check_result_errno() {
  if (device_irq(runtime(1)).unwrap_or(-1) != 17) return 1;
  if (device_irq(runtime(2)).err() != ferrite::Some(ferrite::Errno::Again)) return 2;
  if (ferrite::to_neg(device_irq(runtime(3)).map([](int) {})) != -19) return 3;  // -ENODEV
  if (ferrite::Errno::from_neg(runtime(-12)) != ferrite::Some(ferrite::Errno::NoMem)) return 4;
  static_assert(sizeof(ferrite::Result<void, ferrite::Errno>) == sizeof(int));
  return 0;
}

int check_non_null() {
  Device* raw = runtime(0) == 0 ? &devices[1] : nullptr;
  ferrite::Option<ferrite::NonNull<Device>> dev = ferrite::NonNull<Device>::make(raw);
  if (dev.is_none()) return 1;
  if (ferrite::NonNull<Device>::make(raw == nullptr ? raw : nullptr).is_some()) return 2;
  static_assert(sizeof(ferrite::Option<ferrite::NonNull<Device>>) == sizeof(Device*));
  return 0;
}

// The other headers, each through one everyday use, so their code is linked and run too.
int check_integer_span_iter() {
  if (ferrite::checked_add<unsigned char>(static_cast<unsigned char>(runtime(250)), 10).is_some()) return 1;
  if (ferrite::checked_add(runtime(2), 3) != ferrite::Some(5)) return 2;

  int values[6] = {runtime(1), 2, 3, 4, 5, 6};
  ferrite::Span<int> all(values);
  if (all.get(6).is_some() || all.get(5) != ferrite::Some(6)) return 3;
  int sum = 0;
  for (int v : all.iter().skip(1).take(3)) sum += v;  // 2 + 3 + 4
  if (sum != 9) return 4;
  unsigned char bytes[4] = {};
  ferrite::Span<unsigned char> out(bytes);
  if (out.write_le(0, static_cast<unsigned>(runtime(0x01020304))).is_err() || bytes[0] != 4) return 5;
  return 0;
}

struct Task {
  int id;
  ferrite::ListLink link;
};

int check_list_scope_guard() {
  int cleanups = 0;
  {
    auto guard = ferrite::defer([&] { ++cleanups; });
    if (runtime(0) != 0) guard.dismiss();
  }
  if (cleanups != 1) return 1;

  Task a{runtime(1), {}};
  Task b{runtime(2), {}};
  ferrite::List<Task, &Task::link> queue;
  queue.push_back(a);
  queue.push_back(b);
  int ids = 0;
  for (Task& t : queue) ids = ids * 10 + t.id;
  if (ids != 12) return 2;
  Task* first = queue.pop_front().as_ptr();  // Option<Task&>: points at `a`, not into the Option
  if (first != &a || queue.pop_front().as_ptr() != &b || !queue.is_empty()) return 3;
  return 0;
}

int run() {
  if (int failed = check_config()) return failed;
  if (int failed = check_utility()) return 10 + failed;
  if (int failed = check_option()) return 20 + failed;
  if (int failed = check_result_errno()) return 30 + failed;
  if (int failed = check_non_null()) return 40 + failed;
  if (int failed = check_integer_span_iter()) return 50 + failed;
  if (int failed = check_list_scope_guard()) return 60 + failed;
  return 42;
}

// With any command-line argument: unwrap a None, which must reach FERRITE_PANIC_HANDLER (exit 101).
int panic_on_purpose() {
  ferrite::Option<int> nothing = ferrite::None;
  if (runtime(0) == 0) return nothing.unwrap();
  return 0;
}

}  // namespace

extern "C" [[noreturn]] void freestanding_exit(int status) {
  // Linux x86-64 exit_group(status).
  asm volatile("syscall" : : "a"(231), "D"(status) : "rcx", "r11", "memory");
  __builtin_unreachable();
}

extern "C" [[noreturn]] void freestanding_main(long argc) {
  freestanding_exit(argc > 1 ? panic_on_purpose() : run());
}

// The kernel enters `_start` with argc at the top of a 16-byte aligned stack and no return
// address; a C++ function expects the alignment *after* a call pushed one, so a short trampoline
// passes argc and makes that call.
asm(R"(
  .text
  .globl _start
  .type _start, @function
_start:
  xorl %ebp, %ebp
  movq (%rsp), %rdi
  andq $-16, %rsp
  call freestanding_main
  ud2
)");
