// EXPECT: FERRITE_NO_PANIC forbids it: use FERRITE_TRY, unwrap_or, unwrap_or_else or ok\(\)
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, Result::unwrap (which panics on Err) does not compile, and the message
// names the alternatives.
#include <ferrite/errno.hpp>

int main() {
  ferrite::Result<int, ferrite::Errno> r = ferrite::Ok(1);
  int fine = r.unwrap_or(0);
  int panicky = r.unwrap();  // the offending line
  return fine;
}
