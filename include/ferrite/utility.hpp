// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/utility.hpp: the few pieces of <utility>, <type_traits> and <new> that ferrite needs,
// built on compiler builtins so they exist where no C++ standard library does (a kernel build
// passes -nostdinc). Everything lives in `ferrite::detail` and has its own name, so a translation
// unit may include <utility>, <type_traits> or <new> as well without a clash.
//
// Placement construction uses a global `operator new` overload that takes a ferrite-only tag; the
// standard's placement form `operator new(size_t, void*)` is declared by <new>, and declaring it a
// second time here would collide with it.
#ifndef FERRITE_UTILITY_HPP
#define FERRITE_UTILITY_HPP

#include "config.hpp"

namespace ferrite::detail {
struct PlacementTag {};
}  // namespace ferrite::detail

// Not noexcept on purpose: a new-expression must test the result of a noexcept allocation
// function for null before constructing, and this one never returns null.
[[gnu::always_inline, gnu::returns_nonnull]] inline void* operator new(__SIZE_TYPE__, void* where,
                                                                         ferrite::detail::PlacementTag) {
  return where;
}
// Called only if a constructor throws, which cannot happen with -fno-exceptions; declared so
// that a build with exceptions enabled stays well-formed.
inline void operator delete(void*, void*, ferrite::detail::PlacementTag) noexcept {}

