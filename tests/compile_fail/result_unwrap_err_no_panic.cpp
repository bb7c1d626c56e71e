// EXPECT: FERRITE_NO_PANIC forbids it: use err\(\) or is_err_and
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, Result::unwrap_err (which panics on Ok) does not compile, and the message
// names the alternatives.
#include <ferrite/errno.hpp>

int main() {
  ferrite::Result<int, ferrite::Errno> r = ferrite::Err(ferrite::Errno::Io);
  bool fine = r.err().is_some();
  ferrite::Errno panicky = r.unwrap_err();  // the offending line
  return fine ? 0 : 1;
}
