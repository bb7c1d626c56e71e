// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/non_null.hpp: a pointer that is never null, Rust's `core::ptr::NonNull`.
//
// `NonNull<T>` says in its type what a C comment says in prose: "must not be NULL". It is made
// from a reference (never null), or from a raw pointer through `make`, which checks. Its null
// pattern is free, so `Option<NonNull<T>>` is exactly one pointer, like a nullable `T*`, while
// forcing the caller to handle None.
//
//     Option<NonNull<Device>> dev = NonNull<Device>::make(raw_dev);
//     if (NonNull<Device>* d = dev.as_ptr()) (*d)->start();
//
// Unlike Rust's, it carries no ownership or aliasing meaning: it is a plain non-null pointer,
// trivially copyable and usable in constant expressions.
#ifndef FERRITE_NON_NULL_HPP
#define FERRITE_NON_NULL_HPP

#include "config.hpp"
#include "option.hpp"

namespace ferrite {

/// A `T*` that is never null.
template <class T>
class NonNull {
 public:
  /// Points at `object`; a reference is never null.
  ///
  ///     NonNull<Device> d(device);
  constexpr explicit NonNull(T& object) noexcept : pointer_(__builtin_addressof(object)) {}
  /// A NonNull to a temporary would dangle the moment the statement ends.
  NonNull(T&&) = delete;

  /// `Some(NonNull)` for a non-null `pointer`, None for null.
  [[nodiscard]] static constexpr Option<NonNull> make(T* pointer) noexcept {
    if (pointer == nullptr) return None;
    return NonNull(pointer, Unchecked{});
  }

  /// Wraps `pointer` without a check. Safety: `pointer` is not null; debug builds check.
  [[nodiscard]] static constexpr NonNull make_unchecked(T* pointer,
                                                        SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(pointer != nullptr, "NonNull::make_unchecked of a null pointer", where);
    return NonNull(pointer, Unchecked{});
  }

  /// The raw pointer, never null.
  [[nodiscard]] constexpr T* get() const noexcept { return pointer_; }
  [[nodiscard]] constexpr T& operator*() const noexcept { return *pointer_; }
  [[nodiscard]] constexpr T* operator->() const noexcept { return pointer_; }

  /// A `NonNull<Derived>` converts to a `NonNull<Base>`, and to a pointer to const.
  template <class U>
    requires(!detail::is_same_v<U, T> && detail::convertible_to<U*, T*>)
  constexpr NonNull(NonNull<U> other) noexcept : pointer_(other.get()) {}

  friend constexpr bool operator==(NonNull a, NonNull b) noexcept { return a.pointer_ == b.pointer_; }

 private:
  struct Unchecked {};
  friend struct NicheTraits<NonNull>;
  constexpr NonNull(T* pointer, Unchecked) noexcept : pointer_(pointer) {}

  T* pointer_;
};

/// The null pointer is never a NonNull, so it marks None: `Option<NonNull<T>>` is one pointer.
template <class T>
struct NicheTraits<NonNull<T>> {
  static constexpr bool available = true;
  static constexpr NonNull<T> none() noexcept { return NonNull<T>(nullptr, typename NonNull<T>::Unchecked{}); }
  static constexpr bool is_none(const NonNull<T>& p) noexcept { return p.get() == nullptr; }
};

}  // namespace ferrite

#endif  // FERRITE_NON_NULL_HPP
