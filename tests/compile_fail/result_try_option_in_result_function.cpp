// EXPECT: NoneType
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// As in Rust, FERRITE_TRY on an Option works only in a function returning an Option: in a function
// returning a Result, None has no error to become (convert with ok_or first).
#include <ferrite/errno.hpp>

ferrite::Option<int> lookup(int key) {
  if (key < 0) return ferrite::None;
  return key;
}

ferrite::Result<int, ferrite::Errno> fine(int key) {
  int value = FERRITE_TRY(lookup(key).ok_or(ferrite::Errno::NoEnt));
  return ferrite::Ok(value);
}

ferrite::Result<int, ferrite::Errno> refused(int key) {
  int value = FERRITE_TRY(lookup(key));  // the offending line
  return ferrite::Ok(0);
}

int main() { return fine(1).unwrap_or(0); }
