// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/detail/either.hpp: storage for "exactly one of A or B", shared by Option and Result.
//
// `Either<A, B>` is a union of an `A` and a `B` plus a flag saying which is alive. Each special
// member is defaulted, and so trivial, exactly when both alternatives' are; otherwise it is written
// out here, once, for every type that stores one of two things.
#ifndef FERRITE_DETAIL_EITHER_HPP
#define FERRITE_DETAIL_EITHER_HPP

#include "../utility.hpp"

namespace ferrite::detail {

/// The alternative of an empty Option, or the value of a `Result<void, E>`.
struct Empty {
  friend constexpr bool operator==(Empty, Empty) noexcept { return true; }
};

/// Tags selecting which alternative a constructor builds.
struct InFirst {
  explicit InFirst() = default;
};
struct InSecond {
  explicit InSecond() = default;
};

template <class A, class B>
inline constexpr bool both_trivially_copy_constructible =
    is_trivially_copy_constructible_v<A> && is_trivially_copy_constructible_v<B>;
template <class A, class B>
inline constexpr bool both_trivially_move_constructible =
    is_trivially_move_constructible_v<A> && is_trivially_move_constructible_v<B>;
template <class A, class B>
inline constexpr bool both_trivially_destructible =
    is_trivially_destructible_v<A> && is_trivially_destructible_v<B>;
template <class A, class B>
inline constexpr bool both_trivially_copy_assignable =
    both_trivially_copy_constructible<A, B> && both_trivially_destructible<A, B> &&
    is_trivially_copy_assignable_v<A> && is_trivially_copy_assignable_v<B>;
template <class A, class B>
inline constexpr bool both_trivially_move_assignable =
    both_trivially_move_constructible<A, B> && both_trivially_destructible<A, B> &&
    is_trivially_move_assignable_v<A> && is_trivially_move_assignable_v<B>;

template <class T>
concept copy_assignable = requires(T& target, const T& source) { target = source; };
template <class T>
concept move_assignable = requires(T& target, T&& source) { target = static_cast<T&&>(source); };

/// Exactly one of an `A` (first) or a `B` (second). Invariant: `second_alive_` says which member
/// of the union is alive.
template <class A, class B>
class Either {
 public:
  constexpr explicit Either(InFirst) noexcept(noexcept(A())) : first_(), second_alive_(false) {}
  template <class... Args>
  constexpr explicit Either(InFirst, Args&&... args) : first_(static_cast<Args&&>(args)...), second_alive_(false) {}
  template <class... Args>
  constexpr explicit Either(InSecond, Args&&... args) : second_(static_cast<Args&&>(args)...), second_alive_(true) {}

  Either(const Either&) requires both_trivially_copy_constructible<A, B> = default;
  constexpr Either(const Either& other)
    requires(!both_trivially_copy_constructible<A, B> && copy_constructible<A> && copy_constructible<B>)
      : second_alive_(other.second_alive_) {
    if (second_alive_) construct_at(&second_, other.second_);
    else construct_at(&first_, other.first_);
  }
  Either(Either&&) requires both_trivially_move_constructible<A, B> = default;
  constexpr Either(Either&& other)
    requires(!both_trivially_move_constructible<A, B> && move_constructible<A> && move_constructible<B>)
      : second_alive_(other.second_alive_) {
    if (second_alive_) construct_at(&second_, static_cast<B&&>(other.second_));
    else construct_at(&first_, static_cast<A&&>(other.first_));
  }

  Either& operator=(const Either&) requires both_trivially_copy_assignable<A, B> = default;
  constexpr Either& operator=(const Either& other)
    requires(!both_trivially_copy_assignable<A, B> && copy_constructible<A> && copy_constructible<B>)
  {
    if (this == &other) return *this;
    if (other.second_alive_) assign_second(other.second_);
    else assign_first(other.first_);
    return *this;
  }
  Either& operator=(Either&&) requires both_trivially_move_assignable<A, B> = default;
  constexpr Either& operator=(Either&& other)
    requires(!both_trivially_move_assignable<A, B> && move_constructible<A> && move_constructible<B>)
  {
    if (this == &other) return *this;
    if (other.second_alive_) assign_second(static_cast<B&&>(other.second_));
    else assign_first(static_cast<A&&>(other.first_));
    return *this;
  }

  ~Either() requires both_trivially_destructible<A, B> = default;
  constexpr ~Either() requires(!both_trivially_destructible<A, B>) { destroy_alive(); }

  [[nodiscard]] constexpr bool second_alive() const noexcept { return second_alive_; }

  [[nodiscard]] constexpr A& first() & noexcept { return first_; }
  [[nodiscard]] constexpr const A& first() const& noexcept { return first_; }
  [[nodiscard]] constexpr A&& first() && noexcept { return static_cast<A&&>(first_); }
  [[nodiscard]] constexpr B& second() & noexcept { return second_; }
  [[nodiscard]] constexpr const B& second() const& noexcept { return second_; }
  [[nodiscard]] constexpr B&& second() && noexcept { return static_cast<B&&>(second_); }

  /// Destroys whichever alternative is alive and builds a `B` from `args`.
  template <class... Args>
  constexpr void emplace_second(Args&&... args) {
    if constexpr (is_trivially_copyable_v<A> && is_trivially_copyable_v<B>) {
      // Placement new is not allowed in constant expressions; assigning a whole trivially
      // copyable Either is, and compiles to the same stores.
      if (__builtin_is_constant_evaluated()) {
        *this = Either(InSecond{}, static_cast<Args&&>(args)...);
        return;
      }
    }
    destroy_alive();
    construct_at(&second_, static_cast<Args&&>(args)...);
    second_alive_ = true;
  }
  /// Destroys whichever alternative is alive and builds an `A` from `args`.
  template <class... Args>
  constexpr void emplace_first(Args&&... args) {
    if constexpr (is_trivially_copyable_v<A> && is_trivially_copyable_v<B>) {
      if (__builtin_is_constant_evaluated()) {
        *this = Either(InFirst{}, static_cast<Args&&>(args)...);
        return;
      }
    }
    destroy_alive();
    construct_at(&first_, static_cast<Args&&>(args)...);
    second_alive_ = false;
  }

 private:
  template <class U>
  constexpr void assign_second(U&& source) {
    if constexpr (copy_assignable<B> && move_assignable<B>) {
      if (second_alive_) {
        second_ = static_cast<U&&>(source);
        return;
      }
    }
    emplace_second(static_cast<U&&>(source));
  }
  template <class U>
  constexpr void assign_first(U&& source) {
    if constexpr (copy_assignable<A> && move_assignable<A>) {
      if (!second_alive_) {
        first_ = static_cast<U&&>(source);
        return;
      }
    }
    emplace_first(static_cast<U&&>(source));
  }
  constexpr void destroy_alive() noexcept {
    if (second_alive_) destroy_at(&second_);
    else destroy_at(&first_);
  }

  union {
    A first_;
    B second_;
  };
  bool second_alive_;
};

}  // namespace ferrite::detail

#endif  // FERRITE_DETAIL_EITHER_HPP
