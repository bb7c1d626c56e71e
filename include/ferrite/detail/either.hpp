// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/detail/either.hpp: storage for "exactly one of A or B", shared by Option and Result.
//
// `Either<A, B>` is a union of an `A` and a `B` plus a flag saying which is alive. Its destructor
// is trivial exactly when both alternatives' are, and its copy and move operations are trivial
// exactly when both alternatives are trivially copyable; otherwise they are written out here,
// once, for every type that stores one of two things.
//
// Why layers and not `requires` on defaulted members: Clang before 16 does not implement
// conditionally trivial special members (P0848) and ferrite supports Clang 14. Each layer below
// chooses, through a bool template parameter, between a defaulted (trivial) and a written-out form.
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
/// Builds neither alternative: for copy and move constructors, which build one themselves.
struct Uninitialized {
  explicit Uninitialized() = default;
};

template <class A, class B>
inline constexpr bool both_trivially_destructible = is_trivially_destructible_v<A> && is_trivially_destructible_v<B>;
template <class A, class B>
inline constexpr bool both_trivially_copyable = is_trivially_copyable_v<A> && is_trivially_copyable_v<B>;

// noexcept is spelled out for hosted builds with exceptions (a throwing move must not be called
// noexcept, or containers pick the wrong strategy); under -fno-exceptions it changes nothing.
template <class T>
inline constexpr bool nothrow_move_constructible = __is_nothrow_constructible(T, T&&);
template <class T>
inline constexpr bool nothrow_move_assignable = __is_nothrow_assignable(T&, T&&);

template <class T>
concept copy_assignable = requires(T& target, const T& source) { target = source; };
template <class T>
concept move_assignable = requires(T& target, T&& source) { target = static_cast<T&&>(source); };

/// The union itself; its destructor does nothing, and is trivial when both alternatives' are.
template <class A, class B, bool = both_trivially_destructible<A, B>>
union EitherUnion {
  A first;
  B second;
  constexpr explicit EitherUnion(Uninitialized) noexcept {}
  template <class... Args>
  constexpr explicit EitherUnion(InFirst, Args&&... args) : first(static_cast<Args&&>(args)...) {}
  template <class... Args>
  constexpr explicit EitherUnion(InSecond, Args&&... args) : second(static_cast<Args&&>(args)...) {}
};
template <class A, class B>
union EitherUnion<A, B, false> {
  A first;
  B second;
  constexpr explicit EitherUnion(Uninitialized) noexcept {}
  template <class... Args>
  constexpr explicit EitherUnion(InFirst, Args&&... args) : first(static_cast<Args&&>(args)...) {}
  template <class... Args>
  constexpr explicit EitherUnion(InSecond, Args&&... args) : second(static_cast<Args&&>(args)...) {}
  // The owner knows which member is alive: it destroys and copies that one itself.
  EitherUnion(const EitherUnion&) = delete;
  EitherUnion(EitherUnion&&) = delete;
  EitherUnion& operator=(const EitherUnion&) = delete;
  EitherUnion& operator=(EitherUnion&&) = delete;
  constexpr ~EitherUnion() {}
};

/// The flag is as wide as the union's alignment, so `EitherData` has no tail padding: with
/// padding, GCC 12 returns a small `Option<int>` or `Result<uint32_t, Errno>` through memory
/// (stores of 4 and 1 bytes, then an 8-byte load that stalls) instead of in a register. The
/// padding was there anyway, so no size changes.
template <__SIZE_TYPE__ Alignment> struct FlagFor { using type = unsigned long long; };
template <> struct FlagFor<1> { using type = bool; };
template <> struct FlagFor<2> { using type = unsigned short; };
template <> struct FlagFor<4> { using type = unsigned int; };

/// The union, the flag and every operation on them; no special member is written here.
template <class A, class B>
class EitherData {
  using Flag = typename FlagFor<alignof(EitherUnion<A, B>)>::type;

 public:
  constexpr explicit EitherData(Uninitialized tag) noexcept : union_(tag), second_alive_(false) {}
  template <class... Args>
  constexpr explicit EitherData(InFirst tag, Args&&... args) : union_(tag, static_cast<Args&&>(args)...), second_alive_(false) {}
  template <class... Args>
  constexpr explicit EitherData(InSecond tag, Args&&... args) : union_(tag, static_cast<Args&&>(args)...), second_alive_(true) {}

  [[nodiscard]] constexpr bool second_alive() const noexcept { return second_alive_ != 0; }

  [[nodiscard]] constexpr A& first() & noexcept { return union_.first; }
  [[nodiscard]] constexpr const A& first() const& noexcept { return union_.first; }
  [[nodiscard]] constexpr A&& first() && noexcept { return static_cast<A&&>(union_.first); }
  [[nodiscard]] constexpr B& second() & noexcept { return union_.second; }
  [[nodiscard]] constexpr const B& second() const& noexcept { return union_.second; }
  [[nodiscard]] constexpr B&& second() && noexcept { return static_cast<B&&>(union_.second); }

