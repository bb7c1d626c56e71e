// EXPECT: private|is private within this context
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A NonZero is made only through make (checked) or make_unchecked (stated precondition): its
// constructor is not public, so NonZero<int>(0) cannot exist.
#include <ferrite/nonzero.hpp>

int main() {
  auto fine = ferrite::NonZero<int>::make(1);
  ferrite::NonZero<int> zero(0);  // the offending line
  return fine.is_some() ? 0 : 1;
}
