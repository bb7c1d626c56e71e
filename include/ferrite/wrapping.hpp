// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/wrapping.hpp: integers whose operators wrap, `Wrapping<T>`, or saturate,
// `Saturating<T>`, as Rust's `core::num::Wrapping` and `core::num::Saturating`.
//
// A sequence number, a jiffies counter or a hash is meant to wrap; an audio sample or a
// reference count that must stick at its limit is meant to saturate. Spelling that in the type
// makes `a + b` say what it does, where a bare `uint32_t` leaves the reader guessing whether the
// wrap was intended (and a signed one would be undefined behaviour in C++).
//
// Representation: exactly one `T`; `sizeof(Wrapping<T>) == sizeof(T)`, trivially copyable.
//
//   Wrapping<T>     + - * / % (wrapping; / and % panic on a zero divisor, as in Rust),
//                   unary - ~, & | ^, << >> (u32 amount, masked to the width),
//                   the compound assignments, == != < <= > >=, get()
//   Saturating<T>   + - * / (clamped to [MIN, MAX]; / panics on a zero divisor),
//                   unary - (signed T), ~ & | ^, the compound assignments, comparisons, get()
//
// The panicking operators (/ and % by zero) are bodies of members of a class template, compiled
// only when used, so FERRITE_NO_PANIC=1 rejects a use of them and nothing else.
//
// Construction: from a `T`, from a narrower integer that always fits, or from an integer
// constant that the compiler checks fits. `Wrapping<uint8_t>(some_int)` does not compile: a
// narrowing is a decision, written `wrapping_cast<uint8_t>(some_int)`.
//
//     Wrapping<uint32_t> seq{0xFFFF'FFFF};
//     seq += 1;                                       // 0, on purpose
//     bool later = cast_signed((seq - acked).get()) > 0;   // signed distance, wrap-safe
#ifndef FERRITE_WRAPPING_HPP
#define FERRITE_WRAPPING_HPP

#include "config.hpp"
#include "integer.hpp"

namespace ferrite {

/// An integer whose arithmetic wraps around modulo 2^bits: Rust's `Wrapping<T>`.
///
///     Wrapping<uint8_t> x{250};
///     x += 10;   // x.get() == 4
template <Integer T>
class Wrapping {
 public:
  /// Zero.
  constexpr Wrapping() noexcept = default;

  /// From a value of `T` or of a narrower integer type that always fits.
  template <Integer U>
    requires detail::lossless_into<U, T>
  constexpr Wrapping(U value) noexcept : value_(static_cast<T>(value)) {}

  /// From an integer constant of another type, checked at compile time to fit (so `w + 1`
  /// works). A value known only at run time needs `wrapping_cast<T>` or `checked_cast<T>`.
  ///
  /// Clang 14 crashes (an internal compiler error, not a diagnostic) on a braced temporary
  /// built this way used as an operand, `x * Wrapping<u8>{2}`; write `x * 2` or
  /// `x * Wrapping<u8>(2)`, which it compiles correctly.
  template <Integer U>
    requires(!detail::lossless_into<U, T>)
  consteval Wrapping(U constant) : value_(detail::constant_into<T>(constant)) {}

  /// The plain integer.
  [[nodiscard]] constexpr T get() const noexcept { return value_; }

  // ---- Arithmetic, wrapping ---------------------------------------------------------------------

  /// `a + b` modulo 2^bits.
  [[nodiscard]] friend constexpr Wrapping operator+(Wrapping a, Wrapping b) noexcept {
    return Wrapping(wrapping_add(a.value_, b.value_));
  }
  /// `a - b` modulo 2^bits.
  [[nodiscard]] friend constexpr Wrapping operator-(Wrapping a, Wrapping b) noexcept {
    return Wrapping(wrapping_sub(a.value_, b.value_));
  }
  /// `a * b` modulo 2^bits.
  [[nodiscard]] friend constexpr Wrapping operator*(Wrapping a, Wrapping b) noexcept {
    return Wrapping(wrapping_mul(a.value_, b.value_));
  }
  /// Wrapping division (`MIN / -1` is MIN). Panics: if `b` is zero.
  [[nodiscard]] friend constexpr Wrapping operator/(Wrapping a, Wrapping b) {
    FERRITE_PANICS(T, "checked_div on get()");
    return Wrapping(wrapping_div(a.value_, b.value_));
  }
  /// Wrapping remainder (`MIN % -1` is 0). Panics: if `b` is zero.
  [[nodiscard]] friend constexpr Wrapping operator%(Wrapping a, Wrapping b) {
    FERRITE_PANICS(T, "checked_rem on get()");
    return Wrapping(wrapping_rem(a.value_, b.value_));
  }
  /// `-a` modulo 2^bits (`-MIN` is MIN).
  [[nodiscard]] constexpr Wrapping operator-() const noexcept { return Wrapping(wrapping_neg(value_)); }
  /// The value itself.
  [[nodiscard]] constexpr Wrapping operator+() const noexcept { return *this; }

