// EXPECT: conversion from .*Derived.* to .*Span<Base>|no viable conversion from .*Derived.* to .*Span<Base>
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An array of Derived must not be viewed as a Span<Base>: indexing would use the wrong stride.
#include <ferrite/span.hpp>

struct Base {
  int a;
};
struct Derived : Base {
  int b;
};

int main() {
  Derived items[2] = {};
  ferrite::Span<Derived> fine = items;
  ferrite::Span<Base> wrong_stride = items;  // the offending line
  return static_cast<int>(fine.size());
}
