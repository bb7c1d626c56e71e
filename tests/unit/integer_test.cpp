// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The specification of ferrite/integer.hpp: Rust's checked, wrapping, saturating and overflowing
// integer arithmetic, casts and helpers. Edge values first; at the end, every 8-bit operand
// against exact arithmetic in a wider type. The differential test against rustc itself is
// tests/rust/ (scripts/stage-integers-rust.sh).
#include "test_support.hpp"

#include <ferrite/integer.hpp>

#include <cstddef>
#include <cstdint>

using namespace ferrite;

namespace {

// ---- Everything works in constant expressions ---------------------------------------------------

static_assert(checked_add<uint8_t>(250, 5) == Some(uint8_t{255}));
static_assert(checked_add<uint8_t>(250, 6) == None);
static_assert(checked_sub(0u, 1u) == None);
static_assert(checked_mul<int64_t>(int_max<int64_t>, 2) == None);
static_assert(checked_div(int_min<int>, -1) == None);
static_assert(checked_div(7, 0) == None);
static_assert(checked_div_euclid(-7, 2) == Some(-4));
static_assert(checked_rem(int_min<long>, -1L) == None);
static_assert(checked_rem_euclid(-7, 2) == Some(1));
static_assert(checked_neg(int_min<short>) == None);
static_assert(checked_shl(1u, 32) == None);
static_assert(checked_shr(-8, 1) == Some(-4));
static_assert(checked_pow(3, 4) == Some(81));
static_assert(checked_abs(int_min<int>) == None);
static_assert(wrapping_add<uint8_t>(255, 1) == 0);
static_assert(wrapping_sub(0u, 1u) == int_max<unsigned>);
static_assert(wrapping_mul<int8_t>(16, 16) == 0);
static_assert(wrapping_div(int_min<int>, -1) == int_min<int>);
static_assert(wrapping_div_euclid(-7, 2) == -4);
static_assert(wrapping_rem(int_min<int>, -1) == 0);
static_assert(wrapping_rem_euclid(-7, -2) == 1);
static_assert(wrapping_neg(int_min<int>) == int_min<int>);
static_assert(wrapping_shl(1u, 33) == 2u);
static_assert(wrapping_shr(-1, 40) == -1);
static_assert(wrapping_pow(3u, 40) == 689956897u);  // 3^40 mod 2^32
static_assert(wrapping_abs(int_min<int>) == int_min<int>);
static_assert(overflowing_add(int_max<int>, 1) == Overflowing<int>{int_min<int>, true});
static_assert(overflowing_sub(0u, 1u) == Overflowing<unsigned>{int_max<unsigned>, true});
static_assert(overflowing_mul(3, 4) == Overflowing<int>{12, false});
static_assert(overflowing_div(int_min<int>, -1) == Overflowing<int>{int_min<int>, true});
static_assert(overflowing_div_euclid(int_min<int>, -1) == Overflowing<int>{int_min<int>, true});
static_assert(overflowing_rem(int_min<int>, -1) == Overflowing<int>{0, true});
static_assert(overflowing_rem_euclid(int_min<int>, -1) == Overflowing<int>{0, true});
static_assert(overflowing_neg(int_min<int>) == Overflowing<int>{int_min<int>, true});
static_assert(overflowing_shl(1, 32) == Overflowing<int>{1, true});
static_assert(overflowing_shr(1, 31) == Overflowing<int>{0, false});
static_assert(overflowing_pow<uint8_t>(2, 8) == Overflowing<uint8_t>{0, true});
static_assert(overflowing_abs(int_min<int>) == Overflowing<int>{int_min<int>, true});
static_assert(saturating_add<int8_t>(-100, -100) == -128);
static_assert(saturating_sub<int8_t>(100, -100) == 127);
static_assert(saturating_mul<int8_t>(-100, 2) == -128);
static_assert(saturating_div(int_min<int>, -1) == int_max<int>);
static_assert(saturating_pow(-3, 41) == int_min<int>);
static_assert(saturating_neg(int_min<int>) == int_max<int>);
static_assert(saturating_abs(int_min<int>) == int_max<int>);
static_assert(abs_diff(int_min<int>, int_max<int>) == int_max<unsigned>);
static_assert(checked_add_signed(3u, -4) == None);
static_assert(wrapping_add_signed(3u, -4) == int_max<unsigned>);
static_assert(saturating_add_signed(3u, -4) == 0u);
static_assert(overflowing_add_signed(int_max<unsigned>, 1) == Overflowing<unsigned>{0u, true});
static_assert(checked_next_power_of_two(0u) == Some(1u));
static_assert(checked_ilog2(1024) == Some(10u));
static_assert(checked_ilog10(1000) == Some(3u));
static_assert(isqrt(int_max<uint64_t>) == 4294967295u);
static_assert(checked_isqrt(-1) == None);
static_assert(midpoint(int_max<unsigned>, int_max<unsigned> - 2) == int_max<unsigned> - 1);
static_assert(checked_cast<uint8_t>(-1) == None);
static_assert(saturating_cast<int8_t>(1000) == 127);
static_assert(wrapping_cast<uint8_t>(300) == 44);
static_assert(cast_signed(0xFFFF'FFFFu) == -1 && cast_unsigned(int8_t{-1}) == uint8_t{255});
static_assert(detail::is_same_v<decltype(cast_signed(uint16_t{1})), int16_t>);

// ---- The limits are Rust's ------------------------------------------------------------------------

static_assert(int_max<int8_t> == 127 && int_min<int8_t> == -128 && int_bits<int8_t> == 8);
static_assert(int_max<uint16_t> == 65535 && int_min<uint16_t> == 0);
static_assert(int_max<int64_t> == __INT64_MAX__ && int_min<int64_t> == -__INT64_MAX__ - 1);
static_assert(int_max<uint64_t> == __UINT64_MAX__ && int_bits<uint64_t> == 64);
static_assert(int_max<char> == __SCHAR_MAX__ || int_max<char> == 255);

// ---- Which types are integers -------------------------------------------------------------------

static_assert(Integer<char> && Integer<signed char> && Integer<unsigned char>);
static_assert(Integer<short> && Integer<unsigned short> && Integer<int> && Integer<unsigned>);
static_assert(Integer<long> && Integer<unsigned long> && Integer<long long>);
static_assert(Integer<unsigned long long> && Integer<std::size_t> && Integer<std::ptrdiff_t>);
static_assert(Integer<std::intptr_t> && Integer<std::uintptr_t>);
static_assert(!Integer<bool> && !Integer<wchar_t> && !Integer<char8_t> && !Integer<char16_t>);
static_assert(!Integer<char32_t> && !Integer<float> && !Integer<int*>);
static_assert(SignedInteger<long> && UnsignedInteger<unsigned long> && !SignedInteger<unsigned>);
static_assert(detail::is_same_v<make_unsigned_t<long>, unsigned long>);
static_assert(detail::is_same_v<make_signed_t<unsigned char>, signed char>);
static_assert(detail::is_same_v<make_unsigned_t<char>, unsigned char>);

// A mixed-sign or mixed-width call does not compile (tests/compile_fail/ checks the diagnostics).
template <class A, class B>
concept can_checked_add = requires(A a, B b) { checked_add(a, b); };
static_assert(can_checked_add<int, int> && !can_checked_add<int, unsigned>);
static_assert(!can_checked_add<long, long long> && !can_checked_add<short, int>);
static_assert(!can_checked_add<bool, bool>);
template <class A, class B>
concept can_add_signed = requires(A a, B b) { checked_add_signed(a, b); };
static_assert(can_add_signed<unsigned, int> && !can_add_signed<unsigned, long>);
static_assert(!can_add_signed<int, int> && !can_add_signed<unsigned long, long long>);
template <class T>
concept can_cast_signed = requires(T a) { cast_signed(a); };
static_assert(can_cast_signed<unsigned> && !can_cast_signed<int>);
template <class T>
concept can_abs = requires(T a) { checked_abs(a); };
static_assert(can_abs<int> && !can_abs<unsigned>);

// Every function for one type: instantiating this for every integer type is the coverage check.
template <class T>
constexpr bool every_function_works_for() {
  const T one = 1;
  const T two = 2;
  const T max = int_max<T>;
  const T min = int_min<T>;
  bool ok = true;
  ok = ok && checked_add(max, one) == None && checked_add(one, one) == Some(two);
  ok = ok && checked_sub(min, one) == None && checked_mul(max, two) == None;
  ok = ok && checked_div(max, T(0)) == None && checked_div_euclid(two, two) == Some(one);
  ok = ok && checked_rem(two, T(0)) == None && checked_rem_euclid(two, two) == Some(T(0));
  ok = ok && checked_neg(T(0)) == Some(T(0)) && checked_shl(one, int_bits<T>) == None;
  ok = ok && checked_shr(two, 1) == Some(one) && checked_pow(two, int_bits<T>) == None;
  ok = ok && wrapping_add(max, one) == min && wrapping_sub(min, one) == max;
  ok = ok && wrapping_mul(max, one) == max && wrapping_div(max, one) == max;
  ok = ok && wrapping_div_euclid(max, max) == one && wrapping_rem(max, max) == T(0);
  ok = ok && wrapping_rem_euclid(max, two) == one && wrapping_neg(wrapping_neg(max)) == max;
  ok = ok && wrapping_shl(one, int_bits<T>) == one && wrapping_shr(two, int_bits<T> + 1) == one;
  ok = ok && wrapping_pow(two, int_bits<T>) == T(0);
  ok = ok && overflowing_add(max, one).overflowed && !overflowing_sub(one, one).overflowed;
  ok = ok && overflowing_mul(max, two).overflowed && !overflowing_div(max, one).overflowed;
  ok = ok && !overflowing_div_euclid(max, one).overflowed && !overflowing_rem(max, two).overflowed;
  ok = ok && !overflowing_rem_euclid(max, two).overflowed && overflowing_shl(one, 99).overflowed;
  ok = ok && overflowing_shr(one, 99).overflowed && overflowing_pow(two, 99).overflowed;
  ok = ok && overflowing_neg(one).overflowed == UnsignedInteger<T>;
  ok = ok && saturating_add(max, one) == max && saturating_sub(min, one) == min;
  ok = ok && saturating_mul(max, two) == max && saturating_div(max, one) == max;
  ok = ok && saturating_pow(two, 99) == max && abs_diff(min, max) == int_max<make_unsigned_t<T>>;
  ok = ok && checked_ilog2(max) == Some(int_bits<T> - 1 - (SignedInteger<T> ? 1u : 0u));
  ok = ok && checked_ilog10(T(100)) == Some(2u) && isqrt(T(100)) == T(10);
  ok = ok && midpoint(min, max) == (SignedInteger<T> ? T(0) : T(max / 2));
  ok = ok && leading_zeros(one) == int_bits<T> - 1 && trailing_zeros(T(0)) == int_bits<T>;
  ok = ok && count_ones(max) == int_bits<T> - (SignedInteger<T> ? 1u : 0u);
  ok = ok && checked_cast<T>(-1) == (SignedInteger<T> ? Option<T>(T(-1)) : Option<T>(None));
  ok = ok && saturating_cast<T>(-1) == (SignedInteger<T> ? T(-1) : T(0));
  ok = ok && wrapping_cast<T>(int_max<unsigned long long>) == T(~T(0));
  if constexpr (SignedInteger<T>) {
    ok = ok && checked_abs(min) == None && wrapping_abs(min) == min && saturating_abs(min) == max;
    ok = ok && overflowing_abs(min).overflowed && saturating_neg(min) == max;
    ok = ok && checked_isqrt(T(-1)) == None && checked_isqrt(T(16)) == Some(T(4));
  } else {
    using S = make_signed_t<T>;
    ok = ok && checked_add_signed(T(0), S(-1)) == None && wrapping_add_signed(T(0), S(-1)) == max;
    ok = ok && saturating_add_signed(max, S(1)) == max && overflowing_add_signed(one, S(-1)).value == 0;
    ok = ok && checked_next_power_of_two(max) == None && checked_next_power_of_two(T(5)) == Some(T(8));
  }
  return ok;
}
static_assert(every_function_works_for<char>());
static_assert(every_function_works_for<signed char>());
static_assert(every_function_works_for<unsigned char>());
static_assert(every_function_works_for<short>());
static_assert(every_function_works_for<unsigned short>());
static_assert(every_function_works_for<int>());
static_assert(every_function_works_for<unsigned>());
static_assert(every_function_works_for<long>());
static_assert(every_function_works_for<unsigned long>());
static_assert(every_function_works_for<long long>());
static_assert(every_function_works_for<unsigned long long>());

}  // namespace

// ---- Division: the cases implementers usually get wrong ----------------------------------------

TEST_CASE("checked_div of MIN by -1 is None, for every signed width") {
  CHECK(checked_div(int_min<int8_t>, int8_t{-1}) == None);
  CHECK(checked_div(int_min<int16_t>, int16_t{-1}) == None);
  CHECK(checked_div(int_min<int32_t>, int32_t{-1}) == None);
  CHECK(checked_div(int_min<int64_t>, int64_t{-1}) == None);
}

TEST_CASE("checked_div and checked_rem by zero are None") {
  CHECK(checked_div(0u, 0u) == None);
  CHECK(checked_div(int_min<int>, 0) == None);
  CHECK(checked_rem(1, 0) == None);
  CHECK(checked_div_euclid(1, 0) == None);
  CHECK(checked_rem_euclid(1, 0) == None);
}

TEST_CASE("checked_div rounds towards zero, as C and Rust do") {
  CHECK(checked_div(-7, 2) == Some(-3));
  CHECK(checked_div(7, -2) == Some(-3));
  CHECK(checked_rem(-7, 2) == Some(-1));
}

TEST_CASE("wrapping_div of MIN by -1 is MIN and wrapping_rem is 0") {
  CHECK(wrapping_div(int_min<int64_t>, int64_t{-1}) == int_min<int64_t>);
  CHECK(wrapping_rem(int_min<int64_t>, int64_t{-1}) == 0);
  CHECK(wrapping_div_euclid(int_min<int>, -1) == int_min<int>);
  CHECK(wrapping_rem_euclid(int_min<int>, -1) == 0);
}

TEST_CASE("saturating_div of MIN by -1 is MAX") {
  CHECK(saturating_div(int_min<int>, -1) == int_max<int>);
  CHECK(saturating_div(int_min<int8_t>, int8_t{-1}) == int_max<int8_t>);
}

TEST_CASE("rem_euclid is never negative, whatever the signs") {
  CHECK(checked_rem_euclid(-7, 3) == Some(2));
  CHECK(checked_rem_euclid(-7, -3) == Some(2));
  CHECK(checked_rem_euclid(7, -3) == Some(1));
  CHECK(checked_rem_euclid(int_min<int>, int_min<int>) == Some(0));
  CHECK(checked_rem_euclid(int_min<int> + 1, int_min<int>) == Some(1));
  CHECK(checked_rem_euclid(-1, int_min<int>) == Some(int_max<int>));
}

TEST_CASE("div_euclid pairs with rem_euclid: a == q * b + r") {
  CHECK(checked_div_euclid(-7, 3) == Some(-3));
  CHECK(checked_div_euclid(-7, -3) == Some(3));
  CHECK(checked_div_euclid(7, -3) == Some(-2));
  CHECK(checked_div_euclid(-1, int_min<int>) == Some(1));
}

TEST_CASE("a division by zero in a wrapping, saturating or overflowing form panics") {
  int zero = 0;
  CHECK(FERRITE_PANICKED(wrapping_div(1, zero)));
  CHECK(ferrite_test::panic_capture.message == detail::divide_by_zero);
  CHECK(FERRITE_PANICKED(wrapping_rem(1, zero)));
  CHECK(ferrite_test::panic_capture.message == detail::remainder_by_zero);
  CHECK(FERRITE_PANICKED(wrapping_div_euclid(1, zero)));
  CHECK(FERRITE_PANICKED(wrapping_rem_euclid(1, zero)));
  CHECK(FERRITE_PANICKED(saturating_div(1, zero)));
  CHECK(FERRITE_PANICKED(overflowing_div(1, zero)));
  CHECK(FERRITE_PANICKED(overflowing_div_euclid(1, zero)));
  CHECK(FERRITE_PANICKED(overflowing_rem(1, zero)));
  CHECK(FERRITE_PANICKED(overflowing_rem_euclid(1, zero)));
  CHECK_FALSE(FERRITE_PANICKED(wrapping_div(1, 1)));
}

// ---- Negation, absolute value ------------------------------------------------------------------

TEST_CASE("overflowing_neg of MIN is MIN with the overflow flag") {
  const auto [value, overflowed] = overflowing_neg(int_min<int32_t>);
  CHECK(value == int_min<int32_t>);
  CHECK(overflowed);
}

TEST_CASE("negating a non-zero unsigned value overflows, negating zero does not") {
  CHECK(checked_neg(0u) == Some(0u));
  CHECK(checked_neg(1u) == None);
  CHECK(wrapping_neg(1u) == int_max<unsigned>);
  CHECK(overflowing_neg(uint8_t{1}) == Overflowing<uint8_t>{255, true});
  CHECK(overflowing_neg(uint8_t{0}) == Overflowing<uint8_t>{0, false});
}

TEST_CASE("the absolute value of MIN does not fit, and each family says so its own way") {
  CHECK(checked_abs(int_min<int16_t>) == None);
  CHECK(wrapping_abs(int_min<int16_t>) == int_min<int16_t>);
  CHECK(saturating_abs(int_min<int16_t>) == int_max<int16_t>);
  CHECK(overflowing_abs(int_min<int16_t>) == Overflowing<int16_t>{int_min<int16_t>, true});
  CHECK(checked_abs(int16_t{-5}) == Some(int16_t{5}));
}

TEST_CASE("abs_diff is exact and returns the unsigned type of the same width") {
  CHECK(abs_diff(int8_t{-128}, int8_t{127}) == uint8_t{255});
  CHECK(abs_diff(int8_t{127}, int8_t{-128}) == uint8_t{255});
  CHECK(abs_diff(0u, int_max<unsigned>) == int_max<unsigned>);
  CHECK(abs_diff(int_min<int64_t>, int_max<int64_t>) == int_max<uint64_t>);
  static_assert(detail::is_same_v<decltype(abs_diff(1, 2)), unsigned>);
}

// ---- Shifts --------------------------------------------------------------------------------------

TEST_CASE("wrapping_shl masks the shift amount to the width") {
  CHECK(wrapping_shl(uint8_t{1}, 8) == 1);
  CHECK(wrapping_shl(uint8_t{1}, 9) == 2);
  CHECK(wrapping_shl(1u, 32) == 1u);
  CHECK(wrapping_shl(1ull, 64 + 63) == 1ull << 63);
  CHECK(wrapping_shl(1, int_max<u32>) == int_min<int>);
}

TEST_CASE("checked_shl rejects an amount of the width or more, but not lost bits") {
  CHECK(checked_shl(int8_t{1}, 7) == Some(int8_t{-128}));
  CHECK(checked_shl(int8_t{-1}, 7) == Some(int8_t{-128}));
  CHECK(checked_shl(int8_t{1}, 8) == None);
  CHECK(checked_shl(int_max<uint64_t>, 63) == Some(uint64_t{1} << 63));
}

TEST_CASE("a right shift of a negative value is arithmetic") {
  CHECK(checked_shr(int8_t{-128}, 7) == Some(int8_t{-1}));
  CHECK(wrapping_shr(-1, 31) == -1);
  CHECK(wrapping_shr(uint8_t{128}, 7) == 1);
}

// ---- Powers --------------------------------------------------------------------------------------

TEST_CASE("pow with exponent 0 is 1, even for 0") {
  CHECK(checked_pow(0, 0) == Some(1));
  CHECK(wrapping_pow(int_min<int>, 0) == 1);
  CHECK(overflowing_pow(0u, 0) == Overflowing<unsigned>{1u, false});
}

TEST_CASE("checked_pow reaches MIN exactly without reporting overflow") {
  CHECK(checked_pow(int8_t{-2}, 7) == Some(int8_t{-128}));
  CHECK(checked_pow(int8_t{2}, 7) == None);
  CHECK(checked_pow(int64_t{-2}, 63) == Some(int_min<int64_t>));
}

TEST_CASE("saturating_pow clamps to MIN for a negative base and odd exponent") {
  CHECK(saturating_pow(int8_t{-3}, 5) == int_min<int8_t>);
  CHECK(saturating_pow(int8_t{-3}, 6) == int_max<int8_t>);
  CHECK(saturating_pow(uint8_t{3}, 6) == 255);
}

TEST_CASE("pow of 0, 1 and -1 never overflows, whatever the exponent") {
  CHECK(checked_pow(0, int_max<u32>) == Some(0));
  CHECK(checked_pow(1, int_max<u32>) == Some(1));
  CHECK(checked_pow(-1, int_max<u32>) == Some(-1));
  CHECK(checked_pow(-1, int_max<u32> - 1) == Some(1));
}

// ---- Saturating, overflowing ------------------------------------------------------------------

TEST_CASE("saturating arithmetic clamps towards the side the exact result went") {
  CHECK(saturating_add(int_min<int>, -1) == int_min<int>);
  CHECK(saturating_add(int_max<int>, 1) == int_max<int>);
  CHECK(saturating_sub(int_min<int>, 1) == int_min<int>);
  CHECK(saturating_sub(0, int_min<int>) == int_max<int>);
  CHECK(saturating_mul(int_min<int>, -1) == int_max<int>);
  CHECK(saturating_mul(int_min<int>, 2) == int_min<int>);
  CHECK(saturating_sub(uint8_t{1}, uint8_t{2}) == 0);
}

TEST_CASE("overflowing results destructure into value and flag") {
  auto [bytes, overflowed] = overflowing_mul(std::size_t{1} << 63, std::size_t{2});
  CHECK(bytes == 0);
  CHECK(overflowed);
}

// ---- Mixed-sign addition ---------------------------------------------------------------------

TEST_CASE("add_signed moves an unsigned value by a signed delta of the same width") {
  CHECK(checked_add_signed(uint8_t{3}, int8_t{-4}) == None);
  CHECK(checked_add_signed(uint8_t{3}, int8_t{-3}) == Some(uint8_t{0}));
  CHECK(checked_add_signed(uint8_t{250}, int8_t{5}) == Some(uint8_t{255}));
  CHECK(checked_add_signed(uint8_t{250}, int8_t{6}) == None);
  CHECK(checked_add_signed(uint8_t{255}, int8_t{-128}) == Some(uint8_t{127}));
  CHECK(wrapping_add_signed(uint8_t{3}, int8_t{-4}) == 255);
  CHECK(saturating_add_signed(uint8_t{3}, int8_t{-4}) == 0);
  CHECK(saturating_add_signed(uint8_t{250}, int8_t{6}) == 255);
  CHECK(overflowing_add_signed(std::size_t{0}, std::ptrdiff_t{-1}) ==
        Overflowing<std::size_t>{int_max<std::size_t>, true});
}

// ---- Logarithms, roots, powers of two, midpoints --------------------------------------------

TEST_CASE("checked_next_power_of_two rounds up, and is None past the top bit") {
  CHECK(checked_next_power_of_two(0u) == Some(1u));
  CHECK(checked_next_power_of_two(1u) == Some(1u));
  CHECK(checked_next_power_of_two(3u) == Some(4u));
  CHECK(checked_next_power_of_two(1u << 31) == Some(1u << 31));
  CHECK(checked_next_power_of_two((1u << 31) + 1) == None);
  CHECK(checked_next_power_of_two(uint8_t{129}) == None);
}

TEST_CASE("integer logarithms are None for zero and negatives") {
  CHECK(checked_ilog2(0u) == None);
  CHECK(checked_ilog2(-1) == None);
  CHECK(checked_ilog2(1) == Some(0u));
  CHECK(checked_ilog2(int_max<uint64_t>) == Some(63u));
  CHECK(checked_ilog10(0) == None);
  CHECK(checked_ilog10(9) == Some(0u));
  CHECK(checked_ilog10(10) == Some(1u));
  CHECK(checked_ilog10(int_max<uint64_t>) == Some(19u));
  CHECK(checked_ilog10(int_min<int>) == None);
}

TEST_CASE("isqrt rounds down, and panics on a negative argument") {
  CHECK(isqrt(0) == 0);
  CHECK(isqrt(15) == 3);
  CHECK(isqrt(16) == 4);
  CHECK(isqrt(int_max<int64_t>) == 3037000499);
  CHECK(isqrt(uint8_t{255}) == 15);
  int negative = -1;
  CHECK(FERRITE_PANICKED(isqrt(negative)));
  CHECK(checked_isqrt(negative) == None);
}

TEST_CASE("midpoint never overflows, and rounds towards zero for signed types") {
  CHECK(midpoint(int_max<int>, int_max<int>) == int_max<int>);
  CHECK(midpoint(int_min<int>, int_min<int>) == int_min<int>);
  CHECK(midpoint(int_min<int>, int_max<int>) == 0);
  CHECK(midpoint(-3, 0) == -1);
  CHECK(midpoint(3, 0) == 1);
  CHECK(midpoint(-4, 1) == -1);
  CHECK(midpoint(uint8_t{255}, uint8_t{254}) == 254);
}

// ---- Casts -------------------------------------------------------------------------------------

TEST_CASE("checked_cast is Rust's TryFrom across signedness and width") {
  CHECK(checked_cast<uint8_t>(-1) == None);
  CHECK(checked_cast<uint8_t>(255) == Some(uint8_t{255}));
  CHECK(checked_cast<uint8_t>(256) == None);
  CHECK(checked_cast<int8_t>(128u) == None);
  CHECK(checked_cast<int8_t>(-128) == Some(int8_t{-128}));
  CHECK(checked_cast<uint64_t>(int_min<int64_t>) == None);
  CHECK(checked_cast<int64_t>(int_max<uint64_t>) == None);
  CHECK(checked_cast<uint64_t>(int_max<int64_t>) == Some(uint64_t{int_max<int64_t>}));
  CHECK(checked_cast<unsigned>(-1L) == None);
  CHECK(checked_cast<int>(int_max<unsigned>) == None);
}

TEST_CASE("saturating_cast clamps to the target's range") {
  CHECK(saturating_cast<uint8_t>(-5) == 0);
  CHECK(saturating_cast<uint8_t>(int_max<int64_t>) == 255);
  CHECK(saturating_cast<int8_t>(int_max<uint64_t>) == 127);
  CHECK(saturating_cast<int8_t>(int_min<int64_t>) == -128);
  CHECK(saturating_cast<uint64_t>(-1) == 0);
}

TEST_CASE("wrapping_cast truncates and sign-extends as Rust's `as`") {
  CHECK(wrapping_cast<uint8_t>(-1) == 255);
  CHECK(wrapping_cast<int8_t>(200u) == -56);
  CHECK(wrapping_cast<uint64_t>(-1) == int_max<uint64_t>);
  CHECK(wrapping_cast<int>(int_max<unsigned>) == -1);
}

TEST_CASE("long and long long of one width behave alike") {
  CHECK(checked_add(int_max<long>, 1L) == None);
  CHECK(checked_add(int_max<long long>, 1LL) == None);
  CHECK(checked_cast<long>(int_max<long long>) == Some(static_cast<long>(int_max<long long>)));
  CHECK(wrapping_mul(int_max<unsigned long>, 3ul) == int_max<unsigned long> - 2);
}

// ---- Exhaustive: every 8-bit operand against exact arithmetic in a wider type --------------------

namespace {

// The reference side computes the exact result in int (or long long) and derives each family's
// answer from it: no ferrite function is used to compute an expected value.
template <class T>
struct Exact {
  long long value;

  constexpr bool fits() const { return value >= int_min<T> && value <= int_max<T>; }
  constexpr T wrapped() const { return static_cast<T>(value); }  // C++20: modular
  constexpr T clamped() const {
    return value < int_min<T> ? int_min<T> : value > int_max<T> ? int_max<T> : static_cast<T>(value);
  }
  constexpr Option<T> checked() const { return fits() ? Option<T>(static_cast<T>(value)) : None; }
  constexpr Overflowing<T> overflowing() const { return {wrapped(), !fits()}; }
};

// Counts mismatches of one operation and remembers the first, so a failing TEST_CASE names the
// operands instead of reporting 65536 lines.
struct Tally {
  long mismatches = 0;
  long checked = 0;
  long long first_a = 0;
  long long first_b = 0;

  void expect(bool agrees, long long a, long long b = 0) {
    ++checked;
    if (agrees) return;
    if (mismatches++ == 0) {
      first_a = a;
      first_b = b;
    }
  }
};

#define FERRITE_CHECK_TALLY(tally)                                                        \
  do {                                                                                    \
    INFO(#tally " first mismatch at a=" << (tally).first_a << " b=" << (tally).first_b); \
    CHECK((tally).mismatches == 0);                                                       \
    CHECK((tally).checked > 0);                                                           \
  } while (false)

template <class T>
constexpr long long floor_div(long long a, long long b) {  // b != 0
  const long long q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

template <class T>
void exhaustive_add_sub_mul() {
  Tally add, sub, mul;
  for (long long x = int_min<T>; x <= int_max<T>; ++x) {
    for (long long y = int_min<T>; y <= int_max<T>; ++y) {
      const T a = static_cast<T>(x);
      const T b = static_cast<T>(y);
      const Exact<T> s{x + y}, d{x - y}, p{x * y};
      add.expect(checked_add(a, b) == s.checked() && wrapping_add(a, b) == s.wrapped() &&
                     overflowing_add(a, b) == s.overflowing() && saturating_add(a, b) == s.clamped(),
                 x, y);
      sub.expect(checked_sub(a, b) == d.checked() && wrapping_sub(a, b) == d.wrapped() &&
                     overflowing_sub(a, b) == d.overflowing() && saturating_sub(a, b) == d.clamped(),
                 x, y);
      mul.expect(checked_mul(a, b) == p.checked() && wrapping_mul(a, b) == p.wrapped() &&
                     overflowing_mul(a, b) == p.overflowing() && saturating_mul(a, b) == p.clamped(),
                 x, y);
    }
  }
  FERRITE_CHECK_TALLY(add);
  FERRITE_CHECK_TALLY(sub);
  FERRITE_CHECK_TALLY(mul);
}

template <class T>
void exhaustive_division() {
  Tally div, rem, div_euclid, rem_euclid, by_zero;
  for (long long x = int_min<T>; x <= int_max<T>; ++x) {
    for (long long y = int_min<T>; y <= int_max<T>; ++y) {
      const T a = static_cast<T>(x);
      const T b = static_cast<T>(y);
      if (y == 0) {
        by_zero.expect(checked_div(a, b) == None && checked_rem(a, b) == None &&
                           checked_div_euclid(a, b) == None && checked_rem_euclid(a, b) == None,
                       x, y);
        continue;
      }
      // Truncated quotient; the remainder "overflows" exactly when the quotient does.
      const Exact<T> q{x / y};
      const T r = static_cast<T>(x % y);
      div.expect(checked_div(a, b) == q.checked() && wrapping_div(a, b) == q.wrapped() &&
                     overflowing_div(a, b) == q.overflowing() && saturating_div(a, b) == q.clamped(),
                 x, y);
      rem.expect(checked_rem(a, b) == (q.fits() ? Option<T>(r) : None) && wrapping_rem(a, b) == r &&
                     overflowing_rem(a, b) == Overflowing<T>{r, !q.fits()},
                 x, y);
      // Euclidean: 0 <= er < |b| and a == eq * b + er.
      const long long magnitude = y < 0 ? -y : y;
      const long long er = ((x % magnitude) + magnitude) % magnitude;
      const Exact<T> eq{(x - er) / y};
      const T er_t = static_cast<T>(er);
      div_euclid.expect(checked_div_euclid(a, b) == eq.checked() && wrapping_div_euclid(a, b) == eq.wrapped() &&
                            overflowing_div_euclid(a, b) == eq.overflowing(),
                        x, y);
      rem_euclid.expect(checked_rem_euclid(a, b) == (eq.fits() ? Option<T>(er_t) : None) &&
                            wrapping_rem_euclid(a, b) == (eq.fits() ? er_t : T(0)) &&
                            overflowing_rem_euclid(a, b) == Overflowing<T>{eq.fits() ? er_t : T(0), !eq.fits()},
                        x, y);
    }
  }
  FERRITE_CHECK_TALLY(div);
  FERRITE_CHECK_TALLY(rem);
  FERRITE_CHECK_TALLY(div_euclid);
  FERRITE_CHECK_TALLY(rem_euclid);
  FERRITE_CHECK_TALLY(by_zero);
}

template <class T>
void exhaustive_unary_and_pairs() {
  Tally neg, abs, diff, mid, logs, root;
  for (long long x = int_min<T>; x <= int_max<T>; ++x) {
    const T a = static_cast<T>(x);
    const Exact<T> n{-x};
    neg.expect(checked_neg(a) == n.checked() && wrapping_neg(a) == n.wrapped() &&
                   overflowing_neg(a) == n.overflowing(),
               x);
    if constexpr (SignedInteger<T>) {
      const Exact<T> m{x < 0 ? -x : x};
      abs.expect(checked_abs(a) == m.checked() && wrapping_abs(a) == m.wrapped() &&
                     overflowing_abs(a) == m.overflowing() && saturating_abs(a) == m.clamped() &&
                     saturating_neg(a) == n.clamped(),
                 x);
    }
    u32 log2 = 0, log10 = 0;
    for (long long v = x; v >= 2; v /= 2) ++log2;
    for (long long v = x; v >= 10; v /= 10) ++log10;
    logs.expect(checked_ilog2(a) == (x > 0 ? Option<u32>(log2) : None) &&
                    checked_ilog10(a) == (x > 0 ? Option<u32>(log10) : None),
                x);
    if (x >= 0) {
      long long s = 0;
      while ((s + 1) * (s + 1) <= x) ++s;
      root.expect(isqrt(a) == static_cast<T>(s), x);
    }
    for (long long y = int_min<T>; y <= int_max<T>; ++y) {
      const T b = static_cast<T>(y);
      const long long distance = x < y ? y - x : x - y;
      diff.expect(abs_diff(a, b) == static_cast<make_unsigned_t<T>>(distance), x, y);
      mid.expect(midpoint(a, b) == static_cast<T>((x + y) / 2), x, y);  // int division truncates
    }
  }
  FERRITE_CHECK_TALLY(neg);
  if constexpr (SignedInteger<T>) FERRITE_CHECK_TALLY(abs);
  FERRITE_CHECK_TALLY(diff);
  FERRITE_CHECK_TALLY(mid);
  FERRITE_CHECK_TALLY(logs);
  FERRITE_CHECK_TALLY(root);
}

template <class T>
void exhaustive_shifts_and_powers() {
  Tally shl, shr, pow;
  const u32 huge[] = {255, 256, 1000, int_max<u32> - 1, int_max<u32>};
  for (long long x = int_min<T>; x <= int_max<T>; ++x) {
    const T a = static_cast<T>(x);
    auto check_shift = [&](u32 n) {
      const u32 masked = n % 8;
      const long long factor = 1LL << masked;
      const T left = static_cast<T>(x * factor);
      const T right = static_cast<T>(floor_div<T>(x, factor));
      const bool too_far = n >= 8;
      shl.expect(checked_shl(a, n) == (too_far ? Option<T>(None) : Option<T>(left)) &&
                     wrapping_shl(a, n) == left && overflowing_shl(a, n) == Overflowing<T>{left, too_far},
                 x, n);
      shr.expect(checked_shr(a, n) == (too_far ? Option<T>(None) : Option<T>(right)) &&
                     wrapping_shr(a, n) == right && overflowing_shr(a, n) == Overflowing<T>{right, too_far},
                 x, n);
    };
    for (u32 n = 0; n < 40; ++n) check_shift(n);
    for (u32 n : huge) check_shift(n);

    auto check_pow = [&](u32 e) {
      // Exact power while it stays small; once |power| passes 2^20 with |x| >= 2 it can only
      // grow, so it is out of range for good. The wrapped value is the product modulo 256.
      long long exact = 1;
      bool out_of_range = false;
      unsigned modular = 1;
      for (u32 i = 0; i < e && i < 64; ++i) {
        if (!out_of_range) {
          exact *= x;
          if (exact > (1LL << 20) || exact < -(1LL << 20)) out_of_range = true;
        }
        modular = (modular * static_cast<unsigned>(static_cast<unsigned char>(a))) & 0xFFu;
      }
      if (e >= 64) {  // only 0, 1 and -1 have exact powers there; the rest overflow for sure
        out_of_range = !(x == 0 || x == 1 || x == -1);
        exact = x == -1 ? (e % 2 == 0 ? 1 : -1) : x;
        modular = static_cast<unsigned>(static_cast<unsigned char>(static_cast<T>(exact)));
        if (out_of_range) {  // x^e mod 256 for |x| >= 2: even x gives 0 past 8 factors of 2
          modular = 1;
          unsigned base = static_cast<unsigned char>(a);
          for (u32 k = e; k != 0; k >>= 1) {
            if (k & 1u) modular = (modular * base) & 0xFFu;
            base = (base * base) & 0xFFu;
          }
        }
      }
      const Exact<T> p{out_of_range ? (x < 0 && e % 2 == 1 ? -(1LL << 40) : (1LL << 40)) : exact};
      const T wrapped = static_cast<T>(modular);
      pow.expect(checked_pow(a, e) == p.checked() && wrapping_pow(a, e) == wrapped &&
                     overflowing_pow(a, e) == Overflowing<T>{wrapped, !p.fits()} &&
                     saturating_pow(a, e) == p.clamped(),
                 x, e);
    };
    for (u32 e = 0; e < 20; ++e) check_pow(e);
    const u32 big_exponents[] = {63, 64, 65, 1000, 1001, int_max<u32> - 1, int_max<u32>};
    for (u32 e : big_exponents) check_pow(e);
  }
  FERRITE_CHECK_TALLY(shl);
  FERRITE_CHECK_TALLY(shr);
  FERRITE_CHECK_TALLY(pow);
}

template <class U, class T>
void exhaustive_casts_to(Tally& tally) {
  for (long long x = int_min<T>; x <= int_max<T>; ++x) {
    const T a = static_cast<T>(x);
    // The target's range as long long; for 64-bit unsigned targets its MAX does not fit, but
    // every value tested here is below it anyway.
    const long long lo = static_cast<long long>(int_min<U>);
    const bool fits = x >= lo && (sizeof(U) == 8 && UnsignedInteger<U> ? true : x <= static_cast<long long>(int_max<U>));
    const U clamped = fits ? static_cast<U>(x) : (x < lo ? int_min<U> : int_max<U>);
    tally.expect(checked_cast<U>(a) == (fits ? Option<U>(static_cast<U>(x)) : None) &&
                     saturating_cast<U>(a) == clamped && wrapping_cast<U>(a) == static_cast<U>(x),
                 x);
  }
}

template <class T>
void exhaustive_casts_from() {
  Tally casts;
  exhaustive_casts_to<int8_t, T>(casts);
  exhaustive_casts_to<int16_t, T>(casts);
  exhaustive_casts_to<int32_t, T>(casts);
  exhaustive_casts_to<int64_t, T>(casts);
  exhaustive_casts_to<uint8_t, T>(casts);
  exhaustive_casts_to<uint16_t, T>(casts);
  exhaustive_casts_to<uint32_t, T>(casts);
  exhaustive_casts_to<uint64_t, T>(casts);
  exhaustive_casts_to<char, T>(casts);
  FERRITE_CHECK_TALLY(casts);
}

}  // namespace

TEST_CASE("8-bit add, sub and mul agree with exact arithmetic for every operand pair") {
  exhaustive_add_sub_mul<int8_t>();
  exhaustive_add_sub_mul<uint8_t>();
  exhaustive_add_sub_mul<char>();
}

TEST_CASE("8-bit division and remainder, truncated and Euclidean, agree for every operand pair") {
  exhaustive_division<int8_t>();
  exhaustive_division<uint8_t>();
}

TEST_CASE("8-bit neg, abs, abs_diff, midpoint, ilog and isqrt agree for every operand") {
  exhaustive_unary_and_pairs<int8_t>();
  exhaustive_unary_and_pairs<uint8_t>();
}

TEST_CASE("8-bit shifts and powers agree for every operand and many amounts") {
  exhaustive_shifts_and_powers<int8_t>();
  exhaustive_shifts_and_powers<uint8_t>();
}

TEST_CASE("8-bit add_signed agrees with exact arithmetic for every operand pair") {
  Tally add_signed;
  for (long long x = 0; x <= 255; ++x) {
    for (long long y = -128; y <= 127; ++y) {
      const auto a = static_cast<uint8_t>(x);
      const auto b = static_cast<int8_t>(y);
      const Exact<uint8_t> s{x + y};
      add_signed.expect(checked_add_signed(a, b) == s.checked() && wrapping_add_signed(a, b) == s.wrapped() &&
                            saturating_add_signed(a, b) == s.clamped() &&
                            overflowing_add_signed(a, b) == s.overflowing(),
                        x, y);
    }
  }
  FERRITE_CHECK_TALLY(add_signed);
}

TEST_CASE("checked_next_power_of_two agrees for every 8-bit and 16-bit operand") {
  Tally npot;
  for (long long x = 0; x <= 65535; ++x) {
    long long p = 1;
    while (p < x) p *= 2;
    if (x <= 255) npot.expect(checked_next_power_of_two(static_cast<uint8_t>(x)) == Exact<uint8_t>{p}.checked(), x);
    npot.expect(checked_next_power_of_two(static_cast<uint16_t>(x)) == Exact<uint16_t>{p}.checked(), x);
  }
  FERRITE_CHECK_TALLY(npot);
}

TEST_CASE("casts from every 8-bit and 16-bit value agree with range arithmetic") {
  exhaustive_casts_from<int8_t>();
  exhaustive_casts_from<uint8_t>();
  exhaustive_casts_from<int16_t>();
  exhaustive_casts_from<uint16_t>();
}
