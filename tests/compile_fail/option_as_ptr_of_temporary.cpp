// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A pointer into a temporary Option<T> dangles at the end of the statement: as_ptr() of an rvalue
// Option<T> is refused, while naming the Option first is fine.
#include <ferrite/option.hpp>

ferrite::Option<int> lookup(int key) {
  if (key < 0) return ferrite::None;
  return key;
}

int main() {
  ferrite::Option<int> found = lookup(1);
  const int* fine = found.as_ptr();
  const int* dangling = lookup(2).as_ptr();  // the offending line
  return fine != nullptr ? 0 : 1;
}
