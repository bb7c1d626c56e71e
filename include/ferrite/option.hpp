// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/option.hpp: an optional value, Rust's `core::option::Option` in C++.
//
// An `Option<T>` is either `Some(value)` or `None`. It replaces the C idioms "return NULL when
// absent" and "return a sentinel such as -1", and makes the absent case impossible to forget:
// the value is only reached through a method that says what happens when there is none.
//
//     Option<Device&> find_device(uint32_t id);
//
//     if (Device* dev = find_device(id).as_ptr()) {    // test and use, no panic path
//       dev->start();
//     }
//     uint32_t irq = find_device(id).map([](Device& d) { return d.irq; }).unwrap_or(0);
//
// Representation (promised, checked by static_assert in the tests):
// - `Option<T&>` is one pointer; `None` is the null pointer. Assigning to it rebinds it, never
//   assigns through it, and it cannot be made from a temporary.
// - `Option<T>` for a `T` with a niche (a spare bit pattern declared through `NicheTraits<T>`,
//   such as `NonNull<T>` or `NonZero<T>`) is exactly `sizeof(T)`.
// - Otherwise `Option<T>` is `T` plus a flag.
// - `Option<T>` is trivially copyable, copyable, movable and destructible exactly when `T` is,
//   and usable in constant expressions when `T` is trivially copyable.
//
// Methods, grouped as in Rust:
//   querying      is_some, is_none, is_some_and, is_none_or, explicit operator bool
//   extracting    unwrap_or, unwrap_or_else, unwrap_or_default, unwrap_unchecked, as_ptr,
//                 and the panicking unwrap, expect
//   transforming  map, map_or, map_or_else, and_then, filter, inspect, flatten, copied,
//                 as_ref, as_mut, zip, unzip, ok_or, ok_or_else
//   combining     and_, or_, or_else, xor_ (trailing underscore: `and`, `or`, `xor` are C++ keywords)
//   in place      take, replace, insert, get_or_insert, get_or_insert_with
//   comparing     ==, != (with an Option, with None, with a value); <, <=, >, >= (None < Some)
//   iterating     range-for visits the value if there is one
//
// The panicking forms call the panic hook of config.hpp; under FERRITE_NO_PANIC their use does
// not compile, and the message names the alternative.
#ifndef FERRITE_OPTION_HPP
#define FERRITE_OPTION_HPP

#include "config.hpp"
#include "detail/either.hpp"
#include "utility.hpp"

