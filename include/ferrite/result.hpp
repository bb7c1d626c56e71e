// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/result.hpp: success or an error, Rust's `core::result::Result` in C++.
//
// A `Result<T, E>` is either `Ok(value)` or `Err(error)`. It replaces the kernel's `int` return
// (0 or -errno) and `ERR_PTR`, and C++'s exceptions, with a value the caller cannot ignore: the
// class is `[[nodiscard]]`, so dropping a returned Result warns (an error under -Werror).
//
//     Result<Device*, Errno> probe(Bus& bus) {
//       Regs* regs = FERRITE_TRY(bus.map_registers());     // returns early on Err, as Rust's `?`
//       FERRITE_TRY(regs->reset());                        // works on Result<void, E> too
//       return Ok(new_device(regs));
//     }
//
// Representation (promised, checked by static_assert in the tests):
// - `Result<void, E>` is `Option<E>` inside (None means Ok), so `Result<void, Errno>` is int-sized.
// - `Result<T*, Errno>` is one pointer, with the kernel's ERR_PTR encoding (errno.hpp).
// - Otherwise a union of `T` and `E` plus a flag. `Result<T&, E>` holds a pointer for the value.
// - Trivially copyable, copyable, movable and destructible exactly when `T` and `E` are.
//
// Methods, grouped as in Rust:
//   querying      is_ok, is_err, is_ok_and, is_err_and
//   extracting    ok, err, unwrap_or, unwrap_or_else, unwrap_or_default, unwrap_unchecked,
//                 unwrap_err_unchecked, and the panicking unwrap, expect, unwrap_err, expect_err
//   transforming  map, map_err, map_or, map_or_else, and_then, or_else, inspect, inspect_err,
//                 as_ref, as_mut, copied, flatten, transpose
//   combining     and_, or_
//   comparing     ==, != (with a Result, with Ok(x), with Err(e))
//   early return  FERRITE_TRY(expr), Rust's `?`, on Result and on Option
//
// `Ok(x)`, `Ok()` and `Err(e)` make values that convert to any Result that can hold them; an
// error converts through `ErrorFrom<To, From>`, Rust's `From`, which a user may specialize.
#ifndef FERRITE_RESULT_HPP
#define FERRITE_RESULT_HPP

#include "config.hpp"
#include "detail/either.hpp"
#include "option.hpp"
#include "utility.hpp"

namespace ferrite {

template <class T, class E>
class Result;

namespace detail {

/// The value of `Ok(x)` before it meets the Result it converts to.
template <class T>
struct [[nodiscard]] OkValue {
  T value;
};
template <>
struct [[nodiscard]] OkValue<void> {};
/// The error of `Err(e)` before it meets the Result it converts to.
template <class E>
struct [[nodiscard]] ErrValue {
  E error;
};

template <class T> inline constexpr bool is_result_v = false;
template <class T, class E> inline constexpr bool is_result_v<Result<T, E>> = true;

}  // namespace detail

/// `Ok(value)`: success carrying `value`; `Ok<T&>(object)` carries a reference.
///
///     return Ok(parsed);
template <class T = detail::DeduceFromArgument, class U>
[[nodiscard]] constexpr auto Ok(U&& value) {
  if constexpr (detail::is_same_v<T, detail::DeduceFromArgument>) {
    return detail::OkValue<detail::remove_cvref_t<U>>{detail::forward<U>(value)};
  } else {
    static_assert(!detail::is_lvalue_reference_v<T> || detail::is_lvalue_reference_v<U&&>,
                  "Ok<T&>(x) needs an lvalue: a Result<T&, E> must not refer to a temporary");
    return detail::OkValue<T>{detail::forward<U>(value)};
  }
}

/// `Ok()`: success of a `Result<void, E>`.
///
///     return Ok();
[[nodiscard]] constexpr detail::OkValue<void> Ok() noexcept { return {}; }

/// `Err(error)`: failure carrying `error`.
///
///     return Err(Errno::NoMem);
template <class E>
[[nodiscard]] constexpr detail::ErrValue<detail::remove_cvref_t<E>> Err(E&& error) {
  return {detail::forward<E>(error)};
}

/// Customization point, Rust's `From` for errors: how an error of type `From` becomes a `To`
/// when `Err(e)` or `FERRITE_TRY` crosses from one error type to another. The default converts
/// whatever `To` can be constructed from. Specialize it for your own conversions:
///
///     template <> struct ferrite::ErrorFrom<Errno, ParseError> {
///       static constexpr Errno convert(ParseError) noexcept { return Errno::Inval; }
///     };
template <class To, class From>
struct ErrorFrom {
  static constexpr To convert(From&& error)
    requires detail::constructible_from<To, From&&>
  {
    return To(static_cast<From&&>(error));
  }
  static constexpr To convert(const From& error)
    requires detail::constructible_from<To, const From&>
  {
    return To(error);
  }
  static constexpr To convert(From& error)
    requires detail::constructible_from<To, From&>
  {
    return To(error);
  }
};

namespace detail {

/// Two Results' values compare when both are void or when `==` compares them.
template <class T, class U>
concept values_comparable = (is_void_v<T> && is_void_v<U>) || (!is_void_v<T> && !is_void_v<U> && equality_comparable_with<T, U>);

template <class To, class From>
concept error_converts = requires(From&& error) { ErrorFrom<To, remove_cvref_t<From>>::convert(static_cast<From&&>(error)); };

/// How a Result stores a value or error of type T: void as Empty, a reference as a pointer.
template <class T>
struct Slot {
  using type = T;
  static constexpr T& get(T& stored) noexcept { return stored; }
  static constexpr const T& get(const T& stored) noexcept { return stored; }
  static constexpr T&& get(T&& stored) noexcept { return static_cast<T&&>(stored); }
};
template <>
struct Slot<void> {
  using type = Empty;
};
template <class T>
struct Slot<T&> {
  struct type {
    T* pointer;
    constexpr type(T& object) noexcept : pointer(__builtin_addressof(object)) {}
    type(T&&) = delete;
  };
  static constexpr T& get(const type& stored) noexcept { return *stored.pointer; }
};

/// The general storage: `Either<value, error>`.
template <class T, class E>
class ResultStorage {
  using ValueSlot = Slot<T>;
  using ErrorSlot = Slot<E>;