namespace ferrite::detail {

using size_t = __SIZE_TYPE__;
using ptrdiff_t = __PTRDIFF_TYPE__;
using uintptr_t = __UINTPTR_TYPE__;

// ---- Type transformations -------------------------------------------------------------------

template <class T> struct RemoveReference { using type = T; };
template <class T> struct RemoveReference<T&> { using type = T; };
template <class T> struct RemoveReference<T&&> { using type = T; };
template <class T> using remove_reference_t = typename RemoveReference<T>::type;

template <class T> struct RemoveCv { using type = T; };
template <class T> struct RemoveCv<const T> { using type = T; };
template <class T> struct RemoveCv<volatile T> { using type = T; };
template <class T> struct RemoveCv<const volatile T> { using type = T; };
template <class T> using remove_cv_t = typename RemoveCv<T>::type;
template <class T> using remove_cvref_t = remove_cv_t<remove_reference_t<T>>;

template <bool B, class T, class F> struct Conditional { using type = T; };
template <class T, class F> struct Conditional<false, T, F> { using type = F; };
template <bool B, class T, class F> using conditional_t = typename Conditional<B, T, F>::type;

template <class T> struct TypeIdentity { using type = T; };

// ---- Type predicates --------------------------------------------------------------------------

template <class A, class B> inline constexpr bool is_same_v = false;
template <class A> inline constexpr bool is_same_v<A, A> = true;
template <class A, class B> concept same_as = is_same_v<A, B> && is_same_v<B, A>;

template <class T> inline constexpr bool is_reference_v = false;
template <class T> inline constexpr bool is_reference_v<T&> = true;
template <class T> inline constexpr bool is_reference_v<T&&> = true;
template <class T> inline constexpr bool is_lvalue_reference_v = false;
template <class T> inline constexpr bool is_lvalue_reference_v<T&> = true;
template <class T> inline constexpr bool is_const_v = false;
template <class T> inline constexpr bool is_const_v<const T> = true;
template <class T> inline constexpr bool is_void_v = is_same_v<remove_cv_t<T>, void>;
template <class T> inline constexpr bool is_array_v = false;
template <class T> inline constexpr bool is_array_v<T[]> = true;
template <class T, size_t N> inline constexpr bool is_array_v<T[N]> = true;

template <class T> inline constexpr bool is_trivially_copyable_v = __is_trivially_copyable(T);
template <class T>
inline constexpr bool is_trivially_destructible_v =
#if __has_builtin(__is_trivially_destructible)
    __is_trivially_destructible(T);
#else
    __has_trivial_destructor(T);
#endif
template <class T, class... Args>
inline constexpr bool is_constructible_v = __is_constructible(T, Args...);
template <class T> inline constexpr bool is_empty_v = __is_empty(T);
template <class T> inline constexpr bool is_standard_layout_v = __is_standard_layout(T);
template <class T> inline constexpr bool is_signed_v = T(-1) < T(0);

template <class T> T&& declval() noexcept;

/// True when `From` converts implicitly to `To` (what `To x = from;` needs).
// The parentheses around the requires-expression are for cppcheck 2.10, which cannot parse one
// as the left operand of `||`.
template <class From, class To>
concept convertible_to = (requires(void (*sink)(To)) { sink(declval<From>()); }) ||
                         (is_void_v<From> && is_void_v<To>);

template <class T, class... Args>
concept constructible_from = is_constructible_v<T, Args...>;

template <class T>
concept copy_constructible = is_constructible_v<T, const T&>;
template <class T>
concept move_constructible = is_constructible_v<T, T&&>;

template <class F, class... Args>
concept invocable = requires(F&& f, Args&&... args) { static_cast<F&&>(f)(static_cast<Args&&>(args)...); };

template <class F, class... Args>
using invoke_result_t = decltype(declval<F>()(declval<Args>()...));

/// Applies `f` to `args`; ferrite's callables are function objects and lambdas, not member
/// pointers, so this is a plain call.
template <class F, class... Args>
constexpr decltype(auto) invoke(F&& f, Args&&... args) {
  return static_cast<F&&>(f)(static_cast<Args&&>(args)...);
}

// ---- Value categories -------------------------------------------------------------------------

template <class T>
[[nodiscard, gnu::always_inline]] constexpr remove_reference_t<T>&& move(T&& value) noexcept {
  return static_cast<remove_reference_t<T>&&>(value);
}

template <class T>
[[nodiscard, gnu::always_inline]] constexpr T&& forward(remove_reference_t<T>& value) noexcept {
  return static_cast<T&&>(value);
}
template <class T>
[[nodiscard, gnu::always_inline]] constexpr T&& forward(remove_reference_t<T>&& value) noexcept {
  return static_cast<T&&>(value);
}

template <class T, class U = T>
constexpr T exchange(T& target, U&& replacement) {
  T old = static_cast<T&&>(target);
  target = static_cast<U&&>(replacement);
  return old;
}

template <class T>
constexpr void swap(T& a, T& b) {
  T tmp = static_cast<T&&>(a);
  a = static_cast<T&&>(b);
  b = static_cast<T&&>(tmp);
}

template <class T>
[[nodiscard, gnu::always_inline]] constexpr T* addressof(T& value) noexcept {
  return __builtin_addressof(value);
}

// ---- Object lifetime --------------------------------------------------------------------------

template <class T>
[[nodiscard, gnu::always_inline]] constexpr T* launder(T* pointer) noexcept {
  return __builtin_launder(pointer);
}

/// Constructs a `T` at `where` from `args`. Not usable in constant expressions (placement new
/// is not); constexpr code reassigns whole trivially copyable objects instead.
template <class T, class... Args>
[[gnu::always_inline]] inline T* construct_at(T* where, Args&&... args) {
  return ::new (static_cast<void*>(where), PlacementTag{}) T(static_cast<Args&&>(args)...);
}

template <class T>
[[gnu::always_inline]] constexpr void destroy_at(T* object) noexcept {
  if constexpr (!is_trivially_destructible_v<T>) object->~T();
}

/// Tag selecting the constructor that builds the contained value from the arguments that follow.
struct InPlace {
  explicit InPlace() = default;
};

}  // namespace ferrite::detail

namespace ferrite {

/// Two values side by side, as Rust's `(A, B)`; an aggregate, so structured bindings work.
///
///     auto [left, right] = pair;
template <class A, class B>
struct Pair {
  A first;
  B second;

  // Not marked constexpr: before P2448 that would make Pair ill-formed for a member whose ==
  // is not constexpr. A defaulted comparison is constexpr anyway wherever it can be.
  friend bool operator==(const Pair&, const Pair&) = default;
};

}  // namespace ferrite

#endif  // FERRITE_UTILITY_HPP
