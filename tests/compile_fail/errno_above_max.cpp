// EXPECT: errno_code_must_be_between_1_and_4095
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Codes above MAX_ERRNO (4095) are not kernel error codes: Errno(5000) is rejected at compile time,
// while 4095 itself is fine.
#include <ferrite/errno.hpp>

int main() {
  ferrite::Errno fine(4095);
  ferrite::Errno too_big(5000);  // the offending line
  return fine.code();
}