namespace ferrite {

/// The type of `None`: converts to every `Option`.
struct NoneType {
  // Not default-constructible, so `opt = {}` is not ambiguous between None and a value.
  explicit constexpr NoneType(int) noexcept {}
};

/// The absent value, as Rust's `None`.
///
///     Option<int> nothing = None;
inline constexpr NoneType None{0};

/// Customization point: a type with a spare bit pattern (a "niche") lets `Option` use it for
/// `None` and carry no flag. Specialize with
///
///     template <> struct ferrite::NicheTraits<Handle> {
///       static constexpr bool available = true;
///       static constexpr Handle none() noexcept { return Handle::invalid(); }   // never a valid value
///       static constexpr bool is_none(const Handle& h) noexcept { return h.raw() == -1; }
///     };
///
/// The type must be trivially copyable. A type whose constructors reject the pattern befriends
/// its specialization (`friend struct NicheTraits<Handle>;`) to build it.
template <class T>
struct NicheTraits {
  static constexpr bool available = false;
};

template <class T>
class Option;

namespace detail {

template <class T> inline constexpr bool is_option_v = false;
template <class T> inline constexpr bool is_option_v<Option<T>> = true;

/// Marks the default of `Some`'s template argument: "deduce the value type from the argument".
struct DeduceFromArgument;

template <class T>
concept has_niche = NicheTraits<remove_cv_t<T>>::available;

template <class T, class U>
concept equality_comparable_with = requires(const T& a, const U& b) {
  { a == b } -> convertible_to<bool>;
};
template <class T, class U>
concept less_than_comparable_with = requires(const T& a, const U& b) {
  { a < b } -> convertible_to<bool>;
};

template <class T> class OptionStorage;
template <class T> class NicheOptionStorage;

}  // namespace detail

/// `Some(value)`: an `Option` holding `value`, its type deduced; `Some<T&>(object)` for a reference.
///
///     Option<int> port = Some(8080);
///     Option<Device&> dev = Some<Device&>(devices[0]);
template <class T = detail::DeduceFromArgument, class U>
[[nodiscard]] constexpr auto Some(U&& value) {
  if constexpr (detail::is_same_v<T, detail::DeduceFromArgument>) {
    return Option<detail::remove_cvref_t<U>>(detail::InPlace{}, detail::forward<U>(value));
  } else {
    static_assert(!detail::is_lvalue_reference_v<T> || detail::is_lvalue_reference_v<U&&>,
                  "Some<T&>(x) needs an lvalue: an Option<T&> must not refer to a temporary");
    return Option<T>(detail::InPlace{}, detail::forward<U>(value));
  }
}

/// An optional `T`: `Some(value)` or `None`. Invariant: the value is alive exactly while
/// `is_some()`; every access checks that, except `unwrap_unchecked`, which debug builds check.
template <class T>
class [[nodiscard]] Option
    : private detail::conditional_t<detail::has_niche<T>, detail::NicheOptionStorage<T>,
                                    detail::OptionStorage<T>> {
  using Storage = detail::conditional_t<detail::has_niche<T>, detail::NicheOptionStorage<T>,
                                        detail::OptionStorage<T>>;
  static_assert(!detail::is_reference_v<T> || detail::is_lvalue_reference_v<T>,
                "Option<T&&> is not supported: use Option<T> or Option<T&>");
  static_assert(!detail::is_same_v<detail::remove_cv_t<T>, NoneType>, "Option<NoneType> is meaningless");
  static_assert(!detail::is_array_v<T>, "Option of a C array is not supported: use a struct or Span");
  static_assert(!detail::is_const_v<T>, "Option<const T> is not supported: an Option is const as a whole, as in Rust");

  template <class U> friend class Option;

 public:
  using value_type = T;

  // ---- Construction -------------------------------------------------------------------------

  /// An empty Option.
  constexpr Option() noexcept = default;
  /// `None` converts to any Option.
  constexpr Option(NoneType) noexcept {}

  /// A value converts to `Some(value)`, so `return value;` works in a function returning Option.
  template <class U = T>
    requires((!detail::is_option_v<detail::remove_cvref_t<U>> || detail::is_same_v<detail::remove_cvref_t<U>, detail::remove_cv_t<T>>) &&
             !detail::is_same_v<detail::remove_cvref_t<U>, NoneType> &&
             !detail::is_same_v<detail::remove_cvref_t<U>, detail::InPlace> &&
             detail::constructible_from<T, U &&>)
  constexpr explicit(!detail::convertible_to<U&&, T>) Option(U&& value)
      : Storage(detail::InPlace{}, detail::forward<U>(value)) {}

  /// Builds the value in place from `args`.
  template <class... Args>
  constexpr explicit Option(detail::InPlace, Args&&... args)
      : Storage(detail::InPlace{}, detail::forward<Args>(args)...) {}

  // Copy, move and destruction come from the storage: trivial exactly when T's are.

  /// Assigning `None` destroys the value, if any.
  constexpr Option& operator=(NoneType) noexcept {
    this->reset_();
    return *this;
  }

  // ---- Querying -----------------------------------------------------------------------------

  /// True if this holds a value.
  [[nodiscard]] constexpr bool is_some() const noexcept { return this->is_some_(); }
  /// True if this holds no value.
  [[nodiscard]] constexpr bool is_none() const noexcept { return !this->is_some_(); }
  /// `is_some()`, for `if (opt)`.
  constexpr explicit operator bool() const noexcept { return this->is_some_(); }

  /// True if this holds a value for which `predicate` is true.
  ///
  ///     bool busy = find_device(id).is_some_and([](const Device& d) { return d.busy; });
  template <class F>
  [[nodiscard]] constexpr bool is_some_and(F&& predicate) const& {
    return this->is_some_() && static_cast<bool>(detail::invoke(detail::forward<F>(predicate), this->get_()));
  }
  /// True if this is None or holds a value for which `predicate` is true.
  template <class F>
  [[nodiscard]] constexpr bool is_none_or(F&& predicate) const& {
    return !this->is_some_() || static_cast<bool>(detail::invoke(detail::forward<F>(predicate), this->get_()));
  }

  // ---- Extracting ---------------------------------------------------------------------------

  /// A pointer to the value, or null: test and use in one statement with no panic path.
  ///
  ///     Option<Config> cfg = load(name);
  ///     if (const Config* c = cfg.as_ptr()) apply(*c);
  ///
  /// Not on a temporary: the pointer would point into an Option that is gone at the end of the
  /// statement. (`Option<T&>::as_ptr` points at the referent and works on temporaries.)
  [[nodiscard]] constexpr T* as_ptr() & noexcept { return this->is_some_() ? detail::addressof(this->get_()) : nullptr; }
  [[nodiscard]] constexpr const T* as_ptr() const& noexcept {
    return this->is_some_() ? detail::addressof(this->get_()) : nullptr;
  }
  const T* as_ptr() const&& = delete;

  /// The value, or `fallback` if this is None.
  ///
  ///     listen(parse_port(text).unwrap_or(8080));
  template <class U>
  [[nodiscard]] constexpr T unwrap_or(U&& fallback) const& {
    return this->is_some_() ? static_cast<T>(this->get_()) : static_cast<T>(detail::forward<U>(fallback));
  }
  template <class U>
  [[nodiscard]] constexpr T unwrap_or(U&& fallback) && {
    return this->is_some_() ? static_cast<T>(detail::move(this->get_())) : static_cast<T>(detail::forward<U>(fallback));
  }

  /// The value, or the result of calling `make_fallback` if this is None.
  template <class F>
  [[nodiscard]] constexpr T unwrap_or_else(F&& make_fallback) const& {
    if (this->is_some_()) return this->get_();
    return detail::invoke(detail::forward<F>(make_fallback));
  }
  template <class F>
  [[nodiscard]] constexpr T unwrap_or_else(F&& make_fallback) && {
    if (this->is_some_()) return detail::move(this->get_());
    return detail::invoke(detail::forward<F>(make_fallback));
  }

  /// The value, or a value-initialized `T` (zero for integers) if this is None.
  [[nodiscard]] constexpr T unwrap_or_default() const& requires(!detail::is_reference_v<T>) {
    return this->is_some_() ? this->get_() : T();
  }
  [[nodiscard]] constexpr T unwrap_or_default() && requires(!detail::is_reference_v<T>) {
    return this->is_some_() ? detail::move(this->get_()) : T();
  }

  /// The value, without a check. Safety: the caller guarantees `is_some()`; debug builds check.
  [[nodiscard]] constexpr decltype(auto) unwrap_unchecked(SourceLocation where = SourceLocation::current()) & {
    detail::debug_check(this->is_some_(), "Option::unwrap_unchecked on None", where);
    return this->get_();
  }
  [[nodiscard]] constexpr decltype(auto) unwrap_unchecked(SourceLocation where = SourceLocation::current()) const& {
    detail::debug_check(this->is_some_(), "Option::unwrap_unchecked on None", where);
    return this->get_();
  }
  [[nodiscard]] constexpr T unwrap_unchecked(SourceLocation where = SourceLocation::current()) && {
    detail::debug_check(this->is_some_(), "Option::unwrap_unchecked on None", where);
    return detail::move(this->get_());
  }

  /// The value. Panics: if this is None. Prefer `unwrap_or`, `as_ptr` or `FERRITE_TRY`.
  [[nodiscard]] constexpr decltype(auto) unwrap(SourceLocation where = SourceLocation::current()) & {
    FERRITE_PANICS(T, "unwrap_or, unwrap_or_else, as_ptr(), range-for or FERRITE_TRY");
    if (!this->is_some_()) detail::panic("called Option::unwrap on None", where);
    return this->get_();
  }
  [[nodiscard]] constexpr decltype(auto) unwrap(SourceLocation where = SourceLocation::current()) const& {
    FERRITE_PANICS(T, "unwrap_or, unwrap_or_else, as_ptr(), range-for or FERRITE_TRY");
    if (!this->is_some_()) detail::panic("called Option::unwrap on None", where);
    return this->get_();
  }
  [[nodiscard]] constexpr T unwrap(SourceLocation where = SourceLocation::current()) && {
    FERRITE_PANICS(T, "unwrap_or, unwrap_or_else, as_ptr(), range-for or FERRITE_TRY");
    if (!this->is_some_()) detail::panic("called Option::unwrap on None", where);
    return detail::move(this->get_());
  }

  /// The value. Panics: with `message` if this is None.
  ///
  ///     Config& cfg = lookup("boot").expect("boot config is built in");
  [[nodiscard]] constexpr decltype(auto) expect(const char* message,
                                                SourceLocation where = SourceLocation::current()) & {
    FERRITE_PANICS(T, "unwrap_or, unwrap_or_else, as_ptr(), range-for or FERRITE_TRY");
    if (!this->is_some_()) detail::panic(message, where);
    return this->get_();
  }
  [[nodiscard]] constexpr decltype(auto) expect(const char* message,
                                                SourceLocation where = SourceLocation::current()) const& {
    FERRITE_PANICS(T, "unwrap_or, unwrap_or_else, as_ptr(), range-for or FERRITE_TRY");
    if (!this->is_some_()) detail::panic(message, where);
    return this->get_();
  }
  [[nodiscard]] constexpr T expect(const char* message, SourceLocation where = SourceLocation::current()) && {
    FERRITE_PANICS(T, "unwrap_or, unwrap_or_else, as_ptr(), range-for or FERRITE_TRY");
    if (!this->is_some_()) detail::panic(message, where);
    return detail::move(this->get_());
  }

  // ---- Transforming -------------------------------------------------------------------------

  /// `Some(f(value))`, or None.
  ///
  ///     Option<uint32_t> irq = find_device(id).map([](Device& d) { return d.irq; });
  template <class F>
  [[nodiscard]] constexpr auto map(F&& f) const& { return map_impl(*this, detail::forward<F>(f)); }
  template <class F>
  [[nodiscard]] constexpr auto map(F&& f) && { return map_impl(detail::move(*this), detail::forward<F>(f)); }

  /// `f(value)`, or `fallback` if this is None.
  template <class U, class F>
  [[nodiscard]] constexpr auto map_or(U&& fallback, F&& f) const& {
    return map_or_else_impl(*this, [&] { return detail::forward<U>(fallback); }, detail::forward<F>(f));
  }
  template <class U, class F>
  [[nodiscard]] constexpr auto map_or(U&& fallback, F&& f) && {
    return map_or_else_impl(detail::move(*this), [&] { return detail::forward<U>(fallback); }, detail::forward<F>(f));
  }
  /// `f(value)`, or `make_fallback()` if this is None.
  template <class D, class F>
  [[nodiscard]] constexpr auto map_or_else(D&& make_fallback, F&& f) const& {
    return map_or_else_impl(*this, detail::forward<D>(make_fallback), detail::forward<F>(f));
  }
  template <class D, class F>
  [[nodiscard]] constexpr auto map_or_else(D&& make_fallback, F&& f) && {
    return map_or_else_impl(detail::move(*this), detail::forward<D>(make_fallback), detail::forward<F>(f));
  }

  /// `f(value)`, which returns an Option itself, or None: chains steps that may each find nothing.
  ///
  ///     Option<Port&> port = find_device(id).and_then([](Device& d) { return d.port(0); });
  template <class F>
  [[nodiscard]] constexpr auto and_then(F&& f) const& { return and_then_impl(*this, detail::forward<F>(f)); }
  template <class F>
  [[nodiscard]] constexpr auto and_then(F&& f) && { return and_then_impl(detail::move(*this), detail::forward<F>(f)); }

  /// This Option if it holds a value for which `predicate` is true, otherwise None.
  template <class F>
  [[nodiscard]] constexpr Option filter(F&& predicate) const& {
    if (this->is_some_() && detail::invoke(detail::forward<F>(predicate), this->get_())) return *this;
    return None;
  }
  template <class F>
  [[nodiscard]] constexpr Option filter(F&& predicate) && {
    if (this->is_some_() && detail::invoke(detail::forward<F>(predicate), this->get_())) return detail::move(*this);
    return None;
  }

  /// Calls `f` with the value, if any, and returns this Option unchanged.
  template <class F>
  constexpr const Option& inspect(F&& f) const& {
    if (this->is_some_()) detail::invoke(detail::forward<F>(f), this->get_());
    return *this;
  }
  template <class F>
  constexpr Option inspect(F&& f) && {
    if (this->is_some_()) detail::invoke(detail::forward<F>(f), this->get_());
    return detail::move(*this);
  }

  /// An Option of a reference to the value: look without moving it out.
  [[nodiscard]] constexpr Option<const T&> as_ref() const& noexcept {
    if (this->is_some_()) return Option<const T&>(this->get_());
    return None;
  }
  /// Not on a temporary: the references would outlive the Option.
  Option<const T&> as_ref() const&& = delete;
  /// An Option of a mutable reference to the value.
  [[nodiscard]] constexpr Option<detail::remove_reference_t<T>&> as_mut() & noexcept {
    if (this->is_some_()) return Option<detail::remove_reference_t<T>&>(this->get_());
    return None;
  }

  /// `Option<Option<U>>` to `Option<U>`.
  [[nodiscard]] constexpr T flatten() const& requires detail::is_option_v<detail::remove_cv_t<T>> {
    if (this->is_some_()) return this->get_();
    return None;
  }
  [[nodiscard]] constexpr T flatten() && requires detail::is_option_v<detail::remove_cv_t<T>> {
    if (this->is_some_()) return detail::move(this->get_());
    return None;
  }

  /// `Some(Pair{a, b})` if both hold values, otherwise None.
  template <class U>
  [[nodiscard]] constexpr Option<Pair<T, U>> zip(const Option<U>& other) const& {
    if (this->is_some_() && other.is_some_()) return Option<Pair<T, U>>(detail::InPlace{}, Pair<T, U>{this->get_(), other.get_()});
    return None;
  }
  template <class U>
  [[nodiscard]] constexpr Option<Pair<T, U>> zip(Option<U>&& other) && {
    if (this->is_some_() && other.is_some_())
      return Option<Pair<T, U>>(detail::InPlace{}, Pair<T, U>{detail::move(this->get_()), detail::move(other.get_())});
    return None;
  }

  /// `Some(Pair{a, b})` to `Pair{Some(a), Some(b)}`; None to a pair of Nones.
  [[nodiscard]] constexpr auto unzip() const& requires requires(const T& pair) { pair.first; pair.second; } {
    return unzip_impl(*this);
  }
  [[nodiscard]] constexpr auto unzip() && requires requires(const T& pair) { pair.first; pair.second; } {
    return unzip_impl(detail::move(*this));
  }

  /// `Ok(value)`, or `Err(error)` if this is None. Defined in result.hpp.
  template <class E>
  [[nodiscard]] constexpr auto ok_or(E&& error) const&;
  template <class E>
  [[nodiscard]] constexpr auto ok_or(E&& error) &&;
  /// `Ok(value)`, or `Err(make_error())` if this is None. Defined in result.hpp.
  template <class F>
  [[nodiscard]] constexpr auto ok_or_else(F&& make_error) const&;
  template <class F>
  [[nodiscard]] constexpr auto ok_or_else(F&& make_error) &&;

  // ---- Combining ----------------------------------------------------------------------------

  /// `other` if this holds a value, otherwise None (Rust's `and`).
  template <class U>
  [[nodiscard]] constexpr Option<U> and_(Option<U> other) const {
    if (this->is_some_()) return other;
    return None;
  }
  /// This Option if it holds a value, otherwise `other` (Rust's `or`).
  [[nodiscard]] constexpr Option or_(Option other) const& {
    if (this->is_some_()) return *this;
    return other;
  }
  [[nodiscard]] constexpr Option or_(Option other) && {
    if (this->is_some_()) return detail::move(*this);
    return other;
  }
  /// This Option if it holds a value, otherwise `make_other()`.
  template <class F>
  [[nodiscard]] constexpr Option or_else(F&& make_other) const& {
    if (this->is_some_()) return *this;
    return detail::invoke(detail::forward<F>(make_other));
  }
  template <class F>
  [[nodiscard]] constexpr Option or_else(F&& make_other) && {
    if (this->is_some_()) return detail::move(*this);
    return detail::invoke(detail::forward<F>(make_other));
  }
  /// The one that holds a value if exactly one does, otherwise None (Rust's `xor`).
  [[nodiscard]] constexpr Option xor_(Option other) const& {
    if (this->is_some_() && !other.is_some_()) return *this;
    if (!this->is_some_() && other.is_some_()) return other;
    return None;
  }
  [[nodiscard]] constexpr Option xor_(Option other) && {
    if (this->is_some_() && !other.is_some_()) return detail::move(*this);
    if (!this->is_some_() && other.is_some_()) return other;
    return None;
  }

  // ---- In place -----------------------------------------------------------------------------

  /// Moves the value out, leaving None behind.
  ///
  ///     Option<Request&> next = pending.take();   // pending is None now
  [[nodiscard]] constexpr Option take() noexcept(detail::is_trivially_copyable_v<T>) {
    Option taken = detail::move(*this);
    this->reset_();
    return taken;
  }

  /// Puts `value` in, returning the old value if there was one.
  template <class U = T>
  [[nodiscard]] constexpr Option replace(U&& value) {
    Option old = take();
    this->emplace_(detail::forward<U>(value));
    return old;
  }

  /// Puts `value` in, dropping any old value, and returns a reference to it.
  template <class U = T>
  constexpr T& insert(U&& value) {
    this->reset_();
    this->emplace_(detail::forward<U>(value));
    return this->get_();
  }

  /// The value, after putting `value` in if this was None.
  template <class U = T>
  constexpr T& get_or_insert(U&& value) {
    if (!this->is_some_()) this->emplace_(detail::forward<U>(value));
    return this->get_();
  }

  /// The value, after putting `make_value()` in if this was None.
  template <class F>
  constexpr T& get_or_insert_with(F&& make_value) {
    if (!this->is_some_()) this->emplace_(detail::invoke(detail::forward<F>(make_value)));
    return this->get_();
  }

  // ---- Iterating ----------------------------------------------------------------------------

  /// Range-for visits the value once, or not at all: `for (auto& v : opt) use(v);`
  [[nodiscard]] constexpr detail::remove_reference_t<T>* begin() noexcept { return as_ptr(); }
  [[nodiscard]] constexpr detail::remove_reference_t<T>* end() noexcept {
    return this->is_some_() ? as_ptr() + 1 : nullptr;
  }
  [[nodiscard]] constexpr const detail::remove_reference_t<T>* begin() const noexcept { return as_ptr(); }
  [[nodiscard]] constexpr const detail::remove_reference_t<T>* end() const noexcept {
    return this->is_some_() ? as_ptr() + 1 : nullptr;
  }

 private:
  template <class Self, class D, class F>
  static constexpr auto map_or_else_impl(Self&& self, D&& make_fallback, F&& f) {
    using R = detail::remove_cvref_t<detail::invoke_result_t<F, decltype(detail::forward<Self>(self).get_())>>;
    if (self.is_some_()) return static_cast<R>(detail::invoke(detail::forward<F>(f), detail::forward<Self>(self).get_()));
    return static_cast<R>(detail::invoke(detail::forward<D>(make_fallback)));
  }

  template <class Self>
  static constexpr auto unzip_impl(Self&& self) {
    using A = decltype(T::first);
    using B = decltype(T::second);
    using R = Pair<Option<A>, Option<B>>;
    if (!self.is_some_()) return R{Option<A>(), Option<B>()};
    auto&& pair = detail::forward<Self>(self).get_();
    return R{Option<A>(detail::InPlace{}, detail::forward<decltype(pair)>(pair).first),
             Option<B>(detail::InPlace{}, detail::forward<decltype(pair)>(pair).second)};
  }

  template <class Self, class F>
  static constexpr auto map_impl(Self&& self, F&& f) {
    using Arg = decltype(detail::forward<Self>(self).get_());
    using R = detail::invoke_result_t<F, Arg>;
    using U = detail::conditional_t<detail::is_lvalue_reference_v<R>, R, detail::remove_cvref_t<R>>;
    if (self.is_some_()) return Option<U>(detail::InPlace{}, detail::invoke(detail::forward<F>(f), detail::forward<Self>(self).get_()));
    return Option<U>();
  }

  template <class Self, class F>
  static constexpr auto and_then_impl(Self&& self, F&& f) {
    using Arg = decltype(detail::forward<Self>(self).get_());
    using R = detail::remove_cvref_t<detail::invoke_result_t<F, Arg>>;
    static_assert(detail::is_option_v<R>, "and_then needs a function that returns an Option");
    if (self.is_some_()) return R(detail::invoke(detail::forward<F>(f), detail::forward<Self>(self).get_()));
    return R();
  }
};

/// A reference to a `T`, or None; exactly one pointer. Assignment rebinds.
template <class T>
class [[nodiscard]] Option<T&> {
  template <class U> friend class Option;

