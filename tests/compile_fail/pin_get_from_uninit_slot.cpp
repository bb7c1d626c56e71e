// EXPECT: no member named 'get'|has no member named .get.
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A StackSlot hands out its Pin only from a successful init: there is no get() to reach a
// value that may not have been built.
#include <ferrite/pin.hpp>

int main() {
  ferrite::StackSlot<int> slot;
  ferrite::Pin<int> pin = slot.get();  // the offending line
  return slot.is_initialized() ? 1 : 0;
}
