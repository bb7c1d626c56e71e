// EXPECT: inside a virtual \(or inaccessible\) base of T
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A link inside a virtual base has no fixed offset in the element, so the element cannot be
// recovered from the link: the List refuses it at compile time.
#include <ferrite/list.hpp>

struct Hooked {
  ferrite::ListLink link;
};
struct Plain : Hooked {};
struct Diamond : virtual Hooked {};

int main() {
  ferrite::List<Plain, &Plain::link> fine;
  ferrite::List<Diamond, &Diamond::link> refused;  // the offending line
  return fine.is_empty() ? 0 : 1;
}
