// EXPECT: FERRITE_NO_PANIC forbids it: use split_at_checked
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, split_at (which panics past the end) does not compile.
#include <ferrite/span.hpp>

int main() {
  int a[3] = {1, 2, 3};
  ferrite::Span<int> s = a;
  auto fine = s.split_at_checked(1);
  auto panicky = s.split_at(1);  // the offending line
  return fine.is_some() ? 0 : 1;
}
