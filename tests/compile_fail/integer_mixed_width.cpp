// EXPECT: no matching function for call to .wrapping_mul|no matching function for call to 'wrapping_mul'
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Same signedness is not enough: short and int operands do not mix either (C++ would promote the
// short silently).
#include <ferrite/integer.hpp>

int main() {
  short narrow = 3;
  int wide = 4;
  int fine = ferrite::wrapping_mul(wide, wide);
  int mixed = ferrite::wrapping_mul(narrow, wide);  // the offending line
  return fine;
}
