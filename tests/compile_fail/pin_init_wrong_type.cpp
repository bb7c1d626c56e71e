// EXPECT: builds a different type
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An initializer for one type cannot be run into a slot of another.
#include <ferrite/pin.hpp>

int main() {
  ferrite::StackSlot<long> slot;
  auto fine = slot.init(ferrite::emplace<long>(1L));
  auto wrong = slot.init(ferrite::emplace<int>(1));  // the offending line
  return fine.is_ok() ? 0 : 1;
}
