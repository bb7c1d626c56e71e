// EXPECT: use of deleted function|call to (implicitly-)?deleted (copy )?constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An element with a link is not movable either, so a linked element cannot be moved away.
#include <ferrite/list.hpp>

struct Item {
  int value;
  ferrite::ListLink link;
};

int main() {
  Item item{1, {}};
  Item moved = static_cast<Item&&>(item);  // the offending line
  return item.value;
}
