// EXPECT: Ok<T&>\(x\) needs an lvalue
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Ok<const T&> of a temporary would make a Result<const T&, E> that dangles: refused.
#include <ferrite/errno.hpp>

int main() {
  int kept = 1;
  ferrite::Result<const int&, ferrite::Errno> fine = ferrite::Ok<const int&>(kept);
  ferrite::Result<const int&, ferrite::Errno> dangling = ferrite::Ok<const int&>(5);  // the offending line
  return fine.is_ok() ? 0 : 1;
}