 public:
  template <class... Args>
  constexpr explicit ResultStorage(InFirst tag, Args&&... args) : either_(tag, static_cast<Args&&>(args)...) {}
  template <class... Args>
  constexpr explicit ResultStorage(InSecond tag, Args&&... args) : either_(tag, static_cast<Args&&>(args)...) {}

  [[nodiscard]] constexpr bool is_ok() const noexcept { return !either_.second_alive(); }
  [[nodiscard]] constexpr decltype(auto) value() & noexcept { return ValueSlot::get(either_.first()); }
  [[nodiscard]] constexpr decltype(auto) value() const& noexcept { return ValueSlot::get(either_.first()); }
  [[nodiscard]] constexpr decltype(auto) value() && noexcept {
    return ValueSlot::get(static_cast<Either<typename ValueSlot::type, typename ErrorSlot::type>&&>(either_).first());
  }
  [[nodiscard]] constexpr decltype(auto) error() & noexcept { return ErrorSlot::get(either_.second()); }
  [[nodiscard]] constexpr decltype(auto) error() const& noexcept { return ErrorSlot::get(either_.second()); }
  [[nodiscard]] constexpr decltype(auto) error() && noexcept {
    return ErrorSlot::get(static_cast<Either<typename ValueSlot::type, typename ErrorSlot::type>&&>(either_).second());
  }

 private:
  Either<typename ValueSlot::type, typename ErrorSlot::type> either_;
};

/// `Result<void, E>`: only the error is stored, as an `Option<E>` (None means Ok), so an error
/// type with a niche, such as Errno, makes the whole Result its own size.
template <class E>
class VoidResultStorage {
 public:
  constexpr explicit VoidResultStorage(InFirst) noexcept {}
  template <class... Args>
  constexpr explicit VoidResultStorage(InSecond, Args&&... args) : error_(InPlace{}, static_cast<Args&&>(args)...) {}

  [[nodiscard]] constexpr bool is_ok() const noexcept { return error_.is_none(); }
  constexpr void value() const noexcept {}
  [[nodiscard]] constexpr E& error() & noexcept { return error_.unwrap_unchecked(); }
  [[nodiscard]] constexpr const E& error() const& noexcept { return error_.unwrap_unchecked(); }
  [[nodiscard]] constexpr E&& error() && noexcept { return static_cast<E&&>(error_.unwrap_unchecked()); }

 private:
  Option<E> error_;
};

/// Which storage a `Result<T, E>` uses. errno.hpp specializes it for `Result<T*, Errno>`.
template <class T, class E>
struct ResultStorageFor {
  using type = ResultStorage<T, E>;
};
template <class E>
  requires(!is_reference_v<E>)
struct ResultStorageFor<void, E> {
  using type = VoidResultStorage<E>;
};

}  // namespace detail

/// Success with a `T`, or failure with an `E`. Invariant: exactly one of the two is alive, and
/// every access checks which, except the `*_unchecked` forms, which debug builds check.
template <class T, class E>
class [[nodiscard]] Result {
  static_assert(!detail::is_void_v<E>, "Result<T, void> is not supported: use Option<T>");
  static_assert(!detail::is_const_v<T> && !detail::is_const_v<E>,
                "Result<const T, E> is not supported: a Result is const as a whole, as in Rust");
  static_assert(!detail::is_reference_v<T> || detail::is_lvalue_reference_v<T>, "Result<T&&, E> is not supported");
  using Storage = typename detail::ResultStorageFor<T, E>::type;
  template <class U, class G> friend class Result;
  // True unless the storage computes the error on demand, as ERR_PTR storage does.
  static constexpr bool error_is_stored =
      detail::is_lvalue_reference_v<decltype(detail::declval<const Storage&>().error())>;

