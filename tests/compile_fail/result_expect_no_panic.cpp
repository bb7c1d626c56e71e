// EXPECT: FERRITE_NO_PANIC forbids it: use FERRITE_TRY, unwrap_or, unwrap_or_else or ok\(\)
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, Result::expect on a Result<void, E> does not compile either.
#include <ferrite/errno.hpp>

int main() {
  ferrite::Result<void, ferrite::Errno> r = ferrite::Ok();
  int fine = ferrite::to_neg(r);
  r.expect("the device resets");  // the offending line
  return fine;
}