 public:
  using value_type = T&;

  constexpr Option() noexcept = default;
  constexpr Option(NoneType) noexcept {}
  /// Refers to `object`.
  constexpr Option(T& object) noexcept : pointer_(detail::addressof(object)) {}
  /// An Option<T&> from a temporary would dangle the moment the statement ends.
  Option(T&&) = delete;
  /// An `Option<Derived&>` converts to an `Option<Base&>`, a mutable to a const reference.
  template <class U>
    requires(!detail::is_same_v<U, T> && detail::convertible_to<U*, T*>)
  constexpr Option(const Option<U&>& other) noexcept : pointer_(other.pointer_) {}
  constexpr explicit Option(detail::InPlace, T& object) noexcept : pointer_(detail::addressof(object)) {}

  constexpr Option& operator=(NoneType) noexcept {
    pointer_ = nullptr;
    return *this;
  }

  [[nodiscard]] constexpr bool is_some() const noexcept { return pointer_ != nullptr; }
  [[nodiscard]] constexpr bool is_none() const noexcept { return pointer_ == nullptr; }
  constexpr explicit operator bool() const noexcept { return pointer_ != nullptr; }
  template <class F>
  [[nodiscard]] constexpr bool is_some_and(F&& predicate) const {
    return pointer_ != nullptr && static_cast<bool>(detail::invoke(detail::forward<F>(predicate), *pointer_));
  }
  template <class F>
  [[nodiscard]] constexpr bool is_none_or(F&& predicate) const {
    return pointer_ == nullptr || static_cast<bool>(detail::invoke(detail::forward<F>(predicate), *pointer_));
  }

