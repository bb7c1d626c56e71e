// EXPECT: needs a ListLink
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// List<T, &T::m> must name a ListLink member; an SListLink belongs on an SList.
#include <ferrite/list.hpp>
#include <ferrite/slist.hpp>

struct Item {
  ferrite::ListLink link;
  ferrite::SListLink stack_link;
};

int main() {
  ferrite::List<Item, &Item::link> fine;
  ferrite::List<Item, &Item::stack_link> wrong;  // the offending line
  return fine.is_empty() ? 0 : 1;
}