 public:
  using value_type = T;
  using error_type = E;

  // ---- Construction -------------------------------------------------------------------------

  /// `Ok(x)` converts to a Result whose `T` can be built from `x`.
  template <class U>
    requires(!detail::is_void_v<T> && !detail::is_void_v<U> && detail::constructible_from<T, U &&>)
  constexpr Result(detail::OkValue<U>&& ok) : storage_(detail::InFirst{}, detail::forward<U>(ok.value)) {}
  template <class U>
    requires(!detail::is_void_v<T> && !detail::is_void_v<U> && detail::constructible_from<T, const U&>)
  constexpr Result(const detail::OkValue<U>& ok) : storage_(detail::InFirst{}, ok.value) {}
  /// `Ok()` converts to a `Result<void, E>`.
  constexpr Result(detail::OkValue<void>) noexcept requires detail::is_void_v<T> : storage_(detail::InFirst{}) {}

  /// `Err(e)` converts to a Result whose `E` can be made from `e` through `ErrorFrom`.
  template <class G>
    requires detail::error_converts<E, G&&>
  constexpr Result(detail::ErrValue<G>&& err)
      : storage_(detail::InSecond{}, ErrorFrom<E, detail::remove_cvref_t<G>>::convert(detail::forward<G>(err.error))) {}
  template <class G>
    requires detail::error_converts<E, const G&>
  constexpr Result(const detail::ErrValue<G>& err)
      : storage_(detail::InSecond{}, ErrorFrom<E, detail::remove_cvref_t<G>>::convert(err.error)) {}

  /// A Result with other types converts when both its value and its error do.
  template <class U, class G>
    requires(!detail::is_same_v<Result<U, G>, Result> && detail::error_converts<E, G&&> &&
             ((detail::is_void_v<T> && detail::is_void_v<U>) || detail::constructible_from<T, U &&>))
  constexpr Result(Result<U, G>&& other) : storage_(convert_from(detail::move(other))) {}

  // ---- Querying -----------------------------------------------------------------------------

  /// True on success.
  [[nodiscard]] constexpr bool is_ok() const noexcept { return storage_.is_ok(); }
  /// True on failure.
  [[nodiscard]] constexpr bool is_err() const noexcept { return !storage_.is_ok(); }
  /// True on success with a value for which `predicate` is true.
  template <class F>
  [[nodiscard]] constexpr bool is_ok_and(F&& predicate) const& {
    if (!is_ok()) return false;
    if constexpr (detail::is_void_v<T>) return static_cast<bool>(detail::invoke(detail::forward<F>(predicate)));
    else return static_cast<bool>(detail::invoke(detail::forward<F>(predicate), storage_.value()));
  }
  /// True on failure with an error for which `predicate` is true.
  ///
  ///     if (r.is_err_and([](Errno e) { return e == Errno::Again; })) retry();
  template <class F>
  [[nodiscard]] constexpr bool is_err_and(F&& predicate) const& {
    return is_err() && static_cast<bool>(detail::invoke(detail::forward<F>(predicate), storage_.error()));
  }

  // ---- Extracting ---------------------------------------------------------------------------

  /// The value as an Option, dropping the error.
  [[nodiscard]] constexpr Option<T> ok() const& requires(!detail::is_void_v<T>) {
    if (is_ok()) return Option<T>(detail::InPlace{}, storage_.value());
    return None;
  }
  [[nodiscard]] constexpr Option<T> ok() && requires(!detail::is_void_v<T>) {
    if (is_ok()) return Option<T>(detail::InPlace{}, detail::move(storage_).value());
    return None;
  }
  /// The error as an Option, dropping the value.
  [[nodiscard]] constexpr Option<E> err() const& {
    if (is_err()) return Option<E>(detail::InPlace{}, storage_.error());
    return None;
  }
  [[nodiscard]] constexpr Option<E> err() && {
    if (is_err()) return Option<E>(detail::InPlace{}, detail::move(storage_).error());
    return None;
  }

  /// The value, or `fallback` on failure.
  template <class U>
  [[nodiscard]] constexpr T unwrap_or(U&& fallback) const&
    requires(!detail::is_void_v<T> && (!detail::is_reference_v<T> || detail::is_lvalue_reference_v<U &&>))
  {
    if (is_ok()) return storage_.value();
    return static_cast<T>(detail::forward<U>(fallback));
  }
  template <class U>
  [[nodiscard]] constexpr T unwrap_or(U&& fallback) &&
    requires(!detail::is_void_v<T> && (!detail::is_reference_v<T> || detail::is_lvalue_reference_v<U &&>))
  {
    if (is_ok()) return detail::move(storage_).value();
    return static_cast<T>(detail::forward<U>(fallback));
  }
  /// The value, or `on_error(error)` on failure.
  template <class F>
  [[nodiscard]] constexpr T unwrap_or_else(F&& on_error) const& {
    if (is_ok()) return storage_.value();
    return detail::invoke(detail::forward<F>(on_error), storage_.error());
  }
  template <class F>
  [[nodiscard]] constexpr T unwrap_or_else(F&& on_error) && {
    if (is_ok()) return detail::move(storage_).value();
    return detail::invoke(detail::forward<F>(on_error), detail::move(storage_).error());
  }
  /// The value, or a value-initialized `T` on failure.
  [[nodiscard]] constexpr T unwrap_or_default() const& requires(!detail::is_void_v<T> && !detail::is_reference_v<T>) {
    if (is_ok()) return storage_.value();
    return T();
  }

