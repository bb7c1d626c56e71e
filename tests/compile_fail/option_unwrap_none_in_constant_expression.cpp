// EXPECT: non-.{0,3}constexpr.{0,3} function .*panic
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// In a constant expression, unwrapping None reaches the panic path, which is not constexpr: the
// "panic" becomes a compile error instead of a run-time trap, while unwrapping Some is fine.
#include <ferrite/option.hpp>

constexpr ferrite::Option<int> half(int v) {
  if (v % 2 != 0) return ferrite::None;
  return v / 2;
}

static_assert(half(4).unwrap() == 2);
static_assert(half(3).unwrap() == 1);  // the offending line

int main() { return 0; }
