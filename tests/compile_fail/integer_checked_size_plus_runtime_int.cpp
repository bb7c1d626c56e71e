// EXPECT: is not a constant expression
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The allocation-size idiom takes operands of type size_t (or narrower unsigned types, or
// constants); a run-time signed int cannot sneak in and turn -1 into SIZE_MAX.
#include <ferrite/checked.hpp>

int main(int argc, char**) {
  __SIZE_TYPE__ count = 3;
  unsigned size = 8;
  auto fine = ferrite::Checked<__SIZE_TYPE__>(count) * size + 16;
  auto mixed = ferrite::Checked<__SIZE_TYPE__>(count) * argc;  // the offending line
  return fine.overflowed() ? 1 : 0;
}
