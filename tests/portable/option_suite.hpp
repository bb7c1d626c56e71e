// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/option.hpp: the behaviours a driver or firmware relies on, checked
// on every target (different int sizes, pointer sizes and ABIs). Panics are tested in
// tests/unit/option_test.cpp, where a panic can be caught.
#ifndef FERRITE_TESTS_PORTABLE_OPTION_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_OPTION_SUITE_HPP

#include "check.hpp"
#include "ferrite/option.hpp"

namespace ferrite_portable::option_suite {

using ferrite::None;
using ferrite::Option;
using ferrite::Some;

// Representation promises, checked by each target's compiler.
static_assert(sizeof(Option<int&>) == sizeof(int*), "Option<T&> is one pointer");
static_assert(sizeof(Option<const char&>) == sizeof(void*), "Option<const T&> is one pointer");
static_assert(__is_trivially_copyable(Option<int>), "Option<int> is trivially copyable");
static_assert(Option<int>(5).unwrap_or(0) == 5, "usable in constant expressions");

FERRITE_TEST(a_default_option_is_none) {
  const Option<int> nothing;
  FERRITE_CHECK(nothing.is_none());
  FERRITE_CHECK(!nothing.is_some());
  FERRITE_CHECK(!static_cast<bool>(nothing));
  FERRITE_CHECK(nothing == None);
}

FERRITE_TEST(some_holds_edge_values) {
  const Option<int> minimum = Some(-__INT_MAX__ - 1);
  const Option<unsigned long> maximum = Some(__LONG_MAX__ * 2UL + 1UL);
  const Option<int> zero = Some(0);
  FERRITE_CHECK(minimum.is_some());
  FERRITE_CHECK(minimum.unwrap_or(0) == -__INT_MAX__ - 1);
  FERRITE_CHECK(maximum.unwrap_or(0) == __LONG_MAX__ * 2UL + 1UL);
  FERRITE_CHECK(zero.is_some());  // zero is a value, not absence
  FERRITE_CHECK(zero.unwrap_or(7) == 0);
}

FERRITE_TEST(unwrap_or_else_calls_the_fallback_only_for_none) {
  int calls = 0;
  const auto fallback = [&calls] {
    ++calls;
    return -1;
  };
  FERRITE_CHECK(Option<int>(3).unwrap_or_else(fallback) == 3);
  FERRITE_CHECK(calls == 0);
  FERRITE_CHECK(Option<int>(None).unwrap_or_else(fallback) == -1);
  FERRITE_CHECK(calls == 1);
}

#if !FERRITE_NO_PANIC
FERRITE_TEST(unwrap_and_expect_of_some_return_the_value) {
  Option<int> value = Some(41);
  FERRITE_CHECK(value.unwrap() == 41);
  FERRITE_CHECK(value.expect("a value is present") == 41);
}
#endif

FERRITE_TEST(as_ptr_is_null_for_none_and_points_at_the_value_for_some) {
  Option<int> value = Some(9);
  Option<int> nothing = None;
  int* pointer = value.as_ptr();
  FERRITE_CHECK(pointer != nullptr);
  FERRITE_CHECK(pointer != nullptr && *pointer == 9);
  FERRITE_CHECK(nothing.as_ptr() == nullptr);
  if (pointer != nullptr) *pointer = 10;
  FERRITE_CHECK(value == 10);
}

FERRITE_TEST(map_and_then_and_filter_chain_like_rust) {
  const auto halve_even = [](int x) -> Option<int> {
    if (x % 2 != 0) return None;
    return x / 2;
  };
  FERRITE_CHECK(Option<int>(8).map([](int x) { return x + 1; }) == 9);
  FERRITE_CHECK(Option<int>(None).map([](int x) { return x + 1; }) == None);
  FERRITE_CHECK(Option<int>(8).and_then(halve_even) == 4);
  FERRITE_CHECK(Option<int>(7).and_then(halve_even) == None);
  FERRITE_CHECK(Option<int>(8).filter([](int x) { return x > 5; }) == 8);
  FERRITE_CHECK(Option<int>(3).filter([](int x) { return x > 5; }) == None);
}

FERRITE_TEST(an_option_reference_refers_to_the_original_object) {
  int target = 1;
  Option<int&> ref = target;
  FERRITE_CHECK(ref.is_some());
  FERRITE_CHECK(ref.as_ptr() == &target);
  target = 2;
  FERRITE_CHECK(ref == 2);
  Option<int&> empty = None;
  FERRITE_CHECK(empty.as_ptr() == nullptr);
}

FERRITE_TEST(take_leaves_none_and_replace_returns_the_old_value) {
  Option<int> slot = Some(5);
  const Option<int> taken = slot.take();
  FERRITE_CHECK(taken == 5);
  FERRITE_CHECK(slot == None);
  const Option<int> old = slot.replace(6);
  FERRITE_CHECK(old == None);
  FERRITE_CHECK(slot == 6);
}

FERRITE_TEST(get_or_insert_with_builds_only_when_empty) {
  Option<int> cache = None;
  int builds = 0;
  const auto build = [&builds] {
    ++builds;
    return 100;
  };
  FERRITE_CHECK(cache.get_or_insert_with(build) == 100);
  FERRITE_CHECK(cache.get_or_insert_with(build) == 100);
  FERRITE_CHECK(builds == 1);
}

FERRITE_TEST(comparisons_order_none_before_every_some) {
  const Option<int> nothing = None;
  const Option<int> low = Some(-5);
  const Option<int> high = Some(5);
  FERRITE_CHECK(nothing < low);
  FERRITE_CHECK(low < high);
  FERRITE_CHECK(!(high < low));
  FERRITE_CHECK(nothing <= nothing);
  FERRITE_CHECK(low != high);
  FERRITE_CHECK(low == Option<int>(-5));
  FERRITE_CHECK(nothing != low);
}

FERRITE_TEST(a_non_trivial_value_is_destroyed_exactly_once) {
  struct Tracked {
    int* live;
    explicit Tracked(int* counter) : live(counter) { ++*live; }
    Tracked(const Tracked& other) : live(other.live) { ++*live; }
    ~Tracked() { --*live; }
  };
  int live = 0;
  {
    Option<Tracked> held = Some(Tracked{&live});  // the temporaries are gone again
    FERRITE_CHECK(live == 1);
    held = None;
    FERRITE_CHECK(live == 0);
  }
  FERRITE_CHECK(live == 0);
}

inline constexpr Case cases[] = {
    {"a default Option is None", a_default_option_is_none},
    {"Some holds edge values, and Some(0) is a value", some_holds_edge_values},
    {"unwrap_or_else calls the fallback only for None", unwrap_or_else_calls_the_fallback_only_for_none},
#if !FERRITE_NO_PANIC
    {"unwrap and expect of Some return the value", unwrap_and_expect_of_some_return_the_value},
#endif
    {"as_ptr is null for None and points at the value for Some",
     as_ptr_is_null_for_none_and_points_at_the_value_for_some},
    {"map, and_then and filter chain like Rust", map_and_then_and_filter_chain_like_rust},
    {"an Option<T&> refers to the original object", an_option_reference_refers_to_the_original_object},
    {"take leaves None and replace returns the old value",
     take_leaves_none_and_replace_returns_the_old_value},
    {"get_or_insert_with builds only when empty", get_or_insert_with_builds_only_when_empty},
    {"comparisons order None before every Some", comparisons_order_none_before_every_some},
    {"a non-trivial value is destroyed exactly once", a_non_trivial_value_is_destroyed_exactly_once},
};

}  // namespace ferrite_portable::option_suite

#endif  // FERRITE_TESTS_PORTABLE_OPTION_SUITE_HPP
