// EXPECT: use of deleted function|call to deleted constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A ListLink is not movable: its neighbours point at its address.
#include <ferrite/list.hpp>

int main() {
  ferrite::ListLink link;
  ferrite::ListLink moved = static_cast<ferrite::ListLink&&>(link);  // the offending line
  return link.is_linked() ? 1 : 0;
}
