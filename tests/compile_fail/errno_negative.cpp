// EXPECT: errno_code_must_be_between_1_and_4095
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An Errno holds the positive code; the kernel's -ENOMEM must go through Errno::from_neg.
#include <errno.h>

#include <ferrite/errno.hpp>

int main() {
  ferrite::Errno fine(ENOMEM);
  ferrite::Errno negative(-ENOMEM);  // the offending line
  return fine.code();
}
