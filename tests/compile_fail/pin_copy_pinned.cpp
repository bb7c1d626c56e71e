// EXPECT: use of deleted function|call to (implicitly-)?deleted (copy )?constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A type deriving Pinned cannot be copied.
#include <ferrite/pin.hpp>

struct Device : ferrite::Pinned {
  int irq;
};

int main() {
  Device dev{{}, 5};
  Device copy = dev;  // the offending line
  return dev.irq;
}