  /// The value, without a check. Safety: the caller guarantees `is_ok()`; debug builds check.
  constexpr decltype(auto) unwrap_unchecked(SourceLocation where = SourceLocation::current()) & {
    detail::debug_check(is_ok(), "Result::unwrap_unchecked on Err", where);
    return storage_.value();
  }
  constexpr decltype(auto) unwrap_unchecked(SourceLocation where = SourceLocation::current()) const& {
    detail::debug_check(is_ok(), "Result::unwrap_unchecked on Err", where);
    return storage_.value();
  }
  constexpr T unwrap_unchecked(SourceLocation where = SourceLocation::current()) && {
    detail::debug_check(is_ok(), "Result::unwrap_unchecked on Err", where);
    return detail::move(storage_).value();
  }
  /// The error, without a check. Safety: the caller guarantees `is_err()`; debug builds check.
  [[nodiscard]] constexpr decltype(auto) unwrap_err_unchecked(SourceLocation where = SourceLocation::current()) const& {
    detail::debug_check(is_err(), "Result::unwrap_err_unchecked on Ok", where);
    return storage_.error();
  }
  [[nodiscard]] constexpr E unwrap_err_unchecked(SourceLocation where = SourceLocation::current()) && {
    detail::debug_check(is_err(), "Result::unwrap_err_unchecked on Ok", where);
    return detail::move(storage_).error();
  }

  /// The value. Panics: on failure. Prefer `FERRITE_TRY`, `unwrap_or` or `ok()`.
  constexpr decltype(auto) unwrap(SourceLocation where = SourceLocation::current()) & {
    return expect("called Result::unwrap on Err", where);
  }
  constexpr decltype(auto) unwrap(SourceLocation where = SourceLocation::current()) const& {
    return expect("called Result::unwrap on Err", where);
  }
  constexpr T unwrap(SourceLocation where = SourceLocation::current()) && {
    return detail::move(*this).expect("called Result::unwrap on Err", where);
  }
  /// The value. Panics: with `message` on failure.
  constexpr decltype(auto) expect(const char* message, SourceLocation where = SourceLocation::current()) & {
    FERRITE_PANICS(T, "FERRITE_TRY, unwrap_or, unwrap_or_else or ok()");
    if (!is_ok()) detail::panic(message, where);
    return storage_.value();
  }
  constexpr decltype(auto) expect(const char* message, SourceLocation where = SourceLocation::current()) const& {
    FERRITE_PANICS(T, "FERRITE_TRY, unwrap_or, unwrap_or_else or ok()");
    if (!is_ok()) detail::panic(message, where);
    return storage_.value();
  }
  constexpr T expect(const char* message, SourceLocation where = SourceLocation::current()) && {
    FERRITE_PANICS(T, "FERRITE_TRY, unwrap_or, unwrap_or_else or ok()");
    if (!is_ok()) detail::panic(message, where);
    return detail::move(storage_).value();
  }
  /// The error. Panics: on success. Prefer `err()` or `is_err_and`.
  [[nodiscard]] constexpr decltype(auto) unwrap_err(SourceLocation where = SourceLocation::current()) const& {
    return expect_err("called Result::unwrap_err on Ok", where);
  }
  [[nodiscard]] constexpr E unwrap_err(SourceLocation where = SourceLocation::current()) && {
    return detail::move(*this).expect_err("called Result::unwrap_err on Ok", where);
  }
  /// The error. Panics: with `message` on success.
  [[nodiscard]] constexpr decltype(auto) expect_err(const char* message, SourceLocation where = SourceLocation::current()) const& {
    FERRITE_PANICS(T, "err() or is_err_and");
    if (is_ok()) detail::panic(message, where);
    return storage_.error();
  }
  [[nodiscard]] constexpr E expect_err(const char* message, SourceLocation where = SourceLocation::current()) && {
    FERRITE_PANICS(T, "err() or is_err_and");
    if (is_ok()) detail::panic(message, where);
    return detail::move(storage_).error();
  }

  // ---- Transforming -------------------------------------------------------------------------

  /// `Ok(f(value))`, or the same error.
  ///
  ///     Result<uint32_t, Errno> irq = probe(bus).map([](Device* d) { return d->irq; });
  template <class F>
  [[nodiscard]] constexpr auto map(F&& f) const& { return map_impl(*this, detail::forward<F>(f)); }
  template <class F>
  [[nodiscard]] constexpr auto map(F&& f) && { return map_impl(detail::move(*this), detail::forward<F>(f)); }

