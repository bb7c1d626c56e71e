// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// insert on an Option<const T&> would store a pointer to a temporary: refused, while an lvalue is fine.
#include <ferrite/option.hpp>

int main() {
  int kept = 1;
  ferrite::Option<const int&> ref;
  ref.insert(kept);
  ref.insert(5);  // the offending line
  return ref.is_some() ? 0 : 1;
}