  // ---- Bits -----------------------------------------------------------------------------------

  /// Every bit flipped.
  [[nodiscard]] constexpr Wrapping operator~() const noexcept {
    return Wrapping(static_cast<T>(~static_cast<make_unsigned_t<T>>(value_)));
  }
  /// Bitwise and.
  [[nodiscard]] friend constexpr Wrapping operator&(Wrapping a, Wrapping b) noexcept {
    return Wrapping(static_cast<T>(a.value_ & b.value_));
  }
  /// Bitwise or.
  [[nodiscard]] friend constexpr Wrapping operator|(Wrapping a, Wrapping b) noexcept {
    return Wrapping(static_cast<T>(a.value_ | b.value_));
  }
  /// Bitwise exclusive or.
  [[nodiscard]] friend constexpr Wrapping operator^(Wrapping a, Wrapping b) noexcept {
    return Wrapping(static_cast<T>(a.value_ ^ b.value_));
  }
  /// Left shift by `amount % int_bits<T>`, as Rust's `Wrapping << n`.
  [[nodiscard]] friend constexpr Wrapping operator<<(Wrapping a, u32 amount) noexcept {
    return Wrapping(wrapping_shl(a.value_, amount));
  }
  /// Right shift (arithmetic for signed `T`) by `amount % int_bits<T>`.
  [[nodiscard]] friend constexpr Wrapping operator>>(Wrapping a, u32 amount) noexcept {
    return Wrapping(wrapping_shr(a.value_, amount));
  }

  // ---- In place: each `x op= y` is `x = x op y`, with the same wrapping and panics ---------------

  constexpr Wrapping& operator+=(Wrapping other) noexcept { return *this = *this + other; }
  constexpr Wrapping& operator-=(Wrapping other) noexcept { return *this = *this - other; }
  constexpr Wrapping& operator*=(Wrapping other) noexcept { return *this = *this * other; }
  constexpr Wrapping& operator/=(Wrapping other) {
    FERRITE_PANICS(T, "checked_div on get()");
    return *this = Wrapping(wrapping_div(value_, other.value_));
  }
  constexpr Wrapping& operator%=(Wrapping other) {
    FERRITE_PANICS(T, "checked_rem on get()");
    return *this = Wrapping(wrapping_rem(value_, other.value_));
  }
  constexpr Wrapping& operator&=(Wrapping other) noexcept { return *this = *this & other; }
  constexpr Wrapping& operator|=(Wrapping other) noexcept { return *this = *this | other; }
  constexpr Wrapping& operator^=(Wrapping other) noexcept { return *this = *this ^ other; }
  constexpr Wrapping& operator<<=(u32 amount) noexcept { return *this = *this << amount; }
  constexpr Wrapping& operator>>=(u32 amount) noexcept { return *this = *this >> amount; }
  /// `++w` adds one, wrapping.
  constexpr Wrapping& operator++() noexcept { return *this = *this + Wrapping(T(1)); }
  /// `--w` subtracts one, wrapping.
  constexpr Wrapping& operator--() noexcept { return *this = *this - Wrapping(T(1)); }

  // ---- Comparing (by value; for a wrap-safe order compare cast_signed of the difference) --------

  [[nodiscard]] friend constexpr bool operator==(Wrapping a, Wrapping b) noexcept = default;
  [[nodiscard]] friend constexpr bool operator<(Wrapping a, Wrapping b) noexcept { return a.value_ < b.value_; }
  [[nodiscard]] friend constexpr bool operator<=(Wrapping a, Wrapping b) noexcept { return a.value_ <= b.value_; }
  [[nodiscard]] friend constexpr bool operator>(Wrapping a, Wrapping b) noexcept { return a.value_ > b.value_; }
  [[nodiscard]] friend constexpr bool operator>=(Wrapping a, Wrapping b) noexcept { return a.value_ >= b.value_; }

 private:
  T value_ = 0;
};

/// An integer whose arithmetic clamps to `[MIN, MAX]`: Rust's `Saturating<T>`.
///
///     Saturating<uint8_t> level{250};
///     level += 10;   // level.get() == 255
template <Integer T>
class Saturating {
 public:
  /// Zero.
  constexpr Saturating() noexcept = default;

  /// From a value of `T` or of a narrower integer type that always fits.
  template <Integer U>
    requires detail::lossless_into<U, T>
  constexpr Saturating(U value) noexcept : value_(static_cast<T>(value)) {}

