// EXPECT: use of deleted function|call to deleted constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An SList head is not copyable: its last element points back at the original head.
#include <ferrite/slist.hpp>

struct Work {
  ferrite::SListLink link;
};

int main() {
  ferrite::SList<Work, &Work::link> pending;
  ferrite::SList<Work, &Work::link> copy = pending;  // the offending line
  return pending.is_empty() ? 0 : 1;
}
