// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/non_null.hpp>
#include <ferrite/option.hpp>

#include <string_view>
#include <type_traits>

using ferrite::NonNull;
using ferrite::None;
using ferrite::Option;

namespace {

struct Base {
  int id = 1;
};
struct Derived : Base {
  Derived() { id = 2; }
};

// ---- Representation, checked at compile time ---------------------------------------------------

static_assert(sizeof(NonNull<int>) == sizeof(int*));
static_assert(sizeof(Option<NonNull<int>>) == sizeof(int*));
static_assert(sizeof(Option<NonNull<const Base>>) == sizeof(const Base*));
static_assert(std::is_trivially_copyable_v<NonNull<int>>);
static_assert(std::is_trivially_copyable_v<Option<NonNull<int>>>);

// Only a reference, or a checked pointer, makes a NonNull.
static_assert(!std::is_default_constructible_v<NonNull<int>>);
static_assert(!std::is_constructible_v<NonNull<int>, int*>);
static_assert(!std::is_constructible_v<NonNull<int>, decltype(nullptr)>);
static_assert(!std::is_convertible_v<int&, NonNull<int>>);  // the reference constructor is explicit
static_assert(std::is_constructible_v<NonNull<int>, int&>);

// Conversions follow pointer conversions: Derived to Base, mutable to const, never back.
static_assert(std::is_convertible_v<NonNull<Derived>, NonNull<Base>>);
static_assert(!std::is_convertible_v<NonNull<Base>, NonNull<Derived>>);
static_assert(std::is_convertible_v<NonNull<int>, NonNull<const int>>);
static_assert(!std::is_convertible_v<NonNull<const int>, NonNull<int>>);

// ---- constexpr use ---------------------------------------------------------------------------

constexpr int constexpr_non_null() {
  int x = 4;
  NonNull<int> p(x);
  *p += 1;
  Option<NonNull<int>> made = NonNull<int>::make(&x);
  Option<NonNull<int>> none = NonNull<int>::make(nullptr);
  return *p + (made.unwrap().get() == &x ? 10 : 0) + (none.is_none() ? 100 : 0);
}
static_assert(constexpr_non_null() == 115);

}  // namespace

TEST_CASE("make of a null pointer is None") {
  Option<NonNull<int>> none = NonNull<int>::make(nullptr);
  CHECK(none.is_none());
  CHECK(none.as_ptr() == nullptr);
}

TEST_CASE("make of a non-null pointer is Some with that pointer") {
  int x = 1;
  Option<NonNull<int>> some = NonNull<int>::make(&x);
  REQUIRE(some.is_some());
  CHECK(some.unwrap().get() == &x);
}

TEST_CASE("a NonNull made from a reference points at the object") {
  int x = 1;
  NonNull<int> p(x);
  CHECK(p.get() == &x);
  CHECK(&*p == &x);
  *p = 2;
  CHECK(x == 2);
}

TEST_CASE("operator-> reaches the members") {
  Derived d;
  NonNull<Derived> p(d);
  CHECK(p->id == 2);
  p->id = 3;
  CHECK(d.id == 3);
}

TEST_CASE("make_unchecked wraps a non-null pointer") {
  int x = 1;
  CHECK(NonNull<int>::make_unchecked(&x).get() == &x);
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("make_unchecked of a null pointer panics in a debug build") {
  CHECK(FERRITE_PANICKED(NonNull<int>::make_unchecked(nullptr)));
  CHECK(std::string_view(ferrite_test::panic_capture.message) == "NonNull::make_unchecked of a null pointer");
}
#endif

TEST_CASE("a NonNull<Derived> converts to NonNull<Base> with the adjusted address") {
  Derived d;
  NonNull<Derived> derived(d);
  NonNull<Base> base = derived;
  CHECK(base.get() == static_cast<Base*>(&d));
  CHECK(base->id == 2);
  NonNull<const Derived> constant = derived;
  CHECK(constant.get() == &d);
}

TEST_CASE("two NonNulls are equal exactly when they point at the same object") {
  int x = 1;
  int y = 1;
  CHECK(NonNull<int>(x) == NonNull<int>(x));
  CHECK(NonNull<int>(x) != NonNull<int>(y));
}

TEST_CASE("an Option<NonNull> uses the null pattern for None and the whole Option API") {
  int x = 1;
  int y = 2;
  Option<NonNull<int>> none;
  CHECK(none.is_none());
  Option<NonNull<int>> some = NonNull<int>(x);
  CHECK(some.is_some());
  CHECK(some.map([](NonNull<int> p) { return *p; }).unwrap_or(0) == 1);
  CHECK(none.map([](NonNull<int> p) { return *p; }).unwrap_or(0) == 0);
  int* raw = nullptr;
  if (NonNull<int>* p = some.as_ptr()) raw = p->get();
  CHECK(raw == &x);
  CHECK(some.replace(NonNull<int>(y)).unwrap().get() == &x);
  CHECK(some.unwrap().get() == &y);
  some = None;
  CHECK(some.is_none());
  CHECK(none == Option<NonNull<int>>());
  CHECK(NonNull<int>::make(&x) == NonNull<int>(x));
}

TEST_CASE("a NonNull to const is not made from a temporary") {
  // `NonNull<const int> p(42);` would point at a temporary that dies at the end of the statement.
  constexpr bool from_temporary = std::is_constructible_v<NonNull<const int>, int>;
  CHECK_FALSE(from_temporary);
}
