// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/config.hpp and ferrite/utility.hpp: the pieces every other header
// stands on, run where no standard library exists.
#ifndef FERRITE_TESTS_PORTABLE_CONFIG_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_CONFIG_SUITE_HPP

#include "check.hpp"
#include "ferrite/config.hpp"
#include "ferrite/utility.hpp"

namespace ferrite_portable::config_suite {

namespace fd = ::ferrite::detail;

FERRITE_TEST(source_location_current_names_the_calling_line) {
  const ferrite::SourceLocation here = ferrite::SourceLocation::current();
  FERRITE_CHECK(here.line == __LINE__ - 1);
  FERRITE_CHECK(here.file != nullptr && here.file[0] != '\0');
}

FERRITE_TEST(debug_check_of_a_true_condition_continues) {
  int reached = 0;
  fd::debug_check(reached == 0, "never reported");
  reached = 1;
  FERRITE_CHECK(reached == 1);
}

FERRITE_TEST(exchange_returns_the_old_value_and_stores_the_new_one) {
  int slot = 7;
  const int old = fd::exchange(slot, 9);
  FERRITE_CHECK(old == 7);
  FERRITE_CHECK(slot == 9);
}

FERRITE_TEST(swap_exchanges_two_values) {
  long a = -1;
  long b = __LONG_MAX__;
  fd::swap(a, b);
  FERRITE_CHECK(a == __LONG_MAX__);
  FERRITE_CHECK(b == -1);
}

FERRITE_TEST(move_and_forward_keep_the_value) {
  int value = 42;
  int&& moved = fd::move(value);
  FERRITE_CHECK(&moved == &value);
  FERRITE_CHECK(fd::forward<int&>(value) == 42);
}

FERRITE_TEST(addressof_is_the_objects_address) {
  struct Odd {
    int x;
    constexpr Odd* operator&() const { return nullptr; }  // why addressof exists
  };
  Odd odd{3};
  FERRITE_CHECK(fd::addressof(odd) != nullptr);
  FERRITE_CHECK(fd::addressof(odd)->x == 3);
}

FERRITE_TEST(construct_at_builds_in_place_and_destroy_at_ends_the_lifetime) {
  struct Counted {
    int* live;
    explicit Counted(int* counter) : live(counter) { ++*live; }
    ~Counted() { --*live; }
  };
  int live = 0;
  alignas(Counted) unsigned char storage[sizeof(Counted)];
  Counted* object = fd::construct_at(reinterpret_cast<Counted*>(storage), &live);
  FERRITE_CHECK(live == 1);
  FERRITE_CHECK(static_cast<void*>(object) == static_cast<void*>(storage));
  fd::destroy_at(object);
  FERRITE_CHECK(live == 0);
}

FERRITE_TEST(type_traits_agree_with_the_target_abi) {
  // int32_t is `long` on arm-none-eabi and `int` elsewhere: traits must hold for both.
  FERRITE_CHECK(fd::is_signed_v<__INT32_TYPE__>);
  FERRITE_CHECK(!fd::is_signed_v<__UINT32_TYPE__>);
  FERRITE_CHECK(fd::is_same_v<fd::remove_cvref_t<const volatile int&>, int>);
  FERRITE_CHECK(sizeof(fd::uintptr_t) == sizeof(void*));
  FERRITE_CHECK(fd::is_trivially_destructible_v<int>);
}

inline constexpr Case cases[] = {
    {"SourceLocation::current names the calling line", source_location_current_names_the_calling_line},
    {"debug_check of a true condition continues", debug_check_of_a_true_condition_continues},
    {"exchange returns the old value and stores the new one",
     exchange_returns_the_old_value_and_stores_the_new_one},
    {"swap exchanges two values", swap_exchanges_two_values},
    {"move and forward keep the value", move_and_forward_keep_the_value},
    {"addressof is the object's address even with an overloaded operator&",
     addressof_is_the_objects_address},
    {"construct_at builds in place and destroy_at ends the lifetime",
     construct_at_builds_in_place_and_destroy_at_ends_the_lifetime},
    {"type traits agree with the target ABI", type_traits_agree_with_the_target_abi},
};

}  // namespace ferrite_portable::config_suite

#endif  // FERRITE_TESTS_PORTABLE_CONFIG_SUITE_HPP
