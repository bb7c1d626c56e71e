// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Every portable suite, in one array that each runtime hands to `ferrite_portable::run`.
// A new header's suite: add `<topic>_suite.hpp` here and one line to `all_suites`.
#ifndef FERRITE_TESTS_PORTABLE_ALL_SUITES_HPP
#define FERRITE_TESTS_PORTABLE_ALL_SUITES_HPP

#include "check.hpp"
#include "config_suite.hpp"
#include "errno_suite.hpp"
#include "harness_suite.hpp"
#include "integer_suite.hpp"
#include "integer_types_suite.hpp"
#include "iter_suite.hpp"
#include "list_suite.hpp"
#include "option_suite.hpp"
#include "pin_suite.hpp"
#include "result_suite.hpp"
#include "scope_guard_suite.hpp"
#include "span_suite.hpp"

namespace ferrite_portable {

inline constexpr Suite all_suites[] = {
    make_suite("harness", harness_suite::cases),
    make_suite("config", config_suite::cases),
    make_suite("option", option_suite::cases),
    make_suite("result", result_suite::cases),
    make_suite("errno", errno_suite::cases),
    make_suite("integer", integer_suite::cases),
    make_suite("NonZero, Wrapping, Saturating, Checked", integer_types_suite::cases),
    make_suite("span", span_suite::cases),
    make_suite("list", list_suite::cases),
    make_suite("pin", pin_suite::cases),
    make_suite("iter", iter_suite::cases),
    make_suite("scope_guard and non_null", scope_guard_suite::cases),
};

}  // namespace ferrite_portable

#endif  // FERRITE_TESTS_PORTABLE_ALL_SUITES_HPP
