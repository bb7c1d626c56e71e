// EXPECT: Option<T&&> is not supported
// SPDX-License-Identifier: MIT OR Apache-2.0
// Option of an rvalue reference has no meaning: only Option<T> and Option<T&> exist.
#include <ferrite/option.hpp>

int main() {
  ferrite::Option<int&&> odd = ferrite::None;  // the offending line
  (void)odd;
  return 0;
}
