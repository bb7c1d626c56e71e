// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The test program's own health, plus what the portable config/utility suite
// (tests/portable/config_suite.hpp, run here by portable_test.cpp) cannot check without a host:
// that a panic reaches the test handler with its message, and compile-time facts about value
// categories and traits. Everything else about config.hpp and utility.hpp lives in that suite.
#include "test_support.hpp"

#include <ferrite/config.hpp>
#include <ferrite/utility.hpp>

namespace {

using namespace ferrite::detail;

template <class T>
constexpr bool is_rvalue(T&&) {
  return !is_lvalue_reference_v<T>;
}

[[noreturn]] void panic_here() { panic("smoke panic", ferrite::SourceLocation::current()); }

}  // namespace

TEST_CASE("the test-wide panic handler captures the message and returns control to the test") {
  const int before = ferrite_test::panic_capture.count;
  CHECK(FERRITE_PANICKED(panic_here()));
  CHECK(ferrite_test::panic_capture.count == before + 1);
  REQUIRE(ferrite_test::panic_capture.message != nullptr);
  CHECK(doctest::String(ferrite_test::panic_capture.message) == "smoke panic");
}

TEST_CASE("an expression that does not panic is reported as not panicking") {
  const int before = ferrite_test::panic_capture.count;
  int x = 1;
  CHECK_FALSE(FERRITE_PANICKED(x + 1));
  CHECK(ferrite_test::panic_capture.count == before);
}

TEST_CASE("debug_check panics on a broken precondition exactly when debug checks are on") {
  CHECK_FALSE(FERRITE_PANICKED(debug_check(true, "fine")));
  CHECK(FERRITE_PANICKED(debug_check(false, "broken")) == static_cast<bool>(FERRITE_DEBUG_CHECKS));
}

TEST_CASE("move yields an rvalue and forward keeps the value category") {
  int x = 0;
  CHECK(is_rvalue(move(x)));
  CHECK_FALSE(is_rvalue(x));
  CHECK(is_rvalue(forward<int>(x)));
  CHECK_FALSE(is_rvalue(forward<int&>(x)));
  static_assert(is_same_v<decltype(move(x)), int&&>);
}

TEST_CASE("conversion and call traits give the answers <type_traits> gives") {
  static_assert(is_same_v<conditional_t<true, int, long>, int>);
  static_assert(is_same_v<conditional_t<false, int, long>, long>);
  static_assert(convertible_to<int, long> && !convertible_to<const char*, int>);
  static_assert(is_same_v<invoke_result_t<int (*)(char), char>, int>);
  CHECK(invoke([](int v) { return v * 2; }, 3) == 6);
}
