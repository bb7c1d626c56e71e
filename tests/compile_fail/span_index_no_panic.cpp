// EXPECT: FERRITE_NO_PANIC forbids it: use get\(index\)
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, operator[] (which panics out of bounds) does not compile, and the
// message names the alternative.
#include <ferrite/span.hpp>

int main() {
  int a[3] = {1, 2, 3};
  ferrite::Span<int> s = a;
  int fallback = 0;
  int fine = s.get(0).unwrap_or(fallback);
  int panicky = s[0];  // the offending line
  return fine;
}