  /// The same value, or `Err(f(error))`.
  template <class F>
  [[nodiscard]] constexpr auto map_err(F&& f) const& { return map_err_impl(*this, detail::forward<F>(f)); }
  template <class F>
  [[nodiscard]] constexpr auto map_err(F&& f) && { return map_err_impl(detail::move(*this), detail::forward<F>(f)); }

  /// `f(value)`, or `fallback` on failure.
  template <class U, class F>
  [[nodiscard]] constexpr auto map_or(U&& fallback, F&& f) const& {
    return map_or_else_impl(*this, [&](auto&&) { return detail::forward<U>(fallback); }, detail::forward<F>(f));
  }
  template <class U, class F>
  [[nodiscard]] constexpr auto map_or(U&& fallback, F&& f) && {
    return map_or_else_impl(detail::move(*this), [&](auto&&) { return detail::forward<U>(fallback); }, detail::forward<F>(f));
  }
  /// `f(value)`, or `on_error(error)` on failure.
  template <class D, class F>
  [[nodiscard]] constexpr auto map_or_else(D&& on_error, F&& f) const& {
    return map_or_else_impl(*this, detail::forward<D>(on_error), detail::forward<F>(f));
  }
  template <class D, class F>
  [[nodiscard]] constexpr auto map_or_else(D&& on_error, F&& f) && {
    return map_or_else_impl(detail::move(*this), detail::forward<D>(on_error), detail::forward<F>(f));
  }

  /// `f(value)`, itself a Result with the same error type, or the same error: chains fallible steps.
  template <class F>
  [[nodiscard]] constexpr auto and_then(F&& f) const& { return and_then_impl(*this, detail::forward<F>(f)); }
  template <class F>
  [[nodiscard]] constexpr auto and_then(F&& f) && { return and_then_impl(detail::move(*this), detail::forward<F>(f)); }

  /// The same value, or `f(error)`, a Result with the same value type: recovers from failure.
  template <class F>
  [[nodiscard]] constexpr auto or_else(F&& f) const& { return or_else_impl(*this, detail::forward<F>(f)); }
  template <class F>
  [[nodiscard]] constexpr auto or_else(F&& f) && { return or_else_impl(detail::move(*this), detail::forward<F>(f)); }

  /// Calls `f` with the value on success; returns this Result unchanged.
  template <class F>
  constexpr const Result& inspect(F&& f) const& {
    if (is_ok()) call_with_value(f, *this);
    return *this;
  }
  template <class F>
  constexpr Result inspect(F&& f) && {
    if (is_ok()) call_with_value(f, *this);
    return detail::move(*this);
  }
  /// Calls `f` with the error on failure; returns this Result unchanged.
  ///
  ///     FERRITE_TRY(dev.reset().inspect_err([](Errno e) { log("reset failed: %s", e.name()); }));
  template <class F>
  constexpr const Result& inspect_err(F&& f) const& {
    if (is_err()) detail::invoke(detail::forward<F>(f), storage_.error());
    return *this;
  }
  template <class F>
  constexpr Result inspect_err(F&& f) && {
    if (is_err()) detail::invoke(detail::forward<F>(f), storage_.error());
    return detail::move(*this);
  }

  /// A Result of references to the value and the error.
  /// Not offered where the error is not stored as an object (`Result<T*, Errno>` keeps it
  /// encoded in the pointer).
  [[nodiscard]] constexpr auto as_ref() const& requires(!detail::is_void_v<T> && error_is_stored) {
    using R = Result<const detail::remove_reference_t<T>&, const E&>;
    if (is_ok()) return R(detail::InFirst{}, storage_.value());
    return R(detail::InSecond{}, storage_.error());
  }
  /// A Result of mutable references to the value and the error.
  [[nodiscard]] constexpr auto as_mut() & requires(!detail::is_void_v<T> && error_is_stored) {
    using R = Result<detail::remove_reference_t<T>&, E&>;
    if (is_ok()) return R(detail::InFirst{}, storage_.value());
    return R(detail::InSecond{}, storage_.error());
  }
  /// `Result<T&, E>` to `Result<T, E>`: copies the referred-to value.
  [[nodiscard]] constexpr auto copied() const requires detail::is_reference_v<T> {
    using R = Result<detail::remove_cvref_t<T>, detail::remove_cvref_t<E>>;
    if (is_ok()) return R(detail::OkValue<detail::remove_cvref_t<T>>{storage_.value()});
    return R(detail::ErrValue<detail::remove_cvref_t<E>>{storage_.error()});
  }
  /// `Result<Result<U, E>, E>` to `Result<U, E>`.
  [[nodiscard]] constexpr T flatten() const& requires(detail::is_result_v<detail::remove_cv_t<T>>) {
    if (is_ok()) return storage_.value();
    return T(detail::ErrValue<E>{storage_.error()});
  }
  [[nodiscard]] constexpr T flatten() && requires(detail::is_result_v<detail::remove_cv_t<T>>) {
    if (is_ok()) return detail::move(storage_).value();
    return T(detail::ErrValue<E>{detail::move(storage_).error()});
  }
  /// `Result<Option<U>, E>` to `Option<Result<U, E>>`: Ok(None) is None.
  [[nodiscard]] constexpr auto transpose() const& requires(detail::is_option_v<detail::remove_cv_t<T>>) {
    return transpose_impl(*this);
  }
  [[nodiscard]] constexpr auto transpose() && requires(detail::is_option_v<detail::remove_cv_t<T>>) {
    return transpose_impl(detail::move(*this));
  }