  /// From an integer constant of another type, checked at compile time to fit.
  template <Integer U>
    requires(!detail::lossless_into<U, T>)
  consteval Saturating(U constant) : value_(detail::constant_into<T>(constant)) {}

  /// The plain integer.
  [[nodiscard]] constexpr T get() const noexcept { return value_; }

  // ---- Arithmetic, clamped ----------------------------------------------------------------------

  /// `a + b` clamped to `[MIN, MAX]`.
  [[nodiscard]] friend constexpr Saturating operator+(Saturating a, Saturating b) noexcept {
    return Saturating(saturating_add(a.value_, b.value_));
  }
  /// `a - b` clamped to `[MIN, MAX]`.
  [[nodiscard]] friend constexpr Saturating operator-(Saturating a, Saturating b) noexcept {
    return Saturating(saturating_sub(a.value_, b.value_));
  }
  /// `a * b` clamped to `[MIN, MAX]`.
  [[nodiscard]] friend constexpr Saturating operator*(Saturating a, Saturating b) noexcept {
    return Saturating(saturating_mul(a.value_, b.value_));
  }
  /// Saturating division (`MIN / -1` is MAX). Panics: if `b` is zero.
  [[nodiscard]] friend constexpr Saturating operator/(Saturating a, Saturating b) {
    FERRITE_PANICS(T, "checked_div on get()");
    return Saturating(saturating_div(a.value_, b.value_));
  }
  /// Saturating negation (`-MIN` is MAX). Signed types only, as in Rust.
  [[nodiscard]] constexpr Saturating operator-() const noexcept
    requires SignedInteger<T>
  {
    return Saturating(saturating_neg(value_));
  }
  /// The value itself.
  [[nodiscard]] constexpr Saturating operator+() const noexcept { return *this; }

  // ---- Bits -----------------------------------------------------------------------------------

  /// Every bit flipped.
  [[nodiscard]] constexpr Saturating operator~() const noexcept {
    return Saturating(static_cast<T>(~static_cast<make_unsigned_t<T>>(value_)));
  }
  /// Bitwise and.
  [[nodiscard]] friend constexpr Saturating operator&(Saturating a, Saturating b) noexcept {
    return Saturating(static_cast<T>(a.value_ & b.value_));
  }
  /// Bitwise or.
  [[nodiscard]] friend constexpr Saturating operator|(Saturating a, Saturating b) noexcept {
    return Saturating(static_cast<T>(a.value_ | b.value_));
  }
  /// Bitwise exclusive or.
  [[nodiscard]] friend constexpr Saturating operator^(Saturating a, Saturating b) noexcept {
    return Saturating(static_cast<T>(a.value_ ^ b.value_));
  }

  // ---- In place: each `x op= y` is `x = x op y`, with the same clamping and panics ---------------

  constexpr Saturating& operator+=(Saturating other) noexcept { return *this = *this + other; }
  constexpr Saturating& operator-=(Saturating other) noexcept { return *this = *this - other; }
  constexpr Saturating& operator*=(Saturating other) noexcept { return *this = *this * other; }
  constexpr Saturating& operator/=(Saturating other) {
    FERRITE_PANICS(T, "checked_div on get()");
    return *this = Saturating(saturating_div(value_, other.value_));
  }
  constexpr Saturating& operator&=(Saturating other) noexcept { return *this = *this & other; }
  constexpr Saturating& operator|=(Saturating other) noexcept { return *this = *this | other; }
  constexpr Saturating& operator^=(Saturating other) noexcept { return *this = *this ^ other; }
  /// `++s` adds one, sticking at MAX.
  constexpr Saturating& operator++() noexcept { return *this = *this + Saturating(T(1)); }
  /// `--s` subtracts one, sticking at MIN.
  constexpr Saturating& operator--() noexcept { return *this = *this - Saturating(T(1)); }

  // ---- Comparing --------------------------------------------------------------------------------

  [[nodiscard]] friend constexpr bool operator==(Saturating a, Saturating b) noexcept = default;
  [[nodiscard]] friend constexpr bool operator<(Saturating a, Saturating b) noexcept { return a.value_ < b.value_; }
  [[nodiscard]] friend constexpr bool operator<=(Saturating a, Saturating b) noexcept { return a.value_ <= b.value_; }
  [[nodiscard]] friend constexpr bool operator>(Saturating a, Saturating b) noexcept { return a.value_ > b.value_; }
  [[nodiscard]] friend constexpr bool operator>=(Saturating a, Saturating b) noexcept { return a.value_ >= b.value_; }

 private:
  T value_ = 0;
};

}  // namespace ferrite

#endif  // FERRITE_WRAPPING_HPP
