// EXPECT: use of deleted function|call to (implicitly-)?deleted (copy )?constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A type deriving Pinned<Self> cannot be moved.
#include <ferrite/pin.hpp>

struct Device : ferrite::Pinned<Device> {
  int irq;
};

int main() {
  Device dev{{}, 5};
  Device moved = static_cast<Device&&>(dev);  // the offending line
  return dev.irq;
}