  // ---- Combining ----------------------------------------------------------------------------

  /// `other` on success, otherwise this error (Rust's `and`).
  template <class U>
  [[nodiscard]] constexpr Result<U, E> and_(Result<U, E> other) const& {
    if (is_ok()) return other;
    return detail::ErrValue<E>{storage_.error()};
  }
  template <class U>
  [[nodiscard]] constexpr Result<U, E> and_(Result<U, E> other) && {
    if (is_ok()) return other;
    return detail::ErrValue<E>{detail::move(storage_).error()};
  }
  /// This Result on success, otherwise `other` (Rust's `or`).
  template <class G>
  [[nodiscard]] constexpr Result<T, G> or_(Result<T, G> other) const& {
    if (is_err()) return other;
    if constexpr (detail::is_void_v<T>) return Ok();
    else return detail::OkValue<T>{storage_.value()};
  }
  template <class G>
  [[nodiscard]] constexpr Result<T, G> or_(Result<T, G> other) && {
    if (is_err()) return other;
    if constexpr (detail::is_void_v<T>) return Ok();
    else return detail::OkValue<T>{detail::move(storage_).value()};
  }

  // ---- Comparing ----------------------------------------------------------------------------

  /// Equal when both succeeded with equal values, or both failed with equal errors.
  template <class U, class G>
    requires(detail::values_comparable<T, U> && detail::equality_comparable_with<E, G>)
  [[nodiscard]] friend constexpr bool operator==(const Result& a, const Result<U, G>& b) {
    if (a.is_ok() != b.is_ok()) return false;
    if (a.is_err()) return static_cast<bool>(a.storage_.error() == b.unwrap_err_unchecked());
    if constexpr (detail::is_void_v<T>) return true;
    else return static_cast<bool>(a.storage_.value() == b.unwrap_unchecked());
  }
  /// True on success with a value equal to `ok.value`: `r == Ok(3)`.
  template <class U>
    requires detail::values_comparable<T, U>
  [[nodiscard]] friend constexpr bool operator==(const Result& a, const detail::OkValue<U>& ok) {
    if constexpr (detail::is_void_v<T> || detail::is_void_v<U>) return detail::is_void_v<T> && detail::is_void_v<U> && a.is_ok();
    else return a.is_ok() && static_cast<bool>(a.storage_.value() == ok.value);
  }
  /// True on failure with an error equal to `err.error`: `r == Err(Errno::NoMem)`.
  template <class G>
    requires detail::equality_comparable_with<E, G>
  [[nodiscard]] friend constexpr bool operator==(const Result& a, const detail::ErrValue<G>& err) {
    return a.is_err() && static_cast<bool>(a.storage_.error() == err.error);
  }

  // ---- Raw access, for errno.hpp's ERR_PTR conversion ----------------------------------------

  /// The storage, for ferrite's own helpers (`detail`): not part of the API.
  [[nodiscard]] constexpr const Storage& storage_for_ferrite() const& noexcept { return storage_; }

 private:
  // Builds the storage directly, bypassing ErrorFrom: for views such as as_ref and as_mut.
  template <class... Args>
  constexpr explicit Result(detail::InFirst tag, Args&&... args) : storage_(tag, detail::forward<Args>(args)...) {}
  template <class... Args>
  constexpr explicit Result(detail::InSecond tag, Args&&... args) : storage_(tag, detail::forward<Args>(args)...) {}

  template <class U, class G>
  static constexpr Storage convert_from(Result<U, G>&& other) {
    if (other.is_err()) return Storage(detail::InSecond{}, ErrorFrom<E, detail::remove_cvref_t<G>>::convert(detail::move(other.storage_).error()));
    if constexpr (detail::is_void_v<T>) return Storage(detail::InFirst{});
    else return Storage(detail::InFirst{}, detail::move(other.storage_).value());
  }

  template <class F, class Self>
  static constexpr decltype(auto) call_with_value(F&& f, Self&& self) {
    if constexpr (detail::is_void_v<T>) return detail::invoke(detail::forward<F>(f));
    else return detail::invoke(detail::forward<F>(f), detail::forward<Self>(self).storage_.value());
  }

