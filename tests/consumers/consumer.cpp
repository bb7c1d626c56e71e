// SPDX-License-Identifier: MIT OR Apache-2.0
//
// What a project that depends on ferrite compiles: the consumers in this directory (CMake
// find_package, CMake add_subdirectory, Meson subproject, pkg-config) all build this file and run
// it. It exits 0 only if ferrite's headers were found and behave.
#include <ferrite.hpp>

namespace {

using ferrite::Errno;
using ferrite::Result;

Result<int, Errno> parse_digit(char c) {
  if (c < '0' || c > '9') return ferrite::Err(Errno::Inval);
  return ferrite::Ok(c - '0');
}

Result<int, Errno> add_digits(char a, char b) {
  int x = FERRITE_TRY(parse_digit(a));
  int y = FERRITE_TRY(parse_digit(b));
  return ferrite::Ok(x + y);
}

}  // namespace

int main() {
  if (add_digits('4', '2').unwrap_or(-1) != 6) return 1;
  if (add_digits('4', 'x').err() != ferrite::Some(Errno::Inval)) return 2;
  if (parse_digit('7').ok().map([](int d) { return d * 2; }).unwrap_or(0) != 14) return 3;
  return 0;
}
