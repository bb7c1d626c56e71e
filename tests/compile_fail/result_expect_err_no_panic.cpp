// EXPECT: FERRITE_NO_PANIC forbids it: use err\(\) or is_err_and
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, Result::expect_err does not compile.
#include <ferrite/errno.hpp>

int main() {
  ferrite::Result<int, ferrite::Errno> r = ferrite::Err(ferrite::Errno::Io);
  bool fine = r.is_err_and([](ferrite::Errno e) { return e == ferrite::Errno::Io; });
  ferrite::Errno panicky = r.expect_err("must fail");  // the offending line
  return fine ? 0 : 1;
}
