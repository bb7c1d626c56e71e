// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// PENDING (not run: the runner reads tests/compile_fail/*.cpp only). Move it up one directory
// once option.hpp deletes `as_ptr() &&` / `as_ptr() const&&` for a value (non-reference) T.
// Today this compiles, and the pointer dangles at the end of the statement: GCC -O2 reports
// -Wdangling-pointer in examples like this, Clang says nothing. Option<T&>::as_ptr on a temporary
// stays fine: it points at the referent, not into the Option.
#include <ferrite/option.hpp>

ferrite::Option<int> lookup(int key) {
  if (key == 0) return ferrite::None;
  return key * 2;
}

int main() {
  const int* dangling = lookup(3).as_ptr();  // the offending line
  return dangling != nullptr ? 0 : 1;
}
