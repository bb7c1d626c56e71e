// EXPECT: FERRITE_NO_PANIC forbids it: use checked_div
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// wrapping_div panics on a zero divisor, as in Rust; with FERRITE_NO_PANIC=1 using it is a
// compile error that names checked_div, while the non-panicking forms stay available.
#include <ferrite/integer.hpp>

int main(int argc, char**) {
  auto fine = ferrite::checked_div(10, argc);
  int quotient = ferrite::wrapping_div(10, argc);  // the offending line
  return fine.unwrap_or(0);
}
