// EXPECT: no matching function for call to .checked_abs|no matching function for call to 'checked_abs'
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The abs family exists for signed types only, as in Rust: the absolute value of an unsigned
// number is a mistake in the caller's reasoning.
#include <ferrite/integer.hpp>

int main() {
  int signed_value = -3;
  unsigned unsigned_value = 3;
  auto fine = ferrite::checked_abs(signed_value);
  auto wrong = ferrite::checked_abs(unsigned_value);  // the offending line
  return fine.unwrap_or(0);
}