  /// The referred-to object's address, or null.
  [[nodiscard]] constexpr T* as_ptr() const noexcept { return pointer_; }

  // Every member that stores or returns a reference it is given refuses a temporary (which a
  // `const T&` would otherwise accept): the reference would dangle at the end of the statement.
  [[nodiscard]] constexpr T& unwrap_or(T& fallback) const noexcept { return pointer_ ? *pointer_ : fallback; }
  T& unwrap_or(T&&) const = delete;
  template <class F>
    requires detail::is_lvalue_reference_v<detail::invoke_result_t<F>>
  [[nodiscard]] constexpr T& unwrap_or_else(F&& make_fallback) const {
    return pointer_ ? *pointer_ : detail::invoke(detail::forward<F>(make_fallback));
  }
  [[nodiscard]] constexpr T& unwrap_unchecked(SourceLocation where = SourceLocation::current()) const {
    detail::debug_check(pointer_ != nullptr, "Option::unwrap_unchecked on None", where);
    return *pointer_;
  }
  [[nodiscard]] constexpr T& unwrap(SourceLocation where = SourceLocation::current()) const {
    FERRITE_PANICS(T, "unwrap_or, as_ptr(), range-for or FERRITE_TRY");
    if (pointer_ == nullptr) detail::panic("called Option::unwrap on None", where);
    return *pointer_;
  }
  [[nodiscard]] constexpr T& expect(const char* message, SourceLocation where = SourceLocation::current()) const {
    FERRITE_PANICS(T, "unwrap_or, as_ptr(), range-for or FERRITE_TRY");
    if (pointer_ == nullptr) detail::panic(message, where);
    return *pointer_;
  }

