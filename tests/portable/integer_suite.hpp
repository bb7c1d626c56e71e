// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/integer.hpp at the edges, on every target: `int32_t` is `long` on
// arm-none-eabi, 64-bit division is a libgcc call on Cortex-M and RV32, and `long` is 32 bits
// there. Each case exercises the run-time path: the operands go through `volatile` so the
// compiler cannot fold the answer at compile time on the host and skip the target's code.
#ifndef FERRITE_TESTS_PORTABLE_INTEGER_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_INTEGER_SUITE_HPP

#include "check.hpp"
#include "ferrite/integer.hpp"

namespace ferrite_portable::integer_suite {

using ferrite::i8;
using ferrite::i32;
using ferrite::i64;
using ferrite::int_max;
using ferrite::int_min;
using ferrite::None;
using ferrite::u8;
using ferrite::u16;
using ferrite::u32;
using ferrite::u64;
using ferrite::usize;

/// The value, laundered through a volatile so it is only known at run time.
template <class T>
T runtime(T value) {
  volatile T slot = value;
  return slot;
}

FERRITE_TEST(limits_match_the_fixed_width_types) {
  FERRITE_CHECK(int_max<i32> == __INT32_MAX__);
  FERRITE_CHECK(int_min<i32> == -__INT32_MAX__ - 1);
  FERRITE_CHECK(int_max<u64> == __UINT64_MAX__);
  FERRITE_CHECK(int_min<u8> == 0);
  FERRITE_CHECK(ferrite::int_bits<usize> == sizeof(void*) * 8);
}

FERRITE_TEST(checked_add_and_sub_are_none_exactly_past_the_limits) {
  FERRITE_CHECK(ferrite::checked_add(runtime(int_max<i32> - 1), i32{1}) == int_max<i32>);
  FERRITE_CHECK(ferrite::checked_add(runtime(int_max<i32>), i32{1}) == None);
  FERRITE_CHECK(ferrite::checked_sub(runtime(int_min<i64>), i64{1}) == None);
  FERRITE_CHECK(ferrite::checked_sub(runtime(u32{0}), u32{1}) == None);
  FERRITE_CHECK(ferrite::checked_sub(runtime(u32{1}), u32{1}) == u32{0});
}

FERRITE_TEST(checked_mul_catches_the_kmalloc_overflow) {
  const usize count = runtime(usize{1} << (ferrite::int_bits<usize> / 2));
  FERRITE_CHECK(ferrite::checked_mul(count, count) == None);
  FERRITE_CHECK(ferrite::checked_mul(count, usize{2}) == count * 2);
  FERRITE_CHECK(ferrite::checked_mul(runtime(u64{0xFFFFFFFFu}), u64{0x100000001u}) == __UINT64_MAX__);
  FERRITE_CHECK(ferrite::checked_mul(runtime(u64{0x100000000u}), u64{0x100000000u}) == None);
}

FERRITE_TEST(checked_div_is_none_for_zero_and_for_min_by_minus_one) {
  FERRITE_CHECK(ferrite::checked_div(runtime(i32{7}), i32{0}) == None);
  FERRITE_CHECK(ferrite::checked_div(runtime(int_min<i32>), i32{-1}) == None);
  FERRITE_CHECK(ferrite::checked_div(runtime(int_min<i64>), i64{-1}) == None);
  FERRITE_CHECK(ferrite::checked_rem(runtime(int_min<i64>), i64{-1}) == None);
  FERRITE_CHECK(ferrite::checked_div(runtime(i64{-7}), i64{2}) == i64{-3});  // truncates
  FERRITE_CHECK(ferrite::checked_rem(runtime(i64{-7}), i64{2}) == i64{-1});
  FERRITE_CHECK(ferrite::checked_div(runtime(u64{__UINT64_MAX__}), u64{3}) == u64{0x5555555555555555u});
}

FERRITE_TEST(euclidean_division_never_gives_a_negative_remainder) {
  FERRITE_CHECK(ferrite::checked_div_euclid(runtime(i32{-7}), i32{2}) == i32{-4});
  FERRITE_CHECK(ferrite::checked_rem_euclid(runtime(i32{-7}), i32{2}) == i32{1});
  FERRITE_CHECK(ferrite::checked_rem_euclid(runtime(i64{-7}), i64{-2}) == i64{1});
}

FERRITE_TEST(wrapping_arithmetic_wraps_as_twos_complement) {
  FERRITE_CHECK(ferrite::wrapping_add(runtime(u8{255}), u8{1}) == 0);
  FERRITE_CHECK(ferrite::wrapping_add(runtime(int_max<i32>), i32{1}) == int_min<i32>);
  FERRITE_CHECK(ferrite::wrapping_neg(runtime(int_min<i32>)) == int_min<i32>);
  FERRITE_CHECK(ferrite::wrapping_mul(runtime(u16{0x8000}), u16{2}) == 0);
  FERRITE_CHECK(ferrite::wrapping_sub(runtime(u32{0}), u32{1}) == __UINT32_MAX__);
}

FERRITE_TEST(saturating_arithmetic_clamps_to_the_limits) {
  FERRITE_CHECK(ferrite::saturating_add(runtime(i8{100}), i8{100}) == i8{127});
  FERRITE_CHECK(ferrite::saturating_sub(runtime(i8{-100}), i8{100}) == i8{-128});
  FERRITE_CHECK(ferrite::saturating_sub(runtime(u32{3}), u32{5}) == 0u);
  FERRITE_CHECK(ferrite::saturating_mul(runtime(int_min<i64>), i64{2}) == int_min<i64>);
  FERRITE_CHECK(ferrite::saturating_mul(runtime(int_min<i64>), i64{-1}) == int_max<i64>);
}

FERRITE_TEST(overflowing_arithmetic_reports_the_wrapped_value_and_the_flag) {
  const ferrite::Overflowing<u8> wrapped = ferrite::overflowing_add(runtime(u8{250}), u8{10});
  FERRITE_CHECK(wrapped.value == 4);
  FERRITE_CHECK(wrapped.overflowed);
  const ferrite::Overflowing<i32> exact = ferrite::overflowing_sub(runtime(i32{-5}), i32{5});
  FERRITE_CHECK(exact.value == -10);
  FERRITE_CHECK(!exact.overflowed);
}

FERRITE_TEST(shifts_by_the_bit_width_or_more_are_none_not_undefined) {
  FERRITE_CHECK(ferrite::checked_shl(runtime(u32{1}), u32{31}) == u32{0x80000000u});
  FERRITE_CHECK(ferrite::checked_shl(runtime(u32{1}), runtime(u32{32})) == None);
  FERRITE_CHECK(ferrite::checked_shr(runtime(u64{1}), runtime(u32{64})) == None);
  FERRITE_CHECK(ferrite::wrapping_shl(runtime(u32{1}), runtime(u32{33})) == 2u);  // amount mod 32
}

FERRITE_TEST(pow_and_abs_overflow_at_the_edges) {
  FERRITE_CHECK(ferrite::checked_pow(runtime(u64{2}), u32{63}) == u64{1} << 63);
  FERRITE_CHECK(ferrite::checked_pow(runtime(u64{2}), u32{64}) == None);
  FERRITE_CHECK(ferrite::checked_abs(runtime(int_min<i32>)) == None);
  FERRITE_CHECK(ferrite::checked_abs(runtime(i32{-5})) == i32{5});
  FERRITE_CHECK(ferrite::abs_diff(runtime(int_min<i32>), int_max<i32>) == __UINT32_MAX__);
}

FERRITE_TEST(casts_check_saturate_or_wrap) {
  FERRITE_CHECK(ferrite::checked_cast<u8>(runtime(300)) == None);
  FERRITE_CHECK(ferrite::checked_cast<u8>(runtime(255)) == u8{255});
  FERRITE_CHECK(ferrite::checked_cast<u32>(runtime(-1)) == None);
  FERRITE_CHECK(ferrite::checked_cast<i32>(runtime(u64{0x80000000u})) == None);
  FERRITE_CHECK(ferrite::saturating_cast<i8>(runtime(1000)) == i8{127});
  FERRITE_CHECK(ferrite::saturating_cast<u8>(runtime(-1000)) == u8{0});
  FERRITE_CHECK(ferrite::wrapping_cast<u8>(runtime(-1)) == u8{255});
}

FERRITE_TEST(next_power_of_two_and_isqrt_at_the_edges) {
  FERRITE_CHECK(ferrite::checked_next_power_of_two(runtime(u32{0})) == u32{1});
  FERRITE_CHECK(ferrite::checked_next_power_of_two(runtime(u32{0x80000001u})) == None);
  FERRITE_CHECK(ferrite::checked_next_power_of_two(runtime(u32{1000})) == u32{1024});
  FERRITE_CHECK(ferrite::isqrt(runtime(u64{__UINT64_MAX__})) == u64{0xFFFFFFFFu});
  FERRITE_CHECK(ferrite::checked_isqrt(runtime(i32{-1})) == None);
  FERRITE_CHECK(ferrite::midpoint(runtime(int_max<i32>), int_max<i32> - 2) == int_max<i32> - 1);
}

inline constexpr Case cases[] = {
    {"limits match the fixed-width types", limits_match_the_fixed_width_types},
    {"checked_add and checked_sub are None exactly past the limits",
     checked_add_and_sub_are_none_exactly_past_the_limits},
    {"checked_mul catches the kmalloc(count * size) overflow", checked_mul_catches_the_kmalloc_overflow},
    {"checked_div is None for zero and for MIN / -1", checked_div_is_none_for_zero_and_for_min_by_minus_one},
    {"Euclidean division never gives a negative remainder",
     euclidean_division_never_gives_a_negative_remainder},
    {"wrapping arithmetic wraps as two's complement", wrapping_arithmetic_wraps_as_twos_complement},
    {"saturating arithmetic clamps to the limits", saturating_arithmetic_clamps_to_the_limits},
    {"overflowing arithmetic reports the wrapped value and the flag",
     overflowing_arithmetic_reports_the_wrapped_value_and_the_flag},
    {"shifts by the bit width or more are None, not undefined",
     shifts_by_the_bit_width_or_more_are_none_not_undefined},
    {"pow and abs overflow at the edges", pow_and_abs_overflow_at_the_edges},
    {"casts check, saturate or wrap", casts_check_saturate_or_wrap},
    {"next_power_of_two and isqrt at the edges", next_power_of_two_and_isqrt_at_the_edges},
};

}  // namespace ferrite_portable::integer_suite

#endif  // FERRITE_TESTS_PORTABLE_INTEGER_SUITE_HPP
