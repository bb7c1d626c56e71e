// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/checked.hpp: `Checked<T>`, an integer that remembers overflow, so an allocation size
// is computed in one expression and checked once at the end.
//
//     Option<size_t> bytes = (Checked<size_t>(count) * sizeof(Entry) + sizeof(Header)).get();
//     if (bytes.is_none()) return Err(Errno::Overflow);
//
// This is the kernel's `size_mul`/`size_add`/`array_size` (overflow.h), made general: any
// integer type, any of + - * / %, and the result is an `Option<T>` instead of a saturated
// SIZE_MAX that the caller must remember to treat as an error.
//
// Invariant: once an operation overflowed (or divided by zero), every value computed from it is
// overflowed too ("sticky"), and `get()` is None. Nothing here panics.
//
// Representation: a `T` and a `bool`. Operands mix freely with plain integers of type `T`, with
// narrower integer types that always fit, and with integer constants that the compiler checks
// fit; anything else, `Checked<uint8_t>(some_int)` or `checked + some_long` into a
// `Checked<int>`, does not compile: narrowing is never implicit in ferrite.
//
//   constructing  Checked(value), Checked(Option<T>) (None starts overflowed)
//   arithmetic    + - * / % and unary -, the compound assignments
//   extracting    get() -> Option<T>, overflowed() -> bool
#ifndef FERRITE_CHECKED_HPP
#define FERRITE_CHECKED_HPP

#include "config.hpp"
#include "integer.hpp"
#include "option.hpp"

namespace ferrite {

/// An integer with a sticky overflow state: Rust's `checked_*` chain as operators.
///
///     Checked<uint32_t> n = Checked<uint32_t>(4'000'000'000u) + 500'000'000u;
///     n.get() == None
template <Integer T>
class Checked {
 public:
  /// Zero, not overflowed.
  constexpr Checked() noexcept = default;

  /// From a value of `T`, or of a narrower integer type that always fits.
  template <Integer U>
    requires detail::lossless_into<U, T>
  constexpr Checked(U value) noexcept : value_(static_cast<T>(value)) {}

  /// From an integer constant of another type, checked at compile time to fit (so
  /// `Checked<size_t>(n) + 16` works). A run-time value of another type needs
  /// `checked_cast<T>(value)`, which gives the Option this class also takes.
  template <Integer U>
    requires(!detail::lossless_into<U, T>)
  consteval Checked(U constant) : value_(detail::constant_into<T>(constant)) {}

  /// From an Option: None starts out overflowed.
  ///
  ///     Checked<size_t>(checked_cast<size_t>(signed_count)) * size
  constexpr Checked(Option<T> value) noexcept
      : value_(value.unwrap_or(T(0))), overflowed_(value.is_none()) {}

  /// The result: None if any step overflowed or divided by zero.
  [[nodiscard]] constexpr Option<T> get() const noexcept {
    if (overflowed_) return None;
    return value_;
  }

  /// True if any step overflowed or divided by zero.
  [[nodiscard]] constexpr bool overflowed() const noexcept { return overflowed_; }

  // ---- Arithmetic ----------------------------------------------------------------------------

  /// `a + b`; overflowed if it does not fit or either operand is overflowed.
  [[nodiscard]] friend constexpr Checked operator+(Checked a, Checked b) noexcept {
    return step(a, b, [](T x, T y, T* sum) { return __builtin_add_overflow(x, y, sum); });
  }
  /// `a - b`; overflowed if it does not fit (below zero, for unsigned `T`).
  [[nodiscard]] friend constexpr Checked operator-(Checked a, Checked b) noexcept {
    return step(a, b, [](T x, T y, T* difference) { return __builtin_sub_overflow(x, y, difference); });
  }
  /// `a * b`; overflowed if it does not fit.
  [[nodiscard]] friend constexpr Checked operator*(Checked a, Checked b) noexcept {
    return step(a, b, [](T x, T y, T* product) { return __builtin_mul_overflow(x, y, product); });
  }
  /// Truncating division; a zero divisor or `MIN / -1` makes the result overflowed.
  [[nodiscard]] friend constexpr Checked operator/(Checked a, Checked b) noexcept {
    return combine(a, b, checked_div(a.value_, b.value_));
  }
  /// Remainder; a zero divisor or `MIN % -1` makes the result overflowed.
  [[nodiscard]] friend constexpr Checked operator%(Checked a, Checked b) noexcept {
    return combine(a, b, checked_rem(a.value_, b.value_));
  }
  /// Negation; `-MIN`, or any non-zero unsigned value, makes the result overflowed.
  [[nodiscard]] constexpr Checked operator-() const noexcept {
    return combine(*this, Checked(), checked_neg(value_));
  }

  // In place: each `x op= y` is `x = x op y`, state included.
  constexpr Checked& operator+=(Checked other) noexcept { return *this = *this + other; }
  constexpr Checked& operator-=(Checked other) noexcept { return *this = *this - other; }
  constexpr Checked& operator*=(Checked other) noexcept { return *this = *this * other; }
  constexpr Checked& operator/=(Checked other) noexcept { return *this = *this / other; }
  constexpr Checked& operator%=(Checked other) noexcept { return *this = *this % other; }

 private:
  T value_ = 0;
  bool overflowed_ = false;

  // Short-circuit ||, so the compiler branches on the CPU's overflow flag (`jo`/`jb`) as C's
  // `if (__builtin_mul_overflow(...)) goto err` does; OR-ing flags already materialized as
  // bools (`seto`, `setb`) cost four instructions per step more than C (bench: allocsize).
  template <class Operation>
  static constexpr Checked step(Checked a, Checked b, Operation operation) noexcept {
    Checked out;
    out.overflowed_ = a.overflowed_ || b.overflowed_ || operation(a.value_, b.value_, &out.value_);
    return out;
  }
  static constexpr Checked combine(Checked a, Checked b, Option<T> result) noexcept {
    Checked out;
    out.value_ = result.unwrap_or(T(0));
    out.overflowed_ = a.overflowed_ | b.overflowed_ | result.is_none();
    return out;
  }
};

}  // namespace ferrite

#endif  // FERRITE_CHECKED_HPP
