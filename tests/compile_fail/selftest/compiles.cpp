// EXPECT: .*
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Runner self-test: this snippet compiles, so the runner must report it as a failure even
// though its EXPECT pattern matches anything.
#include <ferrite/utility.hpp>

int main() { return ferrite::detail::is_same_v<int, int> ? 0 : 1; }
