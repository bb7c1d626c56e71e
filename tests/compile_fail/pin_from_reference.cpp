// EXPECT: private|no matching (function|constructor)
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A Pin cannot be made from a plain reference: only storage that ran an initializer (or the
// explicitly unchecked new_unchecked) can vouch that the object is built and will not move.
#include <ferrite/pin.hpp>

int main() {
  static int value = 3;
  ferrite::Pin<int> vouched = ferrite::Pin<int>::new_unchecked(value);
  ferrite::Pin<int> pin{&value};  // the offending line
  return *vouched;
}
