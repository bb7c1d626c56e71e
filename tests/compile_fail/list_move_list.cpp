// EXPECT: use of deleted function|call to deleted constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A List head is not movable: its elements point at the sentinel inside it.
#include <ferrite/list.hpp>

struct Item {
  ferrite::ListLink link;
};

int main() {
  ferrite::List<Item, &Item::link> list;
  ferrite::List<Item, &Item::link> moved = static_cast<ferrite::List<Item, &Item::link>&&>(list);  // the offending line
  return list.is_empty() ? 0 : 1;
}
