// EXPECT: Option<const T> is not supported
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An Option is const as a whole, as in Rust: Option<const T> is refused with a reason (its in-place
// operations could not rebuild the value), while a const Option<T> is fine.
#include <ferrite/option.hpp>

int main() {
  const ferrite::Option<int> fine = 3;
  ferrite::Option<const int> refused = 3;  // the offending line
  return fine.unwrap_or(0);
}