  template <class Self, class F>
  static constexpr auto map_impl(Self&& self, F&& f) {
    using R = decltype(call_with_value(detail::forward<F>(f), detail::forward<Self>(self)));
    using U = detail::conditional_t<detail::is_lvalue_reference_v<R>, R, detail::remove_cvref_t<R>>;
    using Out = Result<U, E>;
    if (self.is_err()) return Out(detail::ErrValue<E>{detail::forward<Self>(self).storage_.error()});
    if constexpr (detail::is_void_v<U>) {
      call_with_value(detail::forward<F>(f), detail::forward<Self>(self));
      return Out(Ok());
    } else {
      return Out(detail::OkValue<U>{call_with_value(detail::forward<F>(f), detail::forward<Self>(self))});
    }
  }

  template <class Self, class F>
  static constexpr auto map_err_impl(Self&& self, F&& f) {
    using G = detail::remove_cvref_t<detail::invoke_result_t<F, decltype(detail::forward<Self>(self).storage_.error())>>;
    using Out = Result<T, G>;
    if (self.is_err()) return Out(detail::ErrValue<G>{detail::invoke(detail::forward<F>(f), detail::forward<Self>(self).storage_.error())});
    if constexpr (detail::is_void_v<T>) return Out(Ok());
    else return Out(detail::OkValue<T>{detail::forward<Self>(self).storage_.value()});
  }

  template <class Self, class D, class F>
  static constexpr auto map_or_else_impl(Self&& self, D&& on_error, F&& f) {
    using R = detail::remove_cvref_t<decltype(call_with_value(detail::forward<F>(f), detail::forward<Self>(self)))>;
    if (self.is_ok()) return static_cast<R>(call_with_value(detail::forward<F>(f), detail::forward<Self>(self)));
    return static_cast<R>(detail::invoke(detail::forward<D>(on_error), detail::forward<Self>(self).storage_.error()));
  }

  template <class Self, class F>
  static constexpr auto or_else_impl(Self&& self, F&& f) {
    using R = detail::remove_cvref_t<detail::invoke_result_t<F, decltype(detail::forward<Self>(self).storage_.error())>>;
    static_assert(detail::is_result_v<R>, "or_else needs a function that returns a Result");
    if (self.is_err()) return R(detail::invoke(detail::forward<F>(f), detail::forward<Self>(self).storage_.error()));
    if constexpr (detail::is_void_v<T>) return R(Ok());
    else return R(detail::OkValue<T>{detail::forward<Self>(self).storage_.value()});
  }

  template <class Self>
  static constexpr auto transpose_impl(Self&& self) {
    using U = typename T::value_type;
    using R = Option<Result<U, E>>;
    if (self.is_err()) return R(detail::InPlace{}, detail::ErrValue<E>{detail::forward<Self>(self).storage_.error()});
    if (self.storage_.value().is_none()) return R();
    return R(detail::InPlace{}, detail::OkValue<U>{detail::forward<Self>(self).storage_.value().unwrap_unchecked()});
  }

  template <class Self, class F>
  static constexpr auto and_then_impl(Self&& self, F&& f) {
    using R = detail::remove_cvref_t<decltype(call_with_value(detail::forward<F>(f), detail::forward<Self>(self)))>;
    static_assert(detail::is_result_v<R>, "and_then needs a function that returns a Result");
    if (self.is_err()) return R(detail::ErrValue<E>{detail::forward<Self>(self).storage_.error()});
    return R(call_with_value(detail::forward<F>(f), detail::forward<Self>(self)));
  }

