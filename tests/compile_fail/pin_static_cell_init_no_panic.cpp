// EXPECT: FERRITE_NO_PANIC forbids it: use try_init
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// StaticCell::init panics on a cell that is already initialized, so FERRITE_NO_PANIC rejects it
// and names try_init, which never panics.
#include <ferrite/pin.hpp>

constinit ferrite::StaticCell<int> cell;

int main() {
  auto fine = cell.try_init(ferrite::emplace<int>(1));
  auto panicky = cell.init(ferrite::emplace<int>(2));  // the offending line
  return fine.is_some() ? 0 : 1;
}
