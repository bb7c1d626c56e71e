// EXPECT: use of deleted function|call to deleted constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A ListLink is not copyable: a copy would claim to be linked where no neighbour points.
#include <ferrite/list.hpp>

int main() {
  ferrite::ListLink link;
  ferrite::ListLink copy = link;  // the offending line
  return link.is_linked() ? 1 : 0;
}