  /// A copy of the referred-to value: `Option<T&>` to `Option<T>` (Rust's `copied`/`cloned`).
  [[nodiscard]] constexpr Option<detail::remove_cv_t<T>> copied() const {
    if (pointer_) return Option<detail::remove_cv_t<T>>(detail::InPlace{}, *pointer_);
    return None;
  }

  template <class F>
  [[nodiscard]] constexpr auto map(F&& f) const {
    using R = detail::invoke_result_t<F, T&>;
    using U = detail::conditional_t<detail::is_lvalue_reference_v<R>, R, detail::remove_cvref_t<R>>;
    if (pointer_) return Option<U>(detail::InPlace{}, detail::invoke(detail::forward<F>(f), *pointer_));
    return Option<U>();
  }
  template <class U, class F>
  [[nodiscard]] constexpr auto map_or(U&& fallback, F&& f) const {
    using R = detail::remove_cvref_t<detail::invoke_result_t<F, T&>>;
    if (pointer_) return static_cast<R>(detail::invoke(detail::forward<F>(f), *pointer_));
    return static_cast<R>(detail::forward<U>(fallback));
  }
  template <class D, class F>
  [[nodiscard]] constexpr auto map_or_else(D&& make_fallback, F&& f) const {
    using R = detail::remove_cvref_t<detail::invoke_result_t<F, T&>>;
    if (pointer_) return static_cast<R>(detail::invoke(detail::forward<F>(f), *pointer_));
    return static_cast<R>(detail::invoke(detail::forward<D>(make_fallback)));
  }
  template <class F>
  [[nodiscard]] constexpr auto and_then(F&& f) const {
    using R = detail::remove_cvref_t<detail::invoke_result_t<F, T&>>;
    static_assert(detail::is_option_v<R>, "and_then needs a function that returns an Option");
    if (pointer_) return R(detail::invoke(detail::forward<F>(f), *pointer_));
    return R();
  }
  template <class F>
  [[nodiscard]] constexpr Option filter(F&& predicate) const {
    if (pointer_ && detail::invoke(detail::forward<F>(predicate), *pointer_)) return *this;
    return None;
  }
  template <class F>
  constexpr Option inspect(F&& f) const {
    if (pointer_) detail::invoke(detail::forward<F>(f), *pointer_);
    return *this;
  }
  [[nodiscard]] constexpr Option<const T&> as_ref() const noexcept { return Option<const T&>(*this); }
  [[nodiscard]] constexpr Option as_mut() const noexcept { return *this; }
  template <class U>
  [[nodiscard]] constexpr Option<Pair<T&, U>> zip(Option<U> other) const {
    if (pointer_ && other.is_some()) return Option<Pair<T&, U>>(detail::InPlace{}, Pair<T&, U>{*pointer_, detail::move(other).unwrap_unchecked()});
    return None;
  }

