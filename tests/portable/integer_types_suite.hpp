// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of the integer types built on integer.hpp: NonZero<T> (nonzero.hpp), Wrapping<T>
// and Saturating<T> (wrapping.hpp), Checked<T> (checked.hpp). Their sizes are promises checked on
// every target's ABI; their operators run on every target's arithmetic.
#ifndef FERRITE_TESTS_PORTABLE_INTEGER_TYPES_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_INTEGER_TYPES_SUITE_HPP

#include "check.hpp"
#include "ferrite/checked.hpp"
#include "ferrite/nonzero.hpp"
#include "ferrite/wrapping.hpp"

namespace ferrite_portable::integer_types_suite {

using ferrite::Checked;
using ferrite::None;
using ferrite::NonZero;
using ferrite::Option;
using ferrite::Saturating;
using ferrite::Wrapping;
using ferrite::i32;
using ferrite::u8;
using ferrite::u32;
using ferrite::usize;

static_assert(sizeof(Option<NonZero<u32>>) == sizeof(u32), "0 is NonZero's niche");
static_assert(sizeof(Option<NonZero<u8>>) == 1, "even for one byte");
static_assert(sizeof(Wrapping<u32>) == sizeof(u32), "Wrapping is its T");
static_assert(sizeof(Saturating<i32>) == sizeof(i32), "Saturating is its T");

FERRITE_TEST(nonzero_make_rejects_zero_only) {
  FERRITE_CHECK(NonZero<u32>::make(0) == None);
  const Option<NonZero<u32>> one = NonZero<u32>::make(1);
  const Option<NonZero<i32>> minimum = NonZero<i32>::make(-__INT32_MAX__ - 1);
  FERRITE_CHECK(one.map([](NonZero<u32> n) { return n.get(); }) == 1u);
  FERRITE_CHECK(minimum.map([](NonZero<i32> n) { return n.get(); }) == -__INT32_MAX__ - 1);
}

FERRITE_TEST(wrapping_operators_wrap_on_purpose) {
  Wrapping<u32> sequence{0xFFFFFFFFu};
  sequence += 1u;
  FERRITE_CHECK(sequence.get() == 0u);
  Wrapping<u8> byte{250};
  const Wrapping<u8> two{2};  // named: Clang 14 crashes on `byte * Wrapping<u8>{2}`
  byte = byte * two;
  FERRITE_CHECK(byte.get() == 244);  // 500 mod 256
  const Wrapping<i32> minimum{-__INT32_MAX__ - 1};
  FERRITE_CHECK((-minimum).get() == -__INT32_MAX__ - 1);
}

FERRITE_TEST(saturating_operators_stick_at_the_limits) {
  Saturating<u8> level{200};
  level += 100;
  FERRITE_CHECK(level.get() == 255);
  Saturating<i32> sample{-__INT32_MAX__};
  sample -= 10;
  FERRITE_CHECK(sample.get() == -__INT32_MAX__ - 1);
}

FERRITE_TEST(checked_overflow_is_sticky_and_reported_once_at_the_end) {
  const usize huge = static_cast<usize>(-1) / 2 + 1;
  const Option<usize> bytes = (Checked<usize>(huge) * 2u + 16u).get();
  FERRITE_CHECK(bytes == None);
  const Option<usize> fits = (Checked<usize>(100) * 8u + 16u).get();
  FERRITE_CHECK(fits == usize{816});
  Checked<u32> total{4'000'000'000u};
  total += 500'000'000u;
  total -= 500'000'000u;  // back in range, but overflow is sticky
  FERRITE_CHECK(total.overflowed());
  FERRITE_CHECK(total.get() == None);
  FERRITE_CHECK((Checked<i32>(7) / 0).get() == None);  // no panic, no trap
}

inline constexpr Case cases[] = {
    {"NonZero::make rejects zero only", nonzero_make_rejects_zero_only},
    {"Wrapping operators wrap on purpose", wrapping_operators_wrap_on_purpose},
    {"Saturating operators stick at the limits", saturating_operators_stick_at_the_limits},
    {"Checked overflow is sticky and reported once at the end",
     checked_overflow_is_sticky_and_reported_once_at_the_end},
};

}  // namespace ferrite_portable::integer_types_suite

#endif  // FERRITE_TESTS_PORTABLE_INTEGER_TYPES_SUITE_HPP
