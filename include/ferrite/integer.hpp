// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/integer.hpp: Rust's integer arithmetic for every standard C++ integer type.
//
// `kmalloc(count * size)` is the classic kernel overflow: C++ multiplies, wraps silently, and
// promotes `short` and `char` operands to `int` behind the reader's back. This header gives the
// four explicit arithmetic families Rust has, with Rust's names and Rust's results to the bit:
//
//   checked_*      Option<T>: None where the mathematical result does not fit (or is undefined)
//   wrapping_*     T: two's complement wrap-around, as the hardware does it
//   saturating_*   T: clamped to MIN or MAX
//   overflowing_*  Overflowing<T>{value, overflowed}: the wrapped value and whether it wrapped
//
// Every function takes both operands of the same type `T`; a mixed-type or mixed-sign call,
// `checked_add(an_int, an_unsigned)`, does not compile (template deduction fails), so no silent
// promotion can happen. Shift amounts and `pow` exponents are `u32`, as in Rust. Nothing
// here executes C++ undefined behaviour: `MIN / -1`, `abs(MIN)` and over-wide shifts are handled.
// Where Rust panics (a wrapping, saturating or overflowing division by zero, `isqrt` of a negative
// number) the function goes through ferrite's panic hook and has a `checked_` sibling that does
// not; with FERRITE_NO_PANIC=1 the panicking forms do not compile.
//
// Everything is constexpr and compiles to the obvious instructions (`add; jo`): the overflow
// tests are the compiler's `__builtin_{add,sub,mul}_overflow`.
//
//   family         add sub mul div div_euclid rem rem_euclid neg shl shr pow abs
//   checked_        x   x   x   x      x       x      x      x   x   x   x   x(signed)
//   wrapping_       x   x   x   x*     x*      x*     x*     x   x   x   x   x(signed)
//   overflowing_    x   x   x   x*     x*      x*     x*     x   x   x   x   x(signed)
//   saturating_     x   x   x   x*                           x(signed)   x   x(signed)
//                   (* panics on a zero divisor, like Rust)
//
//   also           abs_diff, {checked,wrapping,saturating,overflowing}_add_signed (unsigned T),
//                  checked_next_power_of_two (unsigned T), checked_ilog2, checked_ilog10,
//                  isqrt, checked_isqrt (signed T), midpoint, leading_zeros, trailing_zeros,
//                  count_ones
//   casts          checked_cast<U>(x) -> Option<U> (Rust's TryFrom), saturating_cast<U>(x)
//                  (clamps), wrapping_cast<U>(x) (Rust's `as`: two's complement truncation)
//                  cast_signed, cast_unsigned (same width, bits reinterpreted)
//   limits         int_min<T>, int_max<T>, int_bits<T> (Rust's T::MIN, T::MAX, T::BITS)
//   concepts       Integer, SignedInteger, UnsignedInteger
//
// The types built on these functions live beside this header: Wrapping<T> and Saturating<T>
// (wrapping.hpp), Checked<T> (checked.hpp), NonZero<T> (nonzero.hpp).
#ifndef FERRITE_INTEGER_HPP
#define FERRITE_INTEGER_HPP

#include "config.hpp"
#include "int_aliases.hpp"
#include "option.hpp"
#include "utility.hpp"

namespace ferrite {

namespace detail {
template <class T> struct IntegerInfo;
}  // namespace detail

// ---- Integer types and their limits ------------------------------------------------------------

/// A standard integer type: signed char, short, int, long, long long, their unsigned twins, and
/// plain `char` (a distinct type). `bool` and the character types `wchar_t`, `char8_t`,
/// `char16_t`, `char32_t` are not integers here: arithmetic on them is a bug.
///
///     template <Integer T> T half(T x);
template <class T>
concept Integer = detail::IntegerInfo<T>::is_integer;

/// An `Integer` whose values can be negative (`char` counts where the platform makes it signed).
template <class T>
concept SignedInteger = Integer<T> && detail::is_signed_v<T>;

/// An `Integer` whose values are never negative.
template <class T>
concept UnsignedInteger = Integer<T> && !detail::is_signed_v<T>;

/// The unsigned integer type of the same width as `T` (Rust's `i32` -> `u32`).
template <Integer T>
using make_unsigned_t = typename detail::IntegerInfo<T>::Unsigned;

/// The signed integer type of the same width as `T` (Rust's `u32` -> `i32`).
template <Integer T>
using make_signed_t = typename detail::IntegerInfo<T>::Signed;

/// The number of bits in `T`, as Rust's `T::BITS`.
///
///     static_assert(int_bits<uint16_t> == 16);
template <Integer T>
inline constexpr u32 int_bits = static_cast<u32>(sizeof(T) * __CHAR_BIT__);

/// The largest value of `T`, as Rust's `T::MAX`; computed from the type, no <limits.h>.
template <Integer T>
inline constexpr T int_max =
    static_cast<T>(detail::is_signed_v<T> ? static_cast<make_unsigned_t<T>>(~make_unsigned_t<T>(0)) >> 1
                                          : static_cast<make_unsigned_t<T>>(~make_unsigned_t<T>(0)));

/// The smallest value of `T`, as Rust's `T::MIN`: zero, or `-MAX - 1` for a signed type.
template <Integer T>
inline constexpr T int_min = detail::is_signed_v<T> ? static_cast<T>(-int_max<T> - 1) : T(0);

/// The result of an `overflowing_*` operation: the wrapped value and whether it wrapped.
///
///     auto [bytes, overflowed] = overflowing_mul(count, size);
template <class T>
struct Overflowing {
  T value;
  bool overflowed;

