// EXPECT: FERRITE_NO_PANIC forbids it: use unwrap_or, as_ptr\(\)
// FLAGS: -DFERRITE_NO_PANIC=1
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Under FERRITE_NO_PANIC, Option<T&>::unwrap does not compile either; as_ptr() is the test-and-use
// form that has no panic path.
#include <ferrite/option.hpp>

int main() {
  int device = 1;
  ferrite::Option<int&> found = device;
  int fine = 0;
  if (int* d = found.as_ptr()) fine = *d;
  int& panicky = found.unwrap();  // the offending line
  return fine;
}
