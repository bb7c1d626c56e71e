// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The test program's own health, and the foundations every other header stands on: the panic
// hook routes to the test handler, and config.hpp/utility.hpp's helpers behave as <utility> does.
#include "test_support.hpp"

#include <ferrite/config.hpp>
#include <ferrite/utility.hpp>

#include <cstring>

namespace {

using namespace ferrite::detail;

// Counts constructions and destructions, so a test can see construct_at/destroy_at act.
struct Counted {
  static inline int alive = 0;
  int value;
  explicit Counted(int v) : value(v) { ++alive; }
  ~Counted() { --alive; }
  Counted(const Counted&) = delete;
  Counted& operator=(const Counted&) = delete;
};

struct Trivial {
  int a;
};

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
  int x = 1;
  CHECK_FALSE(FERRITE_PANICKED(x + 1));
}

TEST_CASE("SourceLocation::current names the line of its caller") {
  constexpr ferrite::SourceLocation here = ferrite::SourceLocation::current();
  CHECK(here.line == __LINE__ - 1);
  CHECK(std::strstr(here.file, "smoke_test.cpp") != nullptr);
}

TEST_CASE("debug_check panics on a broken precondition only when debug checks are on") {
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

TEST_CASE("type traits give the answers <type_traits> gives") {
  static_assert(is_same_v<remove_cvref_t<const int&>, int>);
  static_assert(!is_same_v<int, long>);
  static_assert(is_signed_v<int> && !is_signed_v<unsigned>);
  static_assert(is_trivially_copyable_v<Trivial> && !is_trivially_destructible_v<Counted>);
  static_assert(is_same_v<conditional_t<true, int, long>, int>);
  static_assert(convertible_to<int, long> && !convertible_to<const char*, int>);
  static_assert(sizeof(size_t) == sizeof(void*) && sizeof(uintptr_t) == sizeof(void*));
  CHECK(is_same_v<invoke_result_t<int (*)(char), char>, int>);
}

TEST_CASE("exchange returns the old value and swap exchanges two values") {
  int a = 1;
  int b = 2;
  CHECK(exchange(a, 5) == 1);
  CHECK(a == 5);
  swap(a, b);
  CHECK(a == 2);
  CHECK(b == 5);
}

TEST_CASE("construct_at constructs in place and destroy_at runs the destructor") {
  alignas(Counted) unsigned char storage[sizeof(Counted)];
  const int before = Counted::alive;
  Counted* c = construct_at(reinterpret_cast<Counted*>(storage), 42);
  CHECK(static_cast<void*>(c) == static_cast<void*>(storage));
  CHECK(c->value == 42);
  CHECK(Counted::alive == before + 1);
  destroy_at(launder(c));
  CHECK(Counted::alive == before);
}

TEST_CASE("addressof and invoke behave as their standard twins") {
  int x = 3;
  CHECK(addressof(x) == &x);
  CHECK(invoke([](int v) { return v * 2; }, x) == 6);
}