  /// Destroys whichever alternative is alive and builds a `B` from `args`.
  template <class... Args>
  constexpr void emplace_second(Args&&... args) {
    if constexpr (both_trivially_copyable<A, B>) {
      // Placement new is not allowed in constant expressions; assigning a whole trivially
      // copyable union is, and compiles to the same stores.
      if (__builtin_is_constant_evaluated()) {
        union_ = EitherUnion<A, B>(InSecond{}, static_cast<Args&&>(args)...);
        second_alive_ = true;
        return;
      }
    }
    destroy_alive();
    construct_at(&union_.second, static_cast<Args&&>(args)...);
    second_alive_ = true;
  }
  /// Destroys whichever alternative is alive and builds an `A` from `args`.
  template <class... Args>
  constexpr void emplace_first(Args&&... args) {
    if constexpr (both_trivially_copyable<A, B>) {
      if (__builtin_is_constant_evaluated()) {
        union_ = EitherUnion<A, B>(InFirst{}, static_cast<Args&&>(args)...);
        second_alive_ = false;
        return;
      }
    }
    destroy_alive();
    construct_at(&union_.first, static_cast<Args&&>(args)...);
    second_alive_ = false;
  }

  /// Makes this hold a copy (or, from an rvalue, the moved value) of what `other` holds.
  template <class Other>
  constexpr void assign_from(Other&& other) {
    if (other.second_alive_) assign_second(static_cast<Other&&>(other).second());
    else assign_first(static_cast<Other&&>(other).first());
  }
  /// Builds, into a not yet built `EitherData`, a copy or the moved value of what `other` holds.
  template <class Other>
  constexpr void construct_from(Other&& other) {
    second_alive_ = other.second_alive_;
    if (second_alive_) construct_at(&union_.second, static_cast<Other&&>(other).second());
    else construct_at(&union_.first, static_cast<Other&&>(other).first());
  }

  constexpr void destroy_alive() noexcept {
    if (second_alive_) destroy_at(&union_.second);
    else destroy_at(&union_.first);
  }

 private:
  template <class U>
  constexpr void assign_second(U&& source) {
    if constexpr (copy_assignable<B> && move_assignable<B>) {
      if (second_alive_) {
        union_.second = static_cast<U&&>(source);
        return;
      }
    }
    emplace_second(static_cast<U&&>(source));
  }
  template <class U>
  constexpr void assign_first(U&& source) {
    if constexpr (copy_assignable<A> && move_assignable<A>) {
      if (!second_alive_) {
        union_.first = static_cast<U&&>(source);
        return;
      }
    }
    emplace_first(static_cast<U&&>(source));
  }

  EitherUnion<A, B> union_;
  Flag second_alive_;
};

/// Adds the destructor that destroys the alive alternative, unless both are trivially destructible.
template <class A, class B, bool = both_trivially_destructible<A, B>>
class EitherDestroy : public EitherData<A, B> {
 public:
  using EitherData<A, B>::EitherData;
};
template <class A, class B>
class EitherDestroy<A, B, false> : public EitherData<A, B> {
 public:
  using EitherData<A, B>::EitherData;
  // Copies need to know which alternative is alive: Either<A, B, false> writes them out.
  EitherDestroy(const EitherDestroy&) = delete;
  EitherDestroy(EitherDestroy&&) = delete;
  EitherDestroy& operator=(const EitherDestroy&) = delete;
  EitherDestroy& operator=(EitherDestroy&&) = delete;
  constexpr ~EitherDestroy() { this->destroy_alive(); }
};

/// Exactly one of an `A` (first) or a `B` (second). Invariant: `second_alive()` says which is
/// alive. Copies and moves are memberwise, and trivial, when both alternatives are trivially
/// copyable; otherwise they copy or move the alive alternative.
template <class A, class B, bool = both_trivially_copyable<A, B>>
class Either : public EitherDestroy<A, B> {
 public:
  using EitherDestroy<A, B>::EitherDestroy;
};
template <class A, class B>
class Either<A, B, false> : public EitherDestroy<A, B> {
  using Base = EitherDestroy<A, B>;

 public:
  using Base::Base;

  constexpr Either(const Either& other) requires(copy_constructible<A> && copy_constructible<B>)
      : Base(Uninitialized{}) {
    this->construct_from(other);
  }
  constexpr Either(Either&& other) noexcept(nothrow_move_constructible<A> && nothrow_move_constructible<B>)
    requires(move_constructible<A> && move_constructible<B>)
      : Base(Uninitialized{}) {
    this->construct_from(static_cast<Either&&>(other));
  }
  constexpr Either& operator=(const Either& other) requires(copy_constructible<A> && copy_constructible<B>) {
    if (this != &other) this->assign_from(other);
    return *this;
  }
  constexpr Either& operator=(Either&& other) noexcept(nothrow_move_constructible<A> && nothrow_move_constructible<B> &&
                                                       nothrow_move_assignable<A> && nothrow_move_assignable<B>)
    requires(move_constructible<A> && move_constructible<B>)
  {
    if (this != &other) this->assign_from(static_cast<Either&&>(other));
    return *this;
  }
  ~Either() = default;
};

}  // namespace ferrite::detail

#endif  // FERRITE_DETAIL_EITHER_HPP
