// EXPECT: builds an aggregate field by field
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Field-wise initialization needs an aggregate: a class with constructors is built with
// emplace or init_from_fn instead.
#include <ferrite/pin.hpp>

struct WithConstructor {
  explicit WithConstructor(int v) : value(v) {}
  int value;
};
struct Aggregate {
  int value;
};

int main() {
  auto fine = ferrite::pin_init<Aggregate>(ferrite::field<&Aggregate::value>(1));
  auto wrong = ferrite::pin_init<WithConstructor>(ferrite::field<&WithConstructor::value>(1));  // the offending line
  (void)fine;
  return 0;
}
