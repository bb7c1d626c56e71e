// EXPECT: use of deleted function|call to deleted constructor
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An HList head is not movable: its first element's `pprev` points into the head.
#include <ferrite/hlist.hpp>

struct Entry {
  ferrite::HListLink link;
};

int main() {
  ferrite::HList<Entry, &Entry::link> bucket;
  ferrite::HList<Entry, &Entry::link> moved = static_cast<ferrite::HList<Entry, &Entry::link>&&>(bucket);  // the offending line
  return bucket.is_empty() ? 0 : 1;
}
