// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Assigning a temporary to an Option<const T&> would rebind it to something that dies at the end
// of the statement: refused, while rebinding to an lvalue is fine.
#include <ferrite/option.hpp>

int main() {
  int first = 1;
  int second = 2;
  ferrite::Option<const int&> ref = first;
  ref = second;
  ref = 5;  // the offending line
  return ref.is_some() ? 0 : 1;
}
