// EXPECT: an int is not an Errno
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// `return Err(ENOMEM);` passes a plain int: it never becomes an Errno silently (it would bypass
// the range check). Write Err(Errno::NoMem), Err(Errno(ENOMEM)), or Errno::from_raw for a run-time int.
#include <errno.h>

#include <ferrite/errno.hpp>

ferrite::Result<void, ferrite::Errno> allocate(bool fail) {
  if (fail) return ferrite::Err(ferrite::Errno(ENOMEM));
  return ferrite::Ok();
}

ferrite::Result<void, ferrite::Errno> allocate_with_int(bool fail) {
  if (fail) return ferrite::Err(ENOMEM);  // the offending line
  return ferrite::Ok();
}

int main() { return ferrite::to_neg(allocate(true)); }
