// SPDX-License-Identifier: MIT OR Apache-2.0
//
// tests/portable/check.hpp: the check interface of ferrite's portable test suite.
//
// The same test bodies run on the host (under doctest, tests/unit/portable_test.cpp), inside a
// Linux kernel module (examples/kernel-module/) and as Cortex-M and RISC-V firmware
// (examples/firmware/). None of those runtimes share a test framework, a heap or a C library,
// so this interface needs none of them: a `Context` counts passed and failed checks and writes
// text through one function pointer that each runtime supplies.
//
//   FERRITE_TEST(name)      defines a test body: `void name(ferrite_portable::Context& ctx)`
//   FERRITE_CHECK(cond)     records one check in `ctx`; a failure prints `FAIL file:line: cond`
//   Case / Suite            a test's sentence-name and body / a named array of cases
//   run(ctx, suites)        runs every case and prints `N passed, M failed`; returns M
//
// A runtime's whole job:
//
//     void write(const char* text) { ... }                 // UART, printk, fputs, ...
//     ferrite_portable::Context ctx{write};
//     unsigned failed = ferrite_portable::run(ctx, ferrite_portable::all_suites);
//
// Rules for test bodies, so that they run everywhere: no panicking call whose panic is the thing
// tested (a kernel cannot catch one; those tests live in tests/unit/), no statics with dynamic
// initialisation, no heap, no standard library. Uses of panicking conveniences on values that
// cannot panic go inside `#if !FERRITE_NO_PANIC`, so the suite also builds with
// FERRITE_NO_PANIC=1 and proves that such a build contains no panic path.
#ifndef FERRITE_TESTS_PORTABLE_CHECK_HPP
#define FERRITE_TESTS_PORTABLE_CHECK_HPP

namespace ferrite_portable {

/// Writes NUL-terminated text to the runtime's console; supplied by the runtime.
using WriteFn = void (*)(const char* text);

/// Counts the checks of one run and reports failures through the runtime's `WriteFn`.
class Context {
 public:
  constexpr explicit Context(WriteFn console) noexcept : write_(console) {}

  /// Records one check; on failure prints the case name, location and expression.
  void check(bool ok, const char* expression, const char* file, int line) noexcept {
    if (ok) {
      ++passed_;
      return;
    }
    ++failed_;
    write("FAIL ");
    write(file);
    write(":");
    write_unsigned(static_cast<unsigned long>(line));
    write(": ");
    write(expression);
    if (case_name_ != nullptr) {
      write("  [in: ");
      write(case_name_);
      write("]");
    }
    write("\n");
  }

  /// Names the case that the following checks belong to, for failure messages.
  void begin_case(const char* name) noexcept { case_name_ = name; }

  [[nodiscard]] unsigned passed() const noexcept { return passed_; }
  [[nodiscard]] unsigned failed() const noexcept { return failed_; }

  /// Writes text through the runtime's console.
  void write(const char* text) const noexcept { write_(text); }

  /// Writes a number in decimal, without any formatting library.
  void write_unsigned(unsigned long value) const noexcept {
    char digits[24];
    char* end = digits + sizeof digits;
    char* p = end;
    *--p = '\0';
    do {
      *--p = static_cast<char>('0' + value % 10);
      value /= 10;
    } while (value != 0);
    write(p);
  }

 private:
  WriteFn write_;
  const char* case_name_ = nullptr;
  unsigned passed_ = 0;
  unsigned failed_ = 0;
};

/// One test: a sentence that names the behaviour, and the body that checks it.
struct Case {
  const char* name;
  void (*body)(Context& ctx);
};

/// A named group of cases, usually all the cases of one header.
struct Suite {
  const char* name;
  const Case* cases;
  unsigned long count;
};

/// Builds a `Suite` from a `Case` array.
template <unsigned long N>
constexpr Suite make_suite(const char* name, const Case (&cases)[N]) noexcept {
  return Suite{name, cases, N};
}

/// Runs one case, returning how many of its checks failed.
inline unsigned run_case(Context& ctx, const Case& test) noexcept {
  const unsigned before = ctx.failed();
  ctx.begin_case(test.name);
  test.body(ctx);
  ctx.begin_case(nullptr);
  return ctx.failed() - before;
}

/// Runs every case of every suite and prints `N passed, M failed`; returns the failed count.
template <unsigned long N>
unsigned run(Context& ctx, const Suite (&suites)[N]) noexcept {
  for (const Suite& suite : suites) {
    for (unsigned long i = 0; i < suite.count; ++i) run_case(ctx, suite.cases[i]);
  }
  ctx.write_unsigned(ctx.passed());
  ctx.write(" passed, ");
  ctx.write_unsigned(ctx.failed());
  ctx.write(" failed\n");
  return ctx.failed();
}

}  // namespace ferrite_portable

/// Defines a portable test body named `name`; inside it, `FERRITE_CHECK` records into `ctx`.
#define FERRITE_TEST(name) inline void name([[maybe_unused]] ::ferrite_portable::Context& ctx)

/// Records whether `cond` holds. Never aborts the test: later checks still run and count.
#define FERRITE_CHECK(...) \
  ctx.check(static_cast<bool>(__VA_ARGS__), #__VA_ARGS__, __FILE__, __LINE__)

#endif  // FERRITE_TESTS_PORTABLE_CHECK_HPP
