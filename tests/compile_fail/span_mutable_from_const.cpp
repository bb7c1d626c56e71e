// EXPECT: conversion from .*Span<const int>.* to .*Span<int>
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Span<T> -> Span<const T> is implicit; Span<const T> -> Span<T> would let read-only data be
// written, and does not exist.
#include <ferrite/span.hpp>

int main() {
  const int table[3] = {1, 2, 3};
  ferrite::Span<const int> readonly = table;
  ferrite::Span<int> writable = readonly;  // the offending line
  return static_cast<int>(readonly.size());
}
