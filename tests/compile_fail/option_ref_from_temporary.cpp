// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An Option<const T&> made from a temporary would dangle at the end of the statement: refused.
#include <ferrite/option.hpp>

int make_value() { return 5; }

int main() {
  int kept = 4;
  ferrite::Option<const int&> fine = kept;
  ferrite::Option<const int&> dangling = make_value();  // the offending line
  return fine.is_some() ? 0 : 1;
}