  template <class E>
  [[nodiscard]] constexpr auto ok_or(E&& error) const;
  template <class F>
  [[nodiscard]] constexpr auto ok_or_else(F&& make_error) const;

  template <class U>
  [[nodiscard]] constexpr Option<U> and_(Option<U> other) const {
    if (pointer_) return other;
    return None;
  }
  [[nodiscard]] constexpr Option or_(Option other) const noexcept { return pointer_ ? *this : other; }
  template <class F>
  [[nodiscard]] constexpr Option or_else(F&& make_other) const {
    if (pointer_) return *this;
    return detail::invoke(detail::forward<F>(make_other));
  }
  [[nodiscard]] constexpr Option xor_(Option other) const noexcept {
    if (pointer_ && !other.pointer_) return *this;
    if (!pointer_ && other.pointer_) return other;
    return None;
  }

  [[nodiscard]] constexpr Option take() noexcept { return Option::from_pointer(detail::exchange(pointer_, nullptr)); }
  [[nodiscard]] constexpr Option replace(T& object) noexcept {
    return Option::from_pointer(detail::exchange(pointer_, detail::addressof(object)));
  }
  Option replace(T&&) = delete;
  constexpr T& insert(T& object) noexcept {
    pointer_ = detail::addressof(object);
    return *pointer_;
  }
  T& insert(T&&) = delete;
  constexpr T& get_or_insert(T& object) noexcept {
    if (!pointer_) pointer_ = detail::addressof(object);
    return *pointer_;
  }
  T& get_or_insert(T&&) = delete;
  template <class F>
    requires detail::is_lvalue_reference_v<detail::invoke_result_t<F>>
  constexpr T& get_or_insert_with(F&& make_reference) {
    if (!pointer_) pointer_ = detail::addressof(static_cast<T&>(detail::invoke(detail::forward<F>(make_reference))));
    return *pointer_;
  }

