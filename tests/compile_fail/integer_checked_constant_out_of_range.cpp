// EXPECT: integer_constant_does_not_fit_the_target_type|is not a constant expression
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A constant operand of another type is accepted only if it fits: 255 into Checked<uint8_t> is
// fine, 300 is a compile error.
#include <ferrite/checked.hpp>

int main() {
  ferrite::Checked<unsigned char> fine = 255;
  ferrite::Checked<unsigned char> too_big = 300;  // the offending line
  return fine.overflowed() ? 1 : 0;
}