  friend constexpr bool operator==(const Overflowing&, const Overflowing&) = default;
};

// ---- Addition, subtraction, multiplication ----------------------------------------------------

/// `a + b`, or None if it does not fit in `T`.
///
///     checked_add<uint8_t>(250, 10) == None
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_add(T a, T b) noexcept {
  T sum{};
  if (__builtin_add_overflow(a, b, &sum)) return None;
  return sum;
}

/// `a - b`, or None if it does not fit in `T`.
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_sub(T a, T b) noexcept {
  T difference{};
  if (__builtin_sub_overflow(a, b, &difference)) return None;
  return difference;
}

/// `a * b`, or None if it does not fit in `T`: the allocation-size check.
///
///     Option<size_t> bytes = checked_mul(count, sizeof(Entry));
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_mul(T a, T b) noexcept {
  T product{};
  if (__builtin_mul_overflow(a, b, &product)) return None;
  return product;
}

/// `a + b` wrapped around modulo 2^bits.
///
///     wrapping_add<uint8_t>(250, 10) == 4
template <Integer T>
[[nodiscard]] constexpr T wrapping_add(T a, T b) noexcept {
  T sum{};
  (void)__builtin_add_overflow(a, b, &sum);  // stores the wrapped result either way
  return sum;
}

/// `a - b` wrapped around modulo 2^bits.
template <Integer T>
[[nodiscard]] constexpr T wrapping_sub(T a, T b) noexcept {
  T difference{};
  (void)__builtin_sub_overflow(a, b, &difference);
  return difference;
}

/// `a * b` wrapped around modulo 2^bits.
template <Integer T>
[[nodiscard]] constexpr T wrapping_mul(T a, T b) noexcept {
  T product{};
  (void)__builtin_mul_overflow(a, b, &product);
  return product;
}

/// `a + b` wrapped, and whether it wrapped.
///
///     overflowing_add<int8_t>(127, 1) == Overflowing<int8_t>{-128, true}
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_add(T a, T b) noexcept {
  T sum{};
  const bool overflowed = __builtin_add_overflow(a, b, &sum);
  return {sum, overflowed};
}

/// `a - b` wrapped, and whether it wrapped.
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_sub(T a, T b) noexcept {
  T difference{};
  const bool overflowed = __builtin_sub_overflow(a, b, &difference);
  return {difference, overflowed};
}

/// `a * b` wrapped, and whether it wrapped.
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_mul(T a, T b) noexcept {
  T product{};
  const bool overflowed = __builtin_mul_overflow(a, b, &product);
  return {product, overflowed};
}

/// `a + b` clamped to `[MIN, MAX]`.
///
///     saturating_add<uint8_t>(250, 10) == 255
template <Integer T>
[[nodiscard]] constexpr T saturating_add(T a, T b) noexcept {
  T sum{};
  if (!__builtin_add_overflow(a, b, &sum)) return sum;
  // Only adding a negative number can fall below MIN.
  if constexpr (SignedInteger<T>) {
    if (b < 0) return int_min<T>;
  }
  return int_max<T>;
}

/// `a - b` clamped to `[MIN, MAX]`.
///
///     saturating_sub<u32>(3, 5) == 0
template <Integer T>
[[nodiscard]] constexpr T saturating_sub(T a, T b) noexcept {
  T difference{};
  if (!__builtin_sub_overflow(a, b, &difference)) return difference;
  if constexpr (SignedInteger<T>) {
    // Subtracting a negative number can only overflow upwards.
    return b < 0 ? int_max<T> : int_min<T>;
  } else {
    return T(0);
  }
}

/// `a * b` clamped to `[MIN, MAX]`.
template <Integer T>
[[nodiscard]] constexpr T saturating_mul(T a, T b) noexcept {
  T product{};
  if (!__builtin_mul_overflow(a, b, &product)) return product;
  if constexpr (SignedInteger<T>) {
    // The exact product is negative exactly when the signs differ.
    return (a < 0) != (b < 0) ? int_min<T> : int_max<T>;
  } else {
    return int_max<T>;
  }
}

// ---- Division and remainder -------------------------------------------------------------------

namespace detail {
template <class T> constexpr bool is_min_by_minus_one(T a, T b) noexcept;
template <class T> constexpr T div_euclid_unchecked(T a, T b) noexcept;
template <class T> constexpr T rem_euclid_unchecked(T a, T b) noexcept;
inline constexpr const char* divide_by_zero = "attempt to divide by zero";
inline constexpr const char* remainder_by_zero =
    "attempt to calculate the remainder with a divisor of zero";
}  // namespace detail

/// `a / b` rounded towards zero, or None if `b` is zero or the quotient overflows (`MIN / -1`).
///
///     checked_div<int8_t>(-128, -1) == None
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_div(T a, T b) noexcept {
  if (b == 0 || detail::is_min_by_minus_one(a, b)) return None;
  return static_cast<T>(a / b);
}

/// Euclidean quotient: the `q` with `a == q * b + r` and `0 <= r < |b|`; None as `checked_div`.
///
///     checked_div_euclid(-7, 2) == Some(-4)
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_div_euclid(T a, T b) noexcept {
  if (b == 0 || detail::is_min_by_minus_one(a, b)) return None;
  return detail::div_euclid_unchecked(a, b);
}

/// `a % b` with the sign of `a`, or None if `b` is zero or `a` is MIN and `b` is -1.
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_rem(T a, T b) noexcept {
  if (b == 0 || detail::is_min_by_minus_one(a, b)) return None;
  return static_cast<T>(a % b);
}

/// Euclidean remainder, never negative, or None as `checked_rem`.
///
///     checked_rem_euclid(-7, 2) == Some(1)
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_rem_euclid(T a, T b) noexcept {
  if (b == 0 || detail::is_min_by_minus_one(a, b)) return None;
  return detail::rem_euclid_unchecked(a, b);
}

/// `a / b`, with `MIN / -1` wrapping to MIN. Panics: if `b` is zero (use `checked_div`).
///
///     wrapping_div<int8_t>(-128, -1) == -128
template <Integer T>
[[nodiscard]] constexpr T wrapping_div(T a, T b, SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_div");
  if (b == 0) detail::panic(detail::divide_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return a;
  return static_cast<T>(a / b);
}

/// Euclidean quotient, with `MIN / -1` wrapping to MIN. Panics: if `b` is zero.
template <Integer T>
[[nodiscard]] constexpr T wrapping_div_euclid(T a, T b,
                                              SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_div_euclid");
  if (b == 0) detail::panic(detail::divide_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return a;
  return detail::div_euclid_unchecked(a, b);
}

/// `a % b`, with `MIN % -1` giving 0. Panics: if `b` is zero (use `checked_rem`).
template <Integer T>
[[nodiscard]] constexpr T wrapping_rem(T a, T b, SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_rem");
  if (b == 0) detail::panic(detail::remainder_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return T(0);
  return static_cast<T>(a % b);
}

/// Euclidean remainder, with `MIN % -1` giving 0. Panics: if `b` is zero.
template <Integer T>
[[nodiscard]] constexpr T wrapping_rem_euclid(T a, T b,
                                              SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_rem_euclid");
  if (b == 0) detail::panic(detail::remainder_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return T(0);
  return detail::rem_euclid_unchecked(a, b);
}

/// `a / b` and whether it overflowed (only `MIN / -1` does). Panics: if `b` is zero.
///
///     overflowing_div<int8_t>(-128, -1) == Overflowing<int8_t>{-128, true}
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_div(T a, T b,
                                                       SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_div");
  if (b == 0) detail::panic(detail::divide_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return {a, true};
  return {static_cast<T>(a / b), false};
}

/// Euclidean quotient and whether it overflowed. Panics: if `b` is zero.
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_div_euclid(
    T a, T b, SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_div_euclid");
  if (b == 0) detail::panic(detail::divide_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return {a, true};
  return {detail::div_euclid_unchecked(a, b), false};
}

/// `a % b` and whether the division overflowed (`MIN % -1` is `{0, true}`). Panics: if `b` is 0.
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_rem(T a, T b,
                                                       SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_rem");
  if (b == 0) detail::panic(detail::remainder_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return {T(0), true};
  return {static_cast<T>(a % b), false};
}

/// Euclidean remainder and whether the division overflowed. Panics: if `b` is zero.
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_rem_euclid(
    T a, T b, SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_rem_euclid");
  if (b == 0) detail::panic(detail::remainder_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return {T(0), true};
  return {detail::rem_euclid_unchecked(a, b), false};
}

/// `a / b`, with `MIN / -1` saturating to MAX. Panics: if `b` is zero (use `checked_div`).
///
///     saturating_div<int8_t>(-128, -1) == 127
template <Integer T>
[[nodiscard]] constexpr T saturating_div(T a, T b, SourceLocation where = SourceLocation::current()) {
  FERRITE_PANICS(T, "checked_div");
  if (b == 0) detail::panic(detail::divide_by_zero, where);
  if (detail::is_min_by_minus_one(a, b)) return int_max<T>;
  return static_cast<T>(a / b);
}

// ---- Negation and absolute value --------------------------------------------------------------

/// `-a`, or None if it does not fit: MIN for a signed type, anything but 0 for an unsigned one.
///
///     checked_neg<u32>(0) == Some(0u)
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_neg(T a) noexcept {
  T negated{};
  if (__builtin_sub_overflow(T(0), a, &negated)) return None;
  return negated;
}

/// `-a` wrapped: `-MIN` is MIN, and `-1u` is `MAX` for an unsigned type.
template <Integer T>
[[nodiscard]] constexpr T wrapping_neg(T a) noexcept {
  return wrapping_sub(T(0), a);
}

/// `-a` wrapped, and whether it wrapped.
///
///     overflowing_neg<int8_t>(-128) == Overflowing<int8_t>{-128, true}
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_neg(T a) noexcept {
  return overflowing_sub(T(0), a);
}

/// `-a` clamped: `-MIN` is MAX. Signed types only, as in Rust.
template <SignedInteger T>
[[nodiscard]] constexpr T saturating_neg(T a) noexcept {
  return (a == int_min<T>) ? int_max<T> : static_cast<T>(-a);  // parenthesized for cppcheck 2.10
}

/// `|a|`, or None for MIN, whose absolute value does not fit. Signed types only.
///
///     checked_abs<int8_t>(-128) == None
template <SignedInteger T>
[[nodiscard]] constexpr Option<T> checked_abs(T a) noexcept {
  if (a == int_min<T>) return None;
  return a < 0 ? static_cast<T>(-a) : a;
}

/// `|a|` wrapped: `abs(MIN)` is MIN. Signed types only.
template <SignedInteger T>
[[nodiscard]] constexpr T wrapping_abs(T a) noexcept {
  return a < 0 ? wrapping_neg(a) : a;
}

/// `|a|` wrapped, and whether it wrapped (only for MIN). Signed types only.
template <SignedInteger T>
[[nodiscard]] constexpr Overflowing<T> overflowing_abs(T a) noexcept {
  return {wrapping_abs(a), a == int_min<T>};
}

/// `|a|` clamped: `abs(MIN)` is MAX. Signed types only.
template <SignedInteger T>
[[nodiscard]] constexpr T saturating_abs(T a) noexcept {
  return (a == int_min<T>) ? int_max<T> : wrapping_abs(a);  // parenthesized for cppcheck 2.10
}

/// `|a - b|`, exact: as the unsigned type of the same width, so it always fits.
///
///     abs_diff<int8_t>(-128, 127) == uint8_t{255}
template <Integer T>
[[nodiscard]] constexpr make_unsigned_t<T> abs_diff(T a, T b) noexcept {
  using U = make_unsigned_t<T>;
  // The true difference is below 2^bits, so the modular difference of the unsigned images is it.
  return a < b ? wrapping_sub(static_cast<U>(b), static_cast<U>(a))
               : wrapping_sub(static_cast<U>(a), static_cast<U>(b));
}

// ---- Shifts -----------------------------------------------------------------------------------

namespace detail {
template <class T> constexpr T shl_unchecked(T a, u32 amount) noexcept;
template <class T> constexpr T shr_unchecked(T a, u32 amount) noexcept;
}  // namespace detail

/// `a << amount`, or None if `amount >= int_bits<T>`. Bits shifted out are lost, as in Rust:
/// the check is on the amount, not on the value.
///
///     checked_shl<uint8_t>(1, 8) == None
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_shl(T a, u32 amount) noexcept {
  if (amount >= int_bits<T>) return None;
  return detail::shl_unchecked(a, amount);
}

/// `a >> amount` (arithmetic for signed types), or None if `amount >= int_bits<T>`.
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_shr(T a, u32 amount) noexcept {
  if (amount >= int_bits<T>) return None;
  return detail::shr_unchecked(a, amount);
}

/// `a << (amount % int_bits<T>)`: the amount is masked, as the hardware does on x86.
///
///     wrapping_shl<uint8_t>(1, 9) == 2
template <Integer T>
[[nodiscard]] constexpr T wrapping_shl(T a, u32 amount) noexcept {
  return detail::shl_unchecked(a, amount & (int_bits<T> - 1));
}

/// `a >> (amount % int_bits<T>)`: the amount is masked.
template <Integer T>
[[nodiscard]] constexpr T wrapping_shr(T a, u32 amount) noexcept {
  return detail::shr_unchecked(a, amount & (int_bits<T> - 1));
}

/// `wrapping_shl(a, amount)`, and whether `amount` was too large (and so masked).
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_shl(T a, u32 amount) noexcept {
  return {wrapping_shl(a, amount), amount >= int_bits<T>};
}

/// `wrapping_shr(a, amount)`, and whether `amount` was too large (and so masked).
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_shr(T a, u32 amount) noexcept {
  return {wrapping_shr(a, amount), amount >= int_bits<T>};
}

// ---- Powers -----------------------------------------------------------------------------------

/// `base` to the power `exponent` wrapped, and whether any step wrapped. `pow(x, 0)` is 1.
///
///     overflowing_pow<uint8_t>(2, 8) == Overflowing<uint8_t>{0, true}
template <Integer T>
[[nodiscard]] constexpr Overflowing<T> overflowing_pow(T base, u32 exponent) noexcept {
  // Square-and-multiply. The base is squared only while higher exponent bits remain, so every
  // squaring feeds the result and its overflow is the result's overflow.
  if (exponent == 0) return {T(1), false};
  T result = T(1);
  bool overflowed = false;
  for (;;) {
    if ((exponent & 1u) != 0) {
      overflowed |= __builtin_mul_overflow(result, base, &result);
      if (exponent == 1) return {result, overflowed};
    }
    exponent >>= 1;
    overflowed |= __builtin_mul_overflow(base, base, &base);
  }
}

/// `base` to the power `exponent`, or None if it does not fit.
///
///     checked_pow<int8_t>(-2, 7) == Some(int8_t{-128})
template <Integer T>
[[nodiscard]] constexpr Option<T> checked_pow(T base, u32 exponent) noexcept {
  const Overflowing<T> power = overflowing_pow(base, exponent);
  if (power.overflowed) return None;
  return power.value;
}

/// `base` to the power `exponent`, wrapped modulo 2^bits.
template <Integer T>
[[nodiscard]] constexpr T wrapping_pow(T base, u32 exponent) noexcept {
  return overflowing_pow(base, exponent).value;
}

/// `base` to the power `exponent`, clamped: MIN when the exact power is negative, else MAX.
template <Integer T>
[[nodiscard]] constexpr T saturating_pow(T base, u32 exponent) noexcept {
  const Overflowing<T> power = overflowing_pow(base, exponent);
  if (!power.overflowed) return power.value;
  if constexpr (SignedInteger<T>) {
    if (base < 0 && (exponent & 1u) != 0) return int_min<T>;
  }
  return int_max<T>;
}

// ---- Mixed-sign addition (unsigned self, signed delta) ---------------------------------------

/// `a + delta` for a signed `delta` of the same width, wrapped, and whether the exact result
/// left `[0, MAX]`. The delta must be exactly `make_signed_t<T>`.
template <UnsignedInteger T, Integer S>
  requires detail::same_as<S, make_signed_t<T>>
[[nodiscard]] constexpr Overflowing<T> overflowing_add_signed(T a, S delta) noexcept {
  // Adding the two's complement image of a negative delta carries out exactly when the exact
  // result stays non-negative, so the carry flag flips meaning for negative deltas.
  const Overflowing<T> sum = overflowing_add(a, static_cast<T>(delta));
  return {sum.value, sum.overflowed != (delta < 0)};
}

/// `a + delta` for a signed `delta` of the same width, or None if the result leaves `[0, MAX]`.
///
///     checked_add_signed<uint8_t>(3, int8_t{-4}) == None
template <UnsignedInteger T, Integer S>
  requires detail::same_as<S, make_signed_t<T>>
[[nodiscard]] constexpr Option<T> checked_add_signed(T a, S delta) noexcept {
  const Overflowing<T> sum = overflowing_add_signed(a, delta);
  if (sum.overflowed) return None;
  return sum.value;
}

/// `a + delta` for a signed `delta` of the same width, wrapped modulo 2^bits.
template <UnsignedInteger T, Integer S>
  requires detail::same_as<S, make_signed_t<T>>
[[nodiscard]] constexpr T wrapping_add_signed(T a, S delta) noexcept {
  return wrapping_add(a, static_cast<T>(delta));
}

/// `a + delta` for a signed `delta` of the same width, clamped to `[0, MAX]`.
template <UnsignedInteger T, Integer S>
  requires detail::same_as<S, make_signed_t<T>>
[[nodiscard]] constexpr T saturating_add_signed(T a, S delta) noexcept {
  const Overflowing<T> sum = overflowing_add_signed(a, delta);
  if (!sum.overflowed) return sum.value;
  return delta < 0 ? T(0) : int_max<T>;
}

// ---- Bits, logarithms, roots, midpoints -------------------------------------------------------

/// The number of leading zero bits; `int_bits<T>` for zero.
template <Integer T>
[[nodiscard]] constexpr u32 leading_zeros(T a) noexcept {
  const auto bits = static_cast<unsigned long long>(static_cast<make_unsigned_t<T>>(a));
  if (bits == 0) return int_bits<T>;
  return static_cast<u32>(__builtin_clzll(bits)) - (64u - int_bits<T>);
}

/// The number of trailing zero bits; `int_bits<T>` for zero.
template <Integer T>
[[nodiscard]] constexpr u32 trailing_zeros(T a) noexcept {
  const auto bits = static_cast<unsigned long long>(static_cast<make_unsigned_t<T>>(a));
  if (bits == 0) return int_bits<T>;
  return static_cast<u32>(__builtin_ctzll(bits));
}

/// The number of one bits in the two's complement representation.
template <Integer T>
[[nodiscard]] constexpr u32 count_ones(T a) noexcept {
  return static_cast<u32>(
      __builtin_popcountll(static_cast<unsigned long long>(static_cast<make_unsigned_t<T>>(a))));
}

/// The smallest power of two `>= a`, or None if it does not fit. Unsigned types only.
///
///     checked_next_power_of_two<uint8_t>(129) == None
template <UnsignedInteger T>
[[nodiscard]] constexpr Option<T> checked_next_power_of_two(T a) noexcept {
  if (a <= 1) return T(1);
  const u32 exponent = int_bits<T> - leading_zeros(static_cast<T>(a - 1));
  if (exponent >= int_bits<T>) return None;
  return detail::shl_unchecked(T(1), exponent);
}

/// The base-2 logarithm rounded down, or None if `a <= 0`.
///
///     checked_ilog2(1000u) == Some(9u)
template <Integer T>
[[nodiscard]] constexpr Option<u32> checked_ilog2(T a) noexcept {
  if (a <= 0) return None;
  return int_bits<T> - 1 - leading_zeros(a);
}

/// The base-10 logarithm rounded down, or None if `a <= 0`.
///
///     checked_ilog10(999) == Some(2u)
template <Integer T>
[[nodiscard]] constexpr Option<u32> checked_ilog10(T a) noexcept {
  if (a <= 0) return None;
  u32 log = 0;
  while (a >= 10) {
    a = static_cast<T>(a / 10);
    ++log;
  }
  return log;
}

namespace detail {
constexpr unsigned long long isqrt_u64(unsigned long long a) noexcept;
}  // namespace detail

/// The square root rounded down, of a non-negative `a`. Panics: if `a` is negative (signed
/// types only; use `checked_isqrt`).
///
///     isqrt(99u) == 9u
template <Integer T>
[[nodiscard]] constexpr T isqrt(T a, SourceLocation where = SourceLocation::current()) {
  if constexpr (SignedInteger<T>) {
    FERRITE_PANICS(T, "checked_isqrt");
    if (a < 0) detail::panic("argument of integer square root cannot be negative", where);
  } else {
    (void)where;
  }
  return static_cast<T>(detail::isqrt_u64(static_cast<unsigned long long>(a)));
}

/// The square root rounded down, or None if `a` is negative. Signed types only, as in Rust.
template <SignedInteger T>
[[nodiscard]] constexpr Option<T> checked_isqrt(T a) noexcept {
  if (a < 0) return None;
  return static_cast<T>(detail::isqrt_u64(static_cast<unsigned long long>(a)));
}

/// `(a + b) / 2` computed as if in a wider type, so it never overflows: rounded towards zero for
/// signed types and down for unsigned ones, as in Rust.
///
///     midpoint<uint8_t>(255, 253) == 254;  midpoint(-3, 0) == -1
template <Integer T>
[[nodiscard]] constexpr T midpoint(T a, T b) noexcept {
  using U = make_unsigned_t<T>;
  // Hacker's Delight: the shared bits plus half the differing ones is the floor of the mean,
  // computed without a carry out of the top bit. The shift is arithmetic for signed types.
  const T differing = static_cast<T>(static_cast<U>(a) ^ static_cast<U>(b));
  const T shared = static_cast<T>(static_cast<U>(a) & static_cast<U>(b));
  const T floor_mean = static_cast<T>(shared + static_cast<T>(differing >> 1));
  if constexpr (SignedInteger<T>) {
    // Round a negative mean towards zero when the exact sum is odd.
    if (floor_mean < 0 && (static_cast<U>(differing) & 1u) != 0) return static_cast<T>(floor_mean + 1);
  }
  return floor_mean;
}

// ---- Casts between integer types ---------------------------------------------------------------

namespace detail {
template <class U, class T> constexpr bool fits_in(T value) noexcept;
}  // namespace detail

/// `value` as a `U` if it is representable there, else None (Rust's `U::try_from(value)`).
///
///     checked_cast<uint8_t>(-1) == None;  checked_cast<int8_t>(200u) == None
template <Integer U, Integer T>
[[nodiscard]] constexpr Option<U> checked_cast(T value) noexcept {
  if (!detail::fits_in<U>(value)) return None;
  return static_cast<U>(value);
}

/// `value` as a `U`, clamped to `[int_min<U>, int_max<U>]`.
///
///     saturating_cast<uint8_t>(-5) == 0;  saturating_cast<int8_t>(1000) == 127
template <Integer U, Integer T>
[[nodiscard]] constexpr U saturating_cast(T value) noexcept {
  if (detail::fits_in<U>(value)) return static_cast<U>(value);
  if constexpr (SignedInteger<T>) {
    if (value < 0) return int_min<U>;
  }
  return int_max<U>;
}

/// `value` as a `U` by two's complement truncation or extension (Rust's `value as U`).
///
///     wrapping_cast<uint8_t>(300) == 44;  wrapping_cast<int8_t>(200u) == -56
template <Integer U, Integer T>
[[nodiscard]] constexpr U wrapping_cast(T value) noexcept {
  // C++20 defines integer conversion as modular, which is exactly Rust's `as`.
  return static_cast<U>(value);
}

/// The bits of an unsigned value read as the signed type of the same width (Rust's
/// `cast_signed`): the way to turn a wrapped difference into a signed distance.
///
///     cast_signed(now - deadline) >= 0   // jiffies-style "now is at or after deadline"
template <UnsignedInteger T>
[[nodiscard]] constexpr make_signed_t<T> cast_signed(T value) noexcept {
  return static_cast<make_signed_t<T>>(value);
}

/// The bits of a signed value read as the unsigned type of the same width (Rust's
/// `cast_unsigned`).
template <SignedInteger T>
[[nodiscard]] constexpr make_unsigned_t<T> cast_unsigned(T value) noexcept {
  return static_cast<make_unsigned_t<T>>(value);
}

namespace detail {

/// True when every value of `From` is a value of `To`: same signedness and no wider, or
/// unsigned into a strictly wider signed type. The only conversions ferrite makes implicitly.
template <class From, class To>
concept lossless_into =
    Integer<From> && Integer<To> &&
    (is_signed_v<From> == is_signed_v<To> ? sizeof(From) <= sizeof(To)
                                          : (!is_signed_v<From> && sizeof(From) < sizeof(To)));

// Declared and never defined, and not constexpr: a constant that does not fit reaches this call
// during constant evaluation, and the compiler's error names it.
void integer_constant_does_not_fit_the_target_type();

/// `constant` as a `To`, checked at compile time: for the consteval constructors that let
/// `Checked<size_t>(n) + 16` take a literal of another integer type.
template <class To, class From>
consteval To constant_into(From constant) {
  if (!fits_in<To>(constant)) integer_constant_does_not_fit_the_target_type();
  return static_cast<To>(constant);
}

}  // namespace detail

// ---- Details ------------------------------------------------------------------------------------

namespace detail {

struct NotAnInteger {
  static constexpr bool is_integer = false;
};
template <class S, class U>
struct IntegerPair {
  static constexpr bool is_integer = true;
  using Signed = S;
  using Unsigned = U;
};

template <class T> struct IntegerInfo : NotAnInteger {};
template <class T> struct IntegerInfo<const T> : IntegerInfo<T> {};
template <class T> struct IntegerInfo<volatile T> : IntegerInfo<T> {};
template <class T> struct IntegerInfo<const volatile T> : IntegerInfo<T> {};
template <> struct IntegerInfo<char> : IntegerPair<signed char, unsigned char> {};
template <> struct IntegerInfo<signed char> : IntegerPair<signed char, unsigned char> {};
template <> struct IntegerInfo<unsigned char> : IntegerPair<signed char, unsigned char> {};
template <> struct IntegerInfo<short> : IntegerPair<short, unsigned short> {};
template <> struct IntegerInfo<unsigned short> : IntegerPair<short, unsigned short> {};
template <> struct IntegerInfo<int> : IntegerPair<int, unsigned> {};
template <> struct IntegerInfo<unsigned> : IntegerPair<int, unsigned> {};
template <> struct IntegerInfo<long> : IntegerPair<long, unsigned long> {};
template <> struct IntegerInfo<unsigned long> : IntegerPair<long, unsigned long> {};
template <> struct IntegerInfo<long long> : IntegerPair<long long, unsigned long long> {};
template <> struct IntegerInfo<unsigned long long> : IntegerPair<long long, unsigned long long> {};

// Callers pass only types whose values fit in 64 bits.
static_assert(sizeof(long long) == 8, "ferrite assumes 64-bit long long");

/// True for the one division that overflows: MIN / -1 (its quotient, -MIN, does not fit).
template <class T>
constexpr bool is_min_by_minus_one(T a, T b) noexcept {
  if constexpr (is_signed_v<T>) {
    return a == int_min<T> && b == T(-1);
  } else {
    (void)a;
    (void)b;
    return false;
  }
}

/// Euclidean quotient. Precondition: `b != 0` and not `MIN / -1`.
template <class T>
constexpr T div_euclid_unchecked(T a, T b) noexcept {
  const T quotient = static_cast<T>(a / b);
  if constexpr (is_signed_v<T>) {
    // A negative truncated remainder means the quotient was rounded the wrong way; with
    // |b| >= 2 here, the adjustment cannot overflow.
    if (static_cast<T>(a % b) < 0) return static_cast<T>(b > 0 ? quotient - 1 : quotient + 1);
  }
  return quotient;
}

/// Euclidean remainder, in `[0, |b|)`. Precondition: `b != 0` and not `MIN % -1`.
template <class T>
constexpr T rem_euclid_unchecked(T a, T b) noexcept {
  const T remainder = static_cast<T>(a % b);
  if constexpr (is_signed_v<T>) {
    // remainder is in (-|b|, 0) here, so remainder + |b| fits even for b == MIN, where |b| itself
    // does not: the wrapped arithmetic lands on the exact value.
    if (remainder < 0) return wrapping_add(remainder, wrapping_abs(b));
  }
  return remainder;
}

/// `a << amount`, bits shifted out dropped. Precondition: `amount < int_bits<T>`.
template <class T>
constexpr T shl_unchecked(T a, u32 amount) noexcept {
  // Shift the unsigned image: shifting a negative signed value is where C++ once had UB, and
  // shifting in the unsigned type keeps the code obviously defined. Narrow types promote to
  // int, where the shifted value still fits (at most 16 + 15 bits).
  using U = make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) << amount));
}

/// `a >> amount`, arithmetic for signed `T`. Precondition: `amount < int_bits<T>`.
template <class T>
constexpr T shr_unchecked(T a, u32 amount) noexcept {
  return static_cast<T>(a >> amount);  // C++20 defines >> of a negative value as arithmetic
}

/// The square root of `a` rounded down, digit by digit (two bits of `a` per result bit).
constexpr unsigned long long isqrt_u64(unsigned long long a) noexcept {
  unsigned long long remaining = a;
  unsigned long long root = 0;
  unsigned long long bit = 1ull << 62;
  while (bit > remaining) bit >>= 2;
  while (bit != 0) {
    if (remaining >= root + bit) {
      remaining -= root + bit;
      root = (root >> 1) + bit;
    } else {
      root >>= 1;
    }
    bit >>= 2;
  }
  return root;
}

/// True if `value` is representable in `U`, for every pair of signedness and width.
template <class U, class T>
constexpr bool fits_in(T value) noexcept {
  // Compare in the widest type of the right signedness: no comparison mixes signedness, so no
  // usual arithmetic conversion can turn -1 into MAX.
  if constexpr (is_signed_v<T>) {
    const auto wide = static_cast<long long>(value);
    if constexpr (is_signed_v<U>) {
      return wide >= static_cast<long long>(int_min<U>) && wide <= static_cast<long long>(int_max<U>);
    } else {
      return wide >= 0 && static_cast<unsigned long long>(wide) <=
                              static_cast<unsigned long long>(int_max<U>);
    }
  } else {
    return static_cast<unsigned long long>(value) <= static_cast<unsigned long long>(int_max<U>);
  }
}

}  // namespace detail
}  // namespace ferrite

#endif  // FERRITE_INTEGER_HPP
