// EXPECT: Some<T&>\(x\) needs an lvalue
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Some<T&> of a temporary would make an Option<T&> that dangles: a static_assert says why.
#include <ferrite/option.hpp>

int main() {
  int kept = 1;
  ferrite::Option<int&> fine = ferrite::Some<int&>(kept);
  auto dangling = ferrite::Some<int&>(5);  // the offending line
  return fine.is_some() ? 0 : 1;
}