  [[nodiscard]] constexpr T* begin() const noexcept { return pointer_; }
  [[nodiscard]] constexpr T* end() const noexcept { return pointer_ ? pointer_ + 1 : nullptr; }

 private:
  static constexpr Option from_pointer(T* pointer) noexcept {
    Option result;
    result.pointer_ = pointer;
    return result;
  }
  // The common accessors of the storage classes, so generic code in Option<U> reads alike.
  constexpr bool is_some_() const noexcept { return pointer_ != nullptr; }
  constexpr T& get_() const noexcept { return *pointer_; }

  T* pointer_ = nullptr;
};

// ---- Comparing ----------------------------------------------------------------------------------
// One set of comparisons for `Option<T>` and `Option<T&>`. They are templates on both sides, so
// neither operand is ever converted to an Option on the way in. They read the values through
// `unwrap_unchecked` after testing `is_some`: through `as_ptr`, GCC's -Wnull-dereference cannot
// see that the pointer was tested.

namespace detail {
/// False when one Option is the other's value type (`Option<Option<int>>` against
/// `Option<int>`): that is a comparison with a value, not between two Options.
template <class T, class U>
concept option_peers = !is_same_v<Option<U>, remove_cv_t<T>> && !is_same_v<Option<T>, remove_cv_t<U>>;
}  // namespace detail

/// Equal when both are None, or both hold equal values.
///
///     CHECK(parse("8080") == Some(8080));
template <class T, class U>
  requires(detail::option_peers<T, U> && detail::equality_comparable_with<T, U>)
[[nodiscard]] constexpr bool operator==(const Option<T>& a, const Option<U>& b) {
  if (a.is_some() != b.is_some()) return false;
  return a.is_none() || static_cast<bool>(a.unwrap_unchecked() == b.unwrap_unchecked());
}

/// True when `a` is None: `opt == None`.
template <class T>
[[nodiscard]] constexpr bool operator==(const Option<T>& a, NoneType) noexcept {
  return a.is_none();
}

/// True when `a` holds a value equal to `value`: `opt == 3`.
template <class T, class U>
  requires((!detail::is_option_v<U> || detail::is_same_v<U, detail::remove_cv_t<T>>) &&
           !detail::is_same_v<U, NoneType> && detail::equality_comparable_with<T, U>)
[[nodiscard]] constexpr bool operator==(const Option<T>& a, const U& value) {
  return a.is_some() && static_cast<bool>(a.unwrap_unchecked() == value);
}

/// Ordering as in Rust: None is less than any Some; two Somes compare their values.
template <class T, class U>
  requires(detail::option_peers<T, U> && detail::less_than_comparable_with<T, U>)
[[nodiscard]] constexpr bool operator<(const Option<T>& a, const Option<U>& b) {
  if (b.is_none()) return false;
  return a.is_none() || static_cast<bool>(a.unwrap_unchecked() < b.unwrap_unchecked());
}
template <class T, class U>
  requires(detail::option_peers<T, U> && detail::less_than_comparable_with<U, T>)
[[nodiscard]] constexpr bool operator>(const Option<T>& a, const Option<U>& b) { return b < a; }
template <class T, class U>
  requires(detail::option_peers<T, U> && detail::less_than_comparable_with<U, T>)
[[nodiscard]] constexpr bool operator<=(const Option<T>& a, const Option<U>& b) { return !(b < a); }
template <class T, class U>
  requires(detail::option_peers<T, U> && detail::less_than_comparable_with<T, U>)
[[nodiscard]] constexpr bool operator>=(const Option<T>& a, const Option<U>& b) { return !(a < b); }

// ---- Details ------------------------------------------------------------------------------------

namespace detail {

/// Storage for a `T` without a niche: `Either<Empty, T>`, a union and a flag, whose special
/// members are trivial exactly when `T`'s are.
template <class T>
class OptionStorage {
 protected:
  constexpr OptionStorage() noexcept = default;
  template <class... Args>
  constexpr explicit OptionStorage(InPlace, Args&&... args) : either_(InSecond{}, static_cast<Args&&>(args)...) {}

