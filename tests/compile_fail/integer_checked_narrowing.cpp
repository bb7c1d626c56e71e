// EXPECT: is not a constant expression
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// No implicit narrowing into Checked: a run-time int does not convert to Checked<uint8_t> (it may
// be negative or too large); checked_cast<uint8_t>(value) gives the Option that Checked takes.
#include <ferrite/checked.hpp>

int main(int argc, char**) {
  ferrite::Checked<unsigned char> fine = ferrite::checked_cast<unsigned char>(argc);
  ferrite::Checked<unsigned char> narrowed = argc;  // the offending line
  return fine.overflowed() ? 1 : 0;
}
