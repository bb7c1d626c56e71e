// EXPECT: errno_code_must_be_between_1_and_4095
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// 0 is success, never an Errno: Errno(0) is rejected at compile time.
#include <ferrite/errno.hpp>

int main() {
  ferrite::Errno fine(1);
  ferrite::Errno zero(0);  // the offending line
  return fine.code();
}
