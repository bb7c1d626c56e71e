// EXPECT: use of deleted function|call to deleted constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A List head is not copyable: a copied list_head points into the original's ring.
#include <ferrite/list.hpp>

struct Item {
  ferrite::ListLink link;
};

int main() {
  ferrite::List<Item, &Item::link> list;
  ferrite::List<Item, &Item::link> copy = list;  // the offending line
  return list.is_empty() ? 0 : 1;
}