  [[nodiscard]] constexpr bool is_some_() const noexcept { return either_.second_alive(); }
  [[nodiscard]] constexpr T& get_() & noexcept { return either_.second(); }
  [[nodiscard]] constexpr const T& get_() const& noexcept { return either_.second(); }
  [[nodiscard]] constexpr T&& get_() && noexcept { return static_cast<Either<Empty, T>&&>(either_).second(); }
  constexpr void reset_() noexcept {
    if (either_.second_alive()) either_.emplace_first();
  }
  /// Builds the value; any old one is destroyed first.
  template <class... Args>
  constexpr void emplace_(Args&&... args) {
    either_.emplace_second(static_cast<Args&&>(args)...);
  }

 private:
  Either<Empty, T> either_{InFirst{}};
};

/// Storage for a `T` with a niche: only the `T`, whose spare pattern means None.
template <class T>
class NicheOptionStorage {
  static_assert(is_trivially_copyable_v<T>, "a type with a niche must be trivially copyable");
  using Traits = NicheTraits<remove_cv_t<T>>;

 protected:
  constexpr NicheOptionStorage() noexcept : value_(Traits::none()) {}
  template <class... Args>
  constexpr explicit NicheOptionStorage(InPlace, Args&&... args) : value_(static_cast<Args&&>(args)...) {}

  [[nodiscard]] constexpr bool is_some_() const noexcept { return !Traits::is_none(value_); }
  [[nodiscard]] constexpr T& get_() & noexcept { return value_; }
  [[nodiscard]] constexpr const T& get_() const& noexcept { return value_; }
  [[nodiscard]] constexpr T&& get_() && noexcept { return static_cast<T&&>(value_); }
  constexpr void reset_() noexcept { value_ = Traits::none(); }
  template <class... Args>
  constexpr void emplace_(Args&&... args) {
    value_ = T(static_cast<Args&&>(args)...);
  }

 private:
  T value_;
};

}  // namespace detail
}  // namespace ferrite

// `ok_or` and `ok_or_else` return a Result, so the two headers come together.
#include "result.hpp"

#endif  // FERRITE_OPTION_HPP
