// EXPECT: use of deleted function|overload resolution selected deleted operator|deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A type deriving Pinned<Self> cannot be assigned over.
#include <ferrite/pin.hpp>

struct Device : ferrite::Pinned<Device> {
  int irq;
};

int main() {
  Device a{{}, 5};
  Device b{{}, 6};
  a = b;  // the offending line
  return a.irq + b.irq;
}
