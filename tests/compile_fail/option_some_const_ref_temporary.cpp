// EXPECT: Some<T&>\(x\) needs an lvalue
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Some<const T&> binds anything, temporaries included; the static_assert still refuses them.
#include <ferrite/option.hpp>

int main() {
  int kept = 1;
  ferrite::Option<const int&> fine = ferrite::Some<const int&>(kept);
  auto dangling = ferrite::Some<const int&>(5);  // the offending line
  return fine.is_some() ? 0 : 1;
}
