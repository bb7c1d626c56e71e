// EXPECT: ignoring return value|nodiscard
// FLAGS: -Werror
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// try_push_back's Result must not be dropped: an element already on a list (EBUSY) would go
// unnoticed.
#include <ferrite/list.hpp>

struct Item {
  ferrite::ListLink link;
};

void push(ferrite::List<Item, &Item::link>& list, Item& item) {
  list.try_push_back(item);  // the offending line
}
