// EXPECT: no matching member function for call to .write_le.|no matching function for call to .*write_le
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A read-only byte span can be read in any byte order but not written.
#include <ferrite/span.hpp>

int main() {
  const unsigned char bytes[4] = {1, 2, 3, 4};
  ferrite::Span<const unsigned char> s = bytes;
  auto fine = s.read_le<unsigned int>(0);
  auto refused = s.write_le<unsigned int>(0, 5u);  // the offending line
  return fine.is_some() ? 0 : 1;
}
