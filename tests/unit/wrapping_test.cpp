// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The specification of ferrite/wrapping.hpp: Wrapping<T> and Saturating<T>, Rust's integer
// wrappers whose operators wrap or clamp. The arithmetic itself is integer.hpp's, tested to the
// bit in integer_test.cpp and against rustc; here: that each operator picks the right family.
#include "test_support.hpp"

#include <ferrite/wrapping.hpp>

#include <cstdint>

using namespace ferrite;

namespace {

// ---- Representation and constant expressions ----------------------------------------------------

static_assert(sizeof(Wrapping<uint8_t>) == 1 && sizeof(Wrapping<uint64_t>) == 8);
static_assert(sizeof(Saturating<int16_t>) == 2);
static_assert(detail::is_trivially_copyable_v<Wrapping<int>> && detail::is_trivially_copyable_v<Saturating<int>>);
static_assert((Wrapping<uint8_t>(250) + 10).get() == 4);
static_assert((Saturating<uint8_t>(250) + 10).get() == 255);
static_assert(Wrapping<int>().get() == 0 && Saturating<int>().get() == 0);

// ---- What converts into them ------------------------------------------------------------------------

static_assert(detail::is_constructible_v<Wrapping<uint32_t>, uint32_t>);
static_assert(detail::is_constructible_v<Wrapping<uint32_t>, uint16_t>);  // always fits
static_assert(detail::is_constructible_v<Wrapping<int64_t>, uint32_t>);   // always fits
// A run-time value that may not fit is rejected: the consteval constructor cannot take it. The
// compile-fail cases check the diagnostics; here, that no ordinary conversion is offered.
static_assert(!detail::lossless_into<int, uint32_t> && !detail::lossless_into<uint32_t, int32_t>);
static_assert(!detail::lossless_into<int64_t, int32_t> && !detail::lossless_into<bool, int>);

// Unary minus exists for signed Saturating only, as in Rust; Wrapping negates any type.
template <class T>
concept negatable = requires(T value) { -value; };
static_assert(!negatable<Saturating<unsigned>> && negatable<Saturating<int>>);
static_assert(negatable<Wrapping<unsigned>>);

}  // namespace

// ---- Wrapping ---------------------------------------------------------------------------------

TEST_CASE("Wrapping arithmetic wraps around at both ends") {
  Wrapping<uint32_t> top = int_max<uint32_t>;
  CHECK((top + 1).get() == 0);
  CHECK((Wrapping<uint32_t>(0) - 1).get() == int_max<uint32_t>);
  CHECK((Wrapping<int8_t>(int8_t{100}) * 3).get() == 44);  // 300 mod 256
  CHECK((-Wrapping<int>(int_min<int>)).get() == int_min<int>);
}

TEST_CASE("Wrapping division of MIN by -1 is MIN, and division by zero panics") {
  CHECK((Wrapping<int>(int_min<int>) / -1).get() == int_min<int>);
  CHECK((Wrapping<int>(int_min<int>) % -1).get() == 0);
  Wrapping<int> x = 7;
  const Wrapping<int> zero = 0;
  CHECK(FERRITE_PANICKED(x / zero));
  CHECK(FERRITE_PANICKED(x % zero));
  CHECK(FERRITE_PANICKED(x /= zero));
  CHECK(x.get() == 7);
}

TEST_CASE("Wrapping shifts mask the amount to the width, as Rust's Wrapping does") {
  CHECK((Wrapping<uint8_t>(1) << 9).get() == 2);
  CHECK((Wrapping<uint32_t>(0x8000'0000u) >> 32).get() == 0x8000'0000u);
  CHECK((Wrapping<int>(-16) >> 2).get() == -4);
}

TEST_CASE("Wrapping bit operations act on the value") {
  const Wrapping<uint8_t> a = 0b1100;
  const Wrapping<uint8_t> b = 0b1010;
  CHECK((a & b).get() == 0b1000);
  CHECK((a | b).get() == 0b1110);
  CHECK((a ^ b).get() == 0b0110);
  CHECK((~a).get() == 0b1111'0011);
}

TEST_CASE("Wrapping compound assignment and increment wrap in place") {
  Wrapping<uint8_t> counter = 254;
  ++counter;
  CHECK(counter.get() == 255);
  ++counter;
  CHECK(counter.get() == 0);
  --counter;
  CHECK(counter.get() == 255);
  counter += 3;
  counter *= 2;
  counter -= 1;
  counter <<= 1;
  counter >>= 1;
  counter |= 0x80;
  counter &= 0xF0;
  counter ^= 0x10;
  CHECK(counter.get() == 0x90);
}

TEST_CASE("a wrapped sequence-number distance read as signed orders across the wrap") {
  const Wrapping<uint32_t> before = 0xFFFF'FFF0u;
  const Wrapping<uint32_t> after = before + 0x20;  // wrapped past zero
  CHECK(after.get() == 0x10u);
  CHECK(cast_signed((after - before).get()) == 0x20);
  CHECK(cast_signed((before - after).get()) == -0x20);
}

TEST_CASE("Wrapping compares by value") {
  CHECK(Wrapping<int>(3) == 3);
  CHECK(Wrapping<int>(3) != 4);
  CHECK(Wrapping<int>(3) < 4);
  CHECK(Wrapping<int>(3) <= 3);
  CHECK(Wrapping<int>(5) > 4);
  CHECK(Wrapping<int>(5) >= 5);
}

// ---- Saturating -------------------------------------------------------------------------------

TEST_CASE("Saturating arithmetic sticks at MIN and MAX") {
  CHECK((Saturating<int8_t>(int8_t{100}) + 100).get() == 127);
  CHECK((Saturating<int8_t>(int8_t{-100}) - 100).get() == -128);
  CHECK((Saturating<int8_t>(int8_t{-100}) * 2).get() == -128);
  CHECK((Saturating<uint32_t>(3) - 5).get() == 0);
  CHECK((-Saturating<int>(int_min<int>)).get() == int_max<int>);
}

TEST_CASE("Saturating division of MIN by -1 is MAX, and division by zero panics") {
  CHECK((Saturating<int>(int_min<int>) / -1).get() == int_max<int>);
  const Saturating<int> one = 1;
  const Saturating<int> zero = 0;
  CHECK(FERRITE_PANICKED(one / zero));
}

TEST_CASE("Saturating increments stop at the limits") {
  Saturating<uint8_t> level = 254;
  ++level;
  ++level;
  CHECK(level.get() == 255);
  Saturating<uint8_t> empty = 1;
  --empty;
  --empty;
  CHECK(empty.get() == 0);
  empty += 10;
  empty -= 3;
  empty *= 100;
  CHECK(empty.get() == 255);
  empty /= 5;
  empty &= 0x0F;
  empty |= 0x40;
  empty ^= 0x01;
  CHECK(empty.get() == 0x42);
}

