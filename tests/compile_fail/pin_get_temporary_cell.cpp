// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A Pin from a temporary StaticCell would outlive the cell: get() on an rvalue cell is deleted.
#include <ferrite/pin.hpp>

int main() {
  auto pin = ferrite::StaticCell<int>().get();  // the offending line
  return pin.is_some() ? 1 : 0;
}
