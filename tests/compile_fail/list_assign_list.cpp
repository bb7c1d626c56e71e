// EXPECT: use of deleted function|overload resolution selected deleted operator|deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A List head cannot be assigned over: the old ring would be lost, the new one shared.
#include <ferrite/list.hpp>

struct Item {
  ferrite::ListLink link;
};

int main() {
  ferrite::List<Item, &Item::link> a;
  ferrite::List<Item, &Item::link> b;
  a = b;  // the offending line
  return a.is_empty() && b.is_empty() ? 0 : 1;
}
