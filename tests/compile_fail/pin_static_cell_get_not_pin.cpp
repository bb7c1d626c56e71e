// EXPECT: conversion from .*Option.* to non-scalar type|no viable conversion from .*Option
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A StaticCell may be empty, so get() gives an Option<Pin<T>>, never a bare Pin<T>: the pinned
// reference of an uninitialized cell cannot be had by accident.
#include <ferrite/pin.hpp>

constinit ferrite::StaticCell<int> cell;

int main() {
  ferrite::Option<ferrite::Pin<int>> maybe = cell.get();
  ferrite::Pin<int> pin = cell.get();  // the offending line
  return maybe.is_some() ? 1 : 0;
}
