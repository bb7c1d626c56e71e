// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/scope_guard.hpp and ferrite/non_null.hpp: the goto-ladder
// replacement and the never-null pointer, as a driver's probe path uses them.
#ifndef FERRITE_TESTS_PORTABLE_SCOPE_GUARD_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_SCOPE_GUARD_SUITE_HPP

#include "check.hpp"
#include "ferrite/non_null.hpp"
#include "ferrite/scope_guard.hpp"

namespace ferrite_portable::scope_guard_suite {

using ferrite::NonNull;
using ferrite::None;
using ferrite::Option;

/// A probe that acquires three resources and fails at step `fail_at` (0: never); `log` records
/// acquisitions as +n and releases as -n, in order, as digits of one number.
inline int probe(int fail_at, long& log) {
  const auto step = [&log](int n) { log = log * 10 + n; };
  step(1);
  auto undo_1 = ferrite::defer([&] { log = log * 10 + 4; });  // 4 = release of 1
  if (fail_at == 2) return -5;
  step(2);
  auto undo_2 = ferrite::defer([&] { log = log * 10 + 5; });  // 5 = release of 2
  if (fail_at == 3) return -5;
  step(3);
  undo_1.dismiss();
  undo_2.dismiss();
  return 0;
}

FERRITE_TEST(guards_undo_exactly_what_was_done_in_reverse_order) {
  long log = 0;
  FERRITE_CHECK(probe(2, log) == -5);
  FERRITE_CHECK(log == 14);  // acquired 1, released 1
  log = 0;
  FERRITE_CHECK(probe(3, log) == -5);
  FERRITE_CHECK(log == 1254);  // acquired 1, 2; released 2, then 1
  log = 0;
  FERRITE_CHECK(probe(0, log) == 0);
  FERRITE_CHECK(log == 123);  // success: nothing undone
}

FERRITE_TEST(ferrite_defer_runs_its_statement_at_scope_exit) {
  int released = 0;
  {
    FERRITE_DEFER(++released);
    FERRITE_CHECK(released == 0);
  }
  FERRITE_CHECK(released == 1);
}

FERRITE_TEST(a_dismissed_guard_is_disarmed) {
  int runs = 0;
  {
    auto guard = ferrite::defer([&runs] { ++runs; });
    FERRITE_CHECK(guard.is_armed());
    guard.dismiss();
    FERRITE_CHECK(!guard.is_armed());
  }
  FERRITE_CHECK(runs == 0);
}

static_assert(sizeof(Option<NonNull<int>>) == sizeof(int*), "None is the null pattern");

FERRITE_TEST(non_null_make_rejects_null_and_keeps_the_address) {
  int object = 5;
  FERRITE_CHECK(NonNull<int>::make(nullptr) == None);
  const Option<NonNull<int>> made = NonNull<int>::make(&object);
  FERRITE_CHECK(made.is_some());
  if (const NonNull<int>* pointer = made.as_ptr(); pointer != nullptr) {
    FERRITE_CHECK(pointer->get() == &object);
    FERRITE_CHECK(**pointer == 5);
  }
  FERRITE_CHECK(NonNull<int>(object) == NonNull<int>(object));
}

inline constexpr Case cases[] = {
    {"guards undo exactly what was done, in reverse order",
     guards_undo_exactly_what_was_done_in_reverse_order},
    {"FERRITE_DEFER runs its statement at scope exit", ferrite_defer_runs_its_statement_at_scope_exit},
    {"a dismissed guard is disarmed", a_dismissed_guard_is_disarmed},
    {"NonNull::make rejects null and keeps the address", non_null_make_rejects_null_and_keeps_the_address},
};

}  // namespace ferrite_portable::scope_guard_suite

#endif  // FERRITE_TESTS_PORTABLE_SCOPE_GUARD_SUITE_HPP