  Storage storage_;
};

// ---- Option's methods that make a Result ----------------------------------------------------------

template <class T>
template <class E>
constexpr auto Option<T>::ok_or(E&& error) const& {
  using R = Result<T, detail::remove_cvref_t<E>>;
  if (this->is_some_()) return R(detail::OkValue<T>{this->get_()});
  return R(Err(detail::forward<E>(error)));
}
template <class T>
template <class E>
constexpr auto Option<T>::ok_or(E&& error) && {
  using R = Result<T, detail::remove_cvref_t<E>>;
  if (this->is_some_()) return R(detail::OkValue<T>{detail::move(this->get_())});
  return R(Err(detail::forward<E>(error)));
}
template <class T>
template <class F>
constexpr auto Option<T>::ok_or_else(F&& make_error) const& {
  using R = Result<T, detail::remove_cvref_t<detail::invoke_result_t<F>>>;
  if (this->is_some_()) return R(detail::OkValue<T>{this->get_()});
  return R(Err(detail::invoke(detail::forward<F>(make_error))));
}
template <class T>
template <class F>
constexpr auto Option<T>::ok_or_else(F&& make_error) && {
  using R = Result<T, detail::remove_cvref_t<detail::invoke_result_t<F>>>;
  if (this->is_some_()) return R(detail::OkValue<T>{detail::move(this->get_())});
  return R(Err(detail::invoke(detail::forward<F>(make_error))));
}
template <class T>
template <class E>
constexpr auto Option<T&>::ok_or(E&& error) const {
  using R = Result<T&, detail::remove_cvref_t<E>>;
  if (pointer_) return R(detail::OkValue<T&>{*pointer_});
  return R(Err(detail::forward<E>(error)));
}
template <class T>
template <class F>
constexpr auto Option<T&>::ok_or_else(F&& make_error) const {
  using R = Result<T&, detail::remove_cvref_t<detail::invoke_result_t<F>>>;
  if (pointer_) return R(detail::OkValue<T&>{*pointer_});
  return R(Err(detail::invoke(detail::forward<F>(make_error))));
}

/// `Option<Result<T, E>>` to `Result<Option<T>, E>`: None is Ok(None).
///
///     Result<Option<int>, Errno> r = transpose(maybe_parsed);
template <class T, class E>
[[nodiscard]] constexpr Result<Option<T>, E> transpose(const Option<Result<T, E>>& option) {
  if (option.is_none()) return Ok(Option<T>());
  const Result<T, E>& inner = option.unwrap_unchecked();
  if (inner.is_err()) return Err(inner.unwrap_err_unchecked());
  return Ok(Option<T>(detail::InPlace{}, inner.unwrap_unchecked()));
}
template <class T, class E>
[[nodiscard]] constexpr Result<Option<T>, E> transpose(Option<Result<T, E>>&& option) {
  if (option.is_none()) return Ok(Option<T>());
  Result<T, E>& inner = option.unwrap_unchecked();
  if (inner.is_err()) return Err(detail::move(inner).unwrap_err_unchecked());
  return Ok(Option<T>(detail::InPlace{}, detail::move(inner).unwrap_unchecked()));
}

// ---- FERRITE_TRY ----------------------------------------------------------------------------------

namespace detail {

template <class T, class E>
constexpr bool try_failed(const Result<T, E>& result) noexcept { return result.is_err(); }
template <class T>
constexpr bool try_failed(const Option<T>& option) noexcept { return option.is_none(); }

/// A reference survives the statement expression inside FERRITE_TRY as a pointer: GNU statement
/// expressions yield their last value by copy.
template <class T>
struct TryReference {
  T* pointer;
};

/// What FERRITE_TRY returns from the enclosing function on failure: the error, which `ErrorFrom`
/// converts to that function's error type, or None.
template <class R>
constexpr auto try_residual(R&& tried) {
  if constexpr (is_option_v<remove_cvref_t<R>>) return None;
  else return ErrValue<typename remove_cvref_t<R>::error_type>{static_cast<R&&>(tried).unwrap_err_unchecked()};
}

/// What FERRITE_TRY yields on success.
template <class R>
constexpr auto try_take(R&& tried) {
  using T = typename remove_cvref_t<R>::value_type;
  if constexpr (is_void_v<T>) return Empty{};
  else if constexpr (is_lvalue_reference_v<T>) return TryReference<remove_reference_t<T>>{__builtin_addressof(tried.unwrap_unchecked())};
  else return static_cast<T>(static_cast<R&&>(tried).unwrap_unchecked());
}

template <class T>
constexpr T try_output(T&& value) { return static_cast<T&&>(value); }
template <class T>
constexpr T& try_output(TryReference<T> reference) noexcept { return *reference.pointer; }
constexpr void try_output(Empty) noexcept {}

}  // namespace detail
}  // namespace ferrite

/// Rust's `?`: evaluates `expr`, a Result or an Option. On `Err(e)` it returns `Err(e)` from the
/// enclosing function (converted through `ErrorFrom`), on None it returns None; otherwise it is
/// the value (nothing, for `Result<void, E>`).
///
///     Result<Config, Errno> load(Bus& bus) {
///       Header h = FERRITE_TRY(read_header(bus));
///       FERRITE_TRY(check_crc(h));
///       return Ok(Config{h});
///     }
///
/// Built on GNU statement expressions (GCC and Clang), marked `__extension__` so -Wpedantic
/// stays quiet. Statement expressions are not constant expressions: in a function that must be
/// evaluated at compile time, chain with `and_then` instead.
#define FERRITE_TRY(...) FERRITE_DETAIL_TRY(FERRITE_DETAIL_TRY_CONCAT(ferrite_try_result_, __COUNTER__), __VA_ARGS__)

// The variable gets a fresh name per expansion so that `FERRITE_TRY(f(FERRITE_TRY(g())))`, Rust's
// `f(g()?)?`, does not shadow itself (-Wshadow). The arguments expand first, so the inner TRY
// draws its own number.
#define FERRITE_DETAIL_TRY_CONCAT2(a, b) a##b
#define FERRITE_DETAIL_TRY_CONCAT(a, b) FERRITE_DETAIL_TRY_CONCAT2(a, b)
#define FERRITE_DETAIL_TRY(name, ...)                                                          \
  (::ferrite::detail::try_output(__extension__({                                              \
    auto&& name = (__VA_ARGS__);                                                              \
    if (::ferrite::detail::try_failed(name))                                                  \
      return ::ferrite::detail::try_residual(static_cast<decltype(name)&&>(name));            \
    ::ferrite::detail::try_take(static_cast<decltype(name)&&>(name));                         \
  })))

#endif  // FERRITE_RESULT_HPP
