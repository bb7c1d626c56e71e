// EXPECT: Result<const T, E> is not supported
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A Result is const as a whole, as in Rust: Result<const T, E> is refused with a reason, while a
// const Result<T, E> is fine.
#include <ferrite/errno.hpp>

int main() {
  const ferrite::Result<int, ferrite::Errno> fine = ferrite::Ok(1);
  ferrite::Result<const int, ferrite::Errno> refused = ferrite::Ok(1);  // the offending line
  return fine.unwrap_or(0);
}
