// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/nonzero.hpp: `NonZero<T>`, an integer that is never zero, as Rust's
// `core::num::NonZero<T>`.
//
// A handle, an id or a divisor that must not be zero says so in its type, and the check happens
// once, where the value is made. In exchange, zero is free to mean "none": through the Option
// niche point, `Option<NonZero<T>>` is a plain `T` with 0 for None.
//
// Representation: exactly one `T`; `sizeof(NonZero<T>) == sizeof(Option<NonZero<T>>) ==
// sizeof(T)`, trivially copyable.
//
//   constructing  make(x) -> Option<NonZero> (None for 0), make_unchecked(x) (debug-checked)
//   extracting    get()
//   comparing     == != < <= > >= with another NonZero<T>
//
//     Option<NonZero<uint32_t>> id = NonZero<uint32_t>::make(raw_id);   // 4 bytes
//     if (const NonZero<uint32_t>* valid = id.as_ptr()) use(valid->get());
#ifndef FERRITE_NONZERO_HPP
#define FERRITE_NONZERO_HPP

#include "config.hpp"
#include "integer.hpp"
#include "option.hpp"

namespace ferrite {

/// A value of `T` other than zero. Invariant: `get() != 0`, always.
///
///     auto divisor = NonZero<uint32_t>::make(n);   // Option<NonZero<uint32_t>>
template <Integer T>
class NonZero {
 public:
  /// `Some(NonZero)` for a non-zero `value`, None for zero.
  ///
  ///     NonZero<int>::make(0) == None
  [[nodiscard]] static constexpr Option<NonZero> make(T value) noexcept {
    if (value == 0) return None;
    return NonZero(value);
  }

  /// A NonZero of `value` without a run-time check. Safety: `value` must not be zero; debug
  /// builds (FERRITE_DEBUG_CHECKS) check it and panic.
  [[nodiscard]] static constexpr NonZero make_unchecked(T value,
                                                        SourceLocation where = SourceLocation::current()) {
    detail::debug_check(value != 0, "NonZero::make_unchecked of zero", where);
    return NonZero(value);
  }

  /// The value, never zero.
  [[nodiscard]] constexpr T get() const noexcept { return value_; }

  [[nodiscard]] friend constexpr bool operator==(NonZero a, NonZero b) noexcept = default;
  [[nodiscard]] friend constexpr bool operator<(NonZero a, NonZero b) noexcept { return a.value_ < b.value_; }
  [[nodiscard]] friend constexpr bool operator<=(NonZero a, NonZero b) noexcept { return a.value_ <= b.value_; }
  [[nodiscard]] friend constexpr bool operator>(NonZero a, NonZero b) noexcept { return a.value_ > b.value_; }
  [[nodiscard]] friend constexpr bool operator>=(NonZero a, NonZero b) noexcept { return a.value_ >= b.value_; }

 private:
  // Only `make`, `make_unchecked` and the niche (which builds the zero pattern that Option reads
  // as None, never handed out as a NonZero) construct one.
  constexpr explicit NonZero(T value) noexcept : value_(value) {}
  friend struct NicheTraits<NonZero>;

  T value_;
};

/// Zero is the spare bit pattern: Option<NonZero<T>> stores None as 0 and needs no flag.
template <Integer T>
struct NicheTraits<NonZero<T>> {
  static constexpr bool available = true;
  static constexpr NonZero<T> none() noexcept { return NonZero<T>(T(0)); }
  static constexpr bool is_none(const NonZero<T>& value) noexcept { return value.value_ == 0; }
};

}  // namespace ferrite

#endif  // FERRITE_NONZERO_HPP
