// EXPECT: no matching function for call to .checked_add|no matching function for call to 'checked_add'
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Both operands of an integer function have one type: checked_add(int, unsigned) is a compile
// error, never a silent conversion of -1 to 4294967295.
#include <ferrite/integer.hpp>

int main() {
  int signed_value = -1;
  unsigned unsigned_value = 1;
  auto fine = ferrite::checked_add(signed_value, signed_value);
  auto mixed = ferrite::checked_add(signed_value, unsigned_value);  // the offending line
  return fine.unwrap_or(0);
}
