// EXPECT: FERRITE_NO_PANIC forbids it: use unwrap_or, unwrap_or_else, as_ptr\(\)
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, Option::unwrap (which panics on None) does not compile, and the message
// names the alternatives. Merely including ferrite and using the non-panicking forms stays fine.
#include <ferrite/option.hpp>

int main() {
  ferrite::Option<int> port = 8080;
  int fine = port.unwrap_or(0);
  int panicky = port.unwrap();  // the offending line
  return fine;
}
