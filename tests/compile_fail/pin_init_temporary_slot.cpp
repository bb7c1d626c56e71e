// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A temporary StackSlot dies at the end of the statement: initializing it would hand out a Pin
// to dead storage, so init on an rvalue slot is deleted.
#include <ferrite/pin.hpp>

struct Counter : ferrite::Pinned<Counter> {
  int value;
};

int main() {
  auto pin = ferrite::StackSlot<Counter>().init(ferrite::emplace<Counter>());  // the offending line
  return 0;
}
