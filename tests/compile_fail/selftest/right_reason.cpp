// EXPECT: selftest static_assert fired
// FLAGS: -DFERRITE_SELFTEST_FIRE=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Runner self-test: fails to compile for exactly the expected reason, and only with its FLAGS
// line applied, so the runner must report it as passed (proving FLAGS reach the compiler).
#include <ferrite/utility.hpp>

static_assert(!FERRITE_SELFTEST_FIRE, "selftest static_assert fired");

int main() { return 0; }
