// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Included first by every unit test file. It installs one panic handler for the whole test
// program (the handler must be the same in every translation unit, or `detail::panic` would have
// two definitions), so a test can assert that a call panics, with which message, and go on.
#ifndef FERRITE_TESTS_TEST_SUPPORT_HPP
#define FERRITE_TESTS_TEST_SUPPORT_HPP

#include <csetjmp>

namespace ferrite_test {

struct PanicCapture {
  std::jmp_buf* landing = nullptr;  // set while a FERRITE_CHECK_PANICS expression runs
  const char* message = nullptr;     // the message of the last panic
  int count = 0;                     // panics seen since the program started
};

inline PanicCapture panic_capture;

// Records the panic and jumps back to the FERRITE_CHECK_PANICS that expected it. A panic that no
// test expected aborts the program, so it cannot pass silently.
[[noreturn]] inline void on_panic(const char* message, const char*, int) {
  panic_capture.message = message;
  ++panic_capture.count;
  if (panic_capture.landing != nullptr) std::longjmp(*panic_capture.landing, 1);
  __builtin_trap();
}

}  // namespace ferrite_test

#define FERRITE_PANIC_HANDLER(message, file, line) ::ferrite_test::on_panic(message, file, line)

// True if evaluating `expr` reached ferrite's panic handler. Destructors of objects created inside
// `expr` are skipped by the jump; keep `expr` to a single call on objects that outlive it.
#define FERRITE_PANICKED(expr)                                        \
  ([&]() -> bool {                                                    \
    std::jmp_buf landing_;                                            \
    ::ferrite_test::panic_capture.landing = &landing_;                \
    if (setjmp(landing_) == 0) {                                      \
      static_cast<void>(expr);                                        \
      ::ferrite_test::panic_capture.landing = nullptr;                \
      return false;                                                   \
    }                                                                 \
    ::ferrite_test::panic_capture.landing = nullptr;                  \
    return true;                                                      \
  }())

#include <doctest/doctest.h>

#endif  // FERRITE_TESTS_TEST_SUPPORT_HPP
