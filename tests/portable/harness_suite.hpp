// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Tests of the check interface itself. With -DFERRITE_PORTABLE_FORCE_FAIL it also holds one
// deliberately failing check: the target stage builds every runtime that way once and expects
// that runtime to report `1 failed` and turn red, proving a failure cannot pass unnoticed.
#ifndef FERRITE_TESTS_PORTABLE_HARNESS_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_HARNESS_SUITE_HPP

#include "check.hpp"

namespace ferrite_portable::harness_suite {

inline void write_nothing(const char*) {}

FERRITE_TEST(a_failed_check_is_counted_and_later_checks_still_run) {
  Context inner{write_nothing};
  inner.check(false, "false", __FILE__, __LINE__);
  inner.check(true, "true", __FILE__, __LINE__);
  FERRITE_CHECK(inner.failed() == 1);
  FERRITE_CHECK(inner.passed() == 1);
}

#ifdef FERRITE_PORTABLE_FORCE_FAIL
// `volatile` keeps the compiler from proving anything about the value.
inline volatile int force_fail_operand = 1;
FERRITE_TEST(deliberately_failing_check) { FERRITE_CHECK(force_fail_operand + 1 == 3); }
#endif

inline constexpr Case cases[] = {
    {"a failed check is counted and later checks still run",
     a_failed_check_is_counted_and_later_checks_still_run},
#ifdef FERRITE_PORTABLE_FORCE_FAIL
    {"FERRITE_PORTABLE_FORCE_FAIL: a deliberately failing check", deliberately_failing_check},
#endif
};

}  // namespace ferrite_portable::harness_suite

#endif  // FERRITE_TESTS_PORTABLE_HARNESS_SUITE_HPP
