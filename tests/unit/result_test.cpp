// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/errno.hpp>
#include <ferrite/option.hpp>
#include <ferrite/result.hpp>

#include <string_view>
#include <concepts>
#include <type_traits>
#include <utility>

#include "counted.hpp"

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;
using ferrite::Some;
using ferrite_test::census;
using ferrite_test::CensusScope;
using ferrite_test::Counted;
using ferrite_test::MoveOnly;

namespace {

/// A test error type of its own, converted to Errno by a specialization of ErrorFrom.
enum class ParseError { Empty, BadDigit };

}  // namespace

template <>
struct ferrite::ErrorFrom<Errno, ParseError> {
  static constexpr Errno convert(ParseError error) noexcept {
    return error == ParseError::Empty ? Errno::NoData : Errno::Inval;
  }
};

namespace {

constexpr Result<int, ParseError> parse_digit(char c) {
  if (c == '\0') return Err(ParseError::Empty);
  if (c < '0' || c > '9') return Err(ParseError::BadDigit);
  return Ok(c - '0');
}

std::string_view last_panic() { return ferrite_test::panic_capture.message; }

// ---- Representation, checked at compile time ---------------------------------------------------

static_assert(sizeof(Result<void, Errno>) == sizeof(int));
static_assert(sizeof(Result<int*, Errno>) == sizeof(int*));
static_assert(sizeof(Result<const Counted*, Errno>) == sizeof(void*));

static_assert(std::is_trivially_copyable_v<Result<int, Errno>>);
static_assert(std::is_trivially_copyable_v<Result<void, Errno>>);
static_assert(std::is_trivially_copyable_v<Result<int*, Errno>>);
static_assert(std::is_trivially_copyable_v<Result<int&, Errno>>);
static_assert(std::is_trivially_destructible_v<Result<int, ParseError>>);
static_assert(!std::is_trivially_copyable_v<Result<Counted, Errno>>);
static_assert(!std::is_trivially_copyable_v<Result<int, Counted>>);
static_assert(!std::is_trivially_destructible_v<Result<void, Counted>>);
static_assert(std::is_copy_constructible_v<Result<Counted, Errno>>);

static_assert(!std::is_copy_constructible_v<Result<MoveOnly, Errno>>);
static_assert(!std::is_copy_constructible_v<Result<int, MoveOnly>>);
static_assert(std::is_move_constructible_v<Result<MoveOnly, Errno>>);
static_assert(std::is_move_assignable_v<Result<int, MoveOnly>>);

// Ok and Err are distinct even when T and E are the same type.
static_assert(Result<int, int>(Ok(1)).is_ok());
static_assert(Result<int, int>(Err(1)).is_err());

// A Result<T&, E> never refers to a temporary.
static_assert(!std::is_constructible_v<Result<int&, Errno>, ferrite::detail::OkValue<int>>);

// ---- constexpr use ---------------------------------------------------------------------------

constexpr int constexpr_result_workout() {
  Result<int, ParseError> seven = parse_digit('7');
  Result<int, ParseError> bad = parse_digit('x');
  int total = seven.unwrap_or(0) + bad.unwrap_or(100);                       // 107
  total += seven.map([](int v) { return v * 10; }).unwrap();                  // 177
  total += bad.map_err([](ParseError) { return 1000; }).unwrap_err();         // 1177
  total += seven.and_then([](int v) -> Result<int, ParseError> { return Ok(v + 1); }).unwrap_or(0);  // 1185
  total += bad.is_err_and([](ParseError e) { return e == ParseError::BadDigit; }) ? 1 : 0;  // 1186
  total += (seven == Ok(7) && bad == Err(ParseError::BadDigit)) ? 1 : 0;                  // 1187
  total += seven.ok().unwrap_or(0) + (bad.err() == Some(ParseError::BadDigit) ? 1 : 0);  // 1195
  Result<void, Errno> done = Ok();
  Result<void, Errno> failed = Err(Errno::Io);
  total += (done.is_ok() && failed.unwrap_err() == Errno::Io) ? 1 : 0;        // 1196
  Result<int, Errno> converted = Result<int, Errno>(parse_digit('\0'));
  total += converted == Err(Errno::NoData) ? 1 : 0;                            // 1197
  return total;
}
static_assert(constexpr_result_workout() == 1197);

constexpr int constexpr_reference_result() {
  int x = 5;
  Result<int&, Errno> r = Ok<int&>(x);
  r.unwrap() = 6;
  return x;
}
static_assert(constexpr_reference_result() == 6);

}  // namespace

// ---- Construction ------------------------------------------------------------------------------

TEST_CASE("Ok and Err convert to any Result that can hold them") {
  Result<long, Errno> ok = Ok(3);
  Result<long, Errno> err = Err(Errno::NoMem);
  CHECK(ok.is_ok());
  CHECK_FALSE(ok.is_err());
  CHECK(err.is_err());
  CHECK_FALSE(err.is_ok());
  CHECK(ok.unwrap() == 3L);
  CHECK(err.unwrap_err() == Errno::NoMem);
}

TEST_CASE("Ok() makes a successful Result<void, E>") {
  Result<void, Errno> ok = Ok();
  Result<void, Errno> err = Err(Errno::Busy);
  CHECK(ok.is_ok());
  CHECK(err.is_err());
  CHECK(err.unwrap_err() == Errno::Busy);
}

TEST_CASE("Err converts its error through ErrorFrom") {
  Result<int, Errno> empty = Err(ParseError::Empty);
  Result<int, Errno> bad = Err(ParseError::BadDigit);
  CHECK(empty.unwrap_err() == Errno::NoData);
  CHECK(bad.unwrap_err() == Errno::Inval);
}

TEST_CASE("a Result converts to one with other types when the value and the error do") {
  Result<long, Errno> ok = parse_digit('4');
  Result<long, Errno> err = parse_digit('?');
  CHECK(ok.unwrap() == 4L);
  CHECK(err.unwrap_err() == Errno::Inval);
  static_assert(!std::is_convertible_v<Result<int, ParseError>, Result<void, Errno>>);
  static_assert(!std::is_convertible_v<Result<void, ParseError>, Result<int, Errno>>);
}

TEST_CASE("a Result<void, G> converts to a Result<void, E> when the error does") {
  constexpr bool converts = std::is_convertible_v<Result<void, ParseError>, Result<void, Errno>>;
  CHECK(converts);
  Result<void, Errno> from_void = Result<void, ParseError>(Err(ParseError::Empty));
  CHECK(from_void.unwrap_err() == Errno::NoData);
}

// ---- Querying -----------------------------------------------------------------------------------

TEST_CASE("is_ok_and is false for an Err without calling the predicate") {
  int calls = 0;
  Result<int, Errno> err = Err(Errno::Io);
  CHECK_FALSE(err.is_ok_and([&](int) { ++calls; return true; }));
  CHECK(calls == 0);
  Result<int, Errno> ok = Ok(2);
  CHECK(ok.is_ok_and([](int v) { return v == 2; }));
  CHECK_FALSE(ok.is_ok_and([](int v) { return v == 3; }));
  Result<void, Errno> done = Ok();
  CHECK(done.is_ok_and([] { return true; }));
}

TEST_CASE("is_err_and is false for an Ok without calling the predicate") {
  int calls = 0;
  Result<int, Errno> ok = Ok(2);
  CHECK_FALSE(ok.is_err_and([&](Errno) { ++calls; return true; }));
  CHECK(calls == 0);
  Result<int, Errno> err = Err(Errno::Again);
  CHECK(err.is_err_and([](Errno e) { return e == Errno::Again; }));
  CHECK_FALSE(err.is_err_and([](Errno e) { return e == Errno::Io; }));
}

// ---- Extracting ---------------------------------------------------------------------------------

TEST_CASE("ok gives the value as an Option and drops the error") {
  Result<int, Errno> ok = Ok(0);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.ok() == Some(0));
  CHECK(err.ok().is_none());
  CHECK(Result<int, Errno>(Ok(1)).ok() == Some(1));
}

TEST_CASE("err gives the error as an Option and drops the value") {
  Result<int, Errno> ok = Ok(0);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.err().is_none());
  CHECK(err.err() == Some(Errno::Io));
  Result<void, Errno> done = Ok();
  CHECK(done.err().is_none());
}

TEST_CASE("unwrap_or gives the fallback for an Err") {
  Result<int, Errno> ok = Ok(0);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.unwrap_or(-1) == 0);
  CHECK(err.unwrap_or(-1) == -1);
}

TEST_CASE("unwrap_or_else maps the error to a value, only for an Err") {
  int calls = 0;
  auto recover = [&](Errno e) { ++calls; return -e.code(); };
  Result<int, Errno> ok = Ok(1);
  Result<int, Errno> err = Err(Errno::NoMem);
  CHECK(ok.unwrap_or_else(recover) == 1);
  CHECK(calls == 0);
  CHECK(err.unwrap_or_else(recover) == -12);
  CHECK(calls == 1);
}

TEST_CASE("unwrap_or_default gives a value-initialized T for an Err") {
  Result<int, Errno> err = Err(Errno::Io);
  Result<int, Errno> ok = Ok(9);
  CHECK(err.unwrap_or_default() == 0);
  CHECK(ok.unwrap_or_default() == 9);
}

TEST_CASE("unwrap_unchecked and unwrap_err_unchecked give what is there") {
  Result<int, Errno> ok = Ok(3);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.unwrap_unchecked() == 3);
  CHECK(err.unwrap_err_unchecked() == Errno::Io);
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("the unchecked forms panic on the wrong side in a debug build") {
  Result<int, Errno> ok = Ok(3);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(FERRITE_PANICKED(err.unwrap_unchecked()));
  CHECK(last_panic() == "Result::unwrap_unchecked on Err");
  CHECK(FERRITE_PANICKED(ok.unwrap_err_unchecked()));
  CHECK(last_panic() == "Result::unwrap_err_unchecked on Ok");
}
#endif

TEST_CASE("unwrap of an Err reaches the panic hook with a message") {
  Result<int, Errno> err = Err(Errno::Io);
  const Result<int, Errno>& const_err = err;
  CHECK(FERRITE_PANICKED(err.unwrap()));
  CHECK(last_panic() == "called Result::unwrap on Err");
  CHECK(FERRITE_PANICKED(const_err.unwrap()));
  CHECK(FERRITE_PANICKED(std::move(err).unwrap()));
  Result<void, Errno> void_err = Err(Errno::Io);
  CHECK(FERRITE_PANICKED(void_err.unwrap()));
}

TEST_CASE("expect of an Err panics with the caller's message") {
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(FERRITE_PANICKED(err.expect("the bus is mapped")));
  CHECK(last_panic() == "the bus is mapped");
}

TEST_CASE("unwrap_err and expect_err of an Ok panic") {
  Result<int, Errno> ok = Ok(1);
  CHECK(FERRITE_PANICKED(ok.unwrap_err()));
  CHECK(last_panic() == "called Result::unwrap_err on Ok");
  CHECK(FERRITE_PANICKED(ok.expect_err("must have failed")));
  CHECK(last_panic() == "must have failed");
  Result<void, Errno> done = Ok();
  CHECK(FERRITE_PANICKED(done.unwrap_err()));
}

TEST_CASE("the panicking forms on the right side give the value and do not panic") {
  const int before = ferrite_test::panic_capture.count;
  Result<int, Errno> ok = Ok(1);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.unwrap() == 1);
  CHECK(ok.expect("present") == 1);
  CHECK(err.unwrap_err() == Errno::Io);
  CHECK(err.expect_err("failed") == Errno::Io);
  ok.unwrap() = 2;  // unwrap of an lvalue gives the value itself
  CHECK(ok.unwrap() == 2);
  Result<void, Errno> done = Ok();
  done.unwrap();
  done.expect("done");
  CHECK(ferrite_test::panic_capture.count == before);
}

// ---- Transforming -------------------------------------------------------------------------------

TEST_CASE("map of an Err keeps the error and does not call the function") {
  int calls = 0;
  Result<int, Errno> err = Err(Errno::Io);
  auto mapped = err.map([&](int v) { ++calls; return static_cast<long>(v); });
  static_assert(std::is_same_v<decltype(mapped), Result<long, Errno>>);
  CHECK(mapped == Err(Errno::Io));
  CHECK(calls == 0);
}

TEST_CASE("map of an Ok applies the function") {
  Result<int, Errno> ok = Ok(2);
  CHECK(ok.map([](int v) { return v * 3; }) == Ok(6));
  CHECK(Result<int, Errno>(Ok(2)).map([](int v) { return v + 1; }) == Ok(3));
}

TEST_CASE("map of a Result<void, E> calls a function of no arguments, and a void function gives Result<void, E>") {
  Result<void, Errno> done = Ok();
  auto value = done.map([] { return 4; });
  static_assert(std::is_same_v<decltype(value), Result<int, Errno>>);
  CHECK(value == Ok(4));
  int calls = 0;
  Result<int, Errno> ok = Ok(1);
  auto nothing = ok.map([&](int) { ++calls; });
  static_assert(std::is_same_v<decltype(nothing), Result<void, Errno>>);
  CHECK(nothing.is_ok());
  CHECK(calls == 1);
}

TEST_CASE("map_err changes only the error") {
  Result<int, ParseError> err = Err(ParseError::BadDigit);
  auto mapped = err.map_err([](ParseError) { return Errno::Inval; });
  static_assert(std::is_same_v<decltype(mapped), Result<int, Errno>>);
  CHECK(mapped == Err(Errno::Inval));
  int calls = 0;
  Result<int, ParseError> ok = Ok(1);
  CHECK(ok.map_err([&](ParseError) { ++calls; return Errno::Inval; }) == Ok(1));
  CHECK(calls == 0);
  Result<void, ParseError> void_err = Err(ParseError::Empty);
  CHECK(void_err.map_err([](ParseError) { return 7; }) == Err(7));
}

TEST_CASE("map_or gives the fallback for an Err and f(value) for an Ok") {
  Result<int, Errno> ok = Ok(2);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.map_or(-1, [](int v) { return v * 2; }) == 4);
  CHECK(err.map_or(-1, [](int v) { return v * 2; }) == -1);
}

TEST_CASE("map_or_else hands the error to its fallback") {
  Result<int, Errno> ok = Ok(2);
  Result<int, Errno> err = Err(Errno::NoMem);
  auto from_error = [](Errno e) { return -e.code(); };
  CHECK(ok.map_or_else(from_error, [](int v) { return v * 2; }) == 4);
  CHECK(err.map_or_else(from_error, [](int v) { return v * 2; }) == -12);
}

TEST_CASE("and_then chains fallible steps and stops at the first error") {
  auto half = [](int v) -> Result<int, Errno> {
    if (v % 2 != 0) return Err(Errno::Inval);
    return Ok(v / 2);
  };
  Result<int, Errno> eight = Ok(8);
  CHECK(eight.and_then(half).and_then(half) == Ok(2));
  CHECK(eight.and_then(half).and_then(half).and_then(half).and_then(half) == Err(Errno::Inval));
  int calls = 0;
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(err.and_then([&](int v) -> Result<int, Errno> { ++calls; return Ok(v); }) == Err(Errno::Io));
  CHECK(calls == 0);
  Result<void, Errno> done = Ok();
  CHECK(done.and_then([]() -> Result<int, Errno> { return Ok(1); }) == Ok(1));
}

TEST_CASE("or_else recovers from an error and leaves an Ok alone") {
  int calls = 0;
  auto retry = [&](Errno e) -> Result<int, long> {
    ++calls;
    if (e == Errno::Again) return Ok(0);
    return Err(static_cast<long>(e.code()));
  };
  Result<int, Errno> ok = Ok(1);
  CHECK(ok.or_else(retry) == Ok(1));
  CHECK(calls == 0);
  Result<int, Errno> again = Err(Errno::Again);
  CHECK(again.or_else(retry) == Ok(0));
  Result<int, Errno> io = Err(Errno::Io);
  CHECK(io.or_else(retry) == Err(5L));
  Result<void, Errno> done = Ok();
  CHECK(done.or_else([](Errno) -> Result<void, int> { return Err(1); }).is_ok());
}

TEST_CASE("inspect sees the value of an Ok, inspect_err the error of an Err") {
  int seen_value = 0;
  Errno seen_error = Errno::Perm;
  Result<int, Errno> ok = Ok(3);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok.inspect([&](int v) { seen_value = v; }).inspect_err([&](Errno e) { seen_error = e; }) == Ok(3));
  CHECK(seen_value == 3);
  CHECK(seen_error == Errno::Perm);
  CHECK(err.inspect([&](int v) { seen_value = v; }).inspect_err([&](Errno e) { seen_error = e; }) == Err(Errno::Io));
  CHECK(seen_value == 3);
  CHECK(seen_error == Errno::Io);
}

TEST_CASE("as_ref refers to the value and the error in place") {
  Result<int, Errno> ok = Ok(3);
  auto ref = ok.as_ref();
  static_assert(std::is_same_v<decltype(ref), Result<const int&, const Errno&>>);
  CHECK(&ref.unwrap() == &ok.unwrap());
  Result<int, ParseError> err = Err(ParseError::Empty);
  CHECK(&err.as_ref().unwrap_err() == &err.unwrap_err());
}

TEST_CASE("as_mut writes through to the value and the error") {
  Result<int, int> ok = Ok(3);
  ok.as_mut().unwrap() = 4;
  CHECK(ok.unwrap() == 4);
  Result<int, int> err = Err(5);
  err.as_mut().unwrap_err() = 6;
  CHECK(err.unwrap_err() == 6);
}

TEST_CASE("copied turns a Result<T&, E> into a Result<T, E>") {
  int x = 3;
  Result<int&, Errno> ref = Ok<int&>(x);
  auto copy = ref.copied();
  static_assert(std::is_same_v<decltype(copy), Result<int, Errno>>);
  x = 4;
  CHECK(copy == Ok(3));
  Result<int&, Errno> err = Err(Errno::Io);
  CHECK(err.copied() == Err(Errno::Io));
}

TEST_CASE("flatten removes one level of Result") {
  using Inner = Result<int, Errno>;
  Result<Inner, Errno> ok_ok = Ok(Inner(Ok(1)));
  Result<Inner, Errno> ok_err = Ok(Inner(Err(Errno::Io)));
  Result<Inner, Errno> err = Err(Errno::NoMem);
  CHECK(ok_ok.flatten() == Ok(1));
  CHECK(ok_err.flatten() == Err(Errno::Io));
  CHECK(err.flatten() == Err(Errno::NoMem));
}

TEST_CASE("transpose turns Result<Option<T>, E> into Option<Result<T, E>>") {
  Result<Option<int>, Errno> ok_none = Ok(Option<int>());
  Result<Option<int>, Errno> ok_some = Ok(Some(2));
  Result<Option<int>, Errno> err = Err(Errno::Io);
  auto a = ok_none.transpose();
  static_assert(std::is_same_v<decltype(a), Option<Result<int, Errno>>>);
  CHECK(a.is_none());
  auto b = ok_some.transpose();
  REQUIRE(b.is_some());
  CHECK(b.unwrap() == Ok(2));
  auto c = err.transpose();
  REQUIRE(c.is_some());
  CHECK(c.unwrap() == Err(Errno::Io));
}

TEST_CASE("transpose turns Option<Result<T, E>> into Result<Option<T>, E>") {
  Option<Result<int, Errno>> none;
  Option<Result<int, Errno>> some_ok = Result<int, Errno>(Ok(2));
  Option<Result<int, Errno>> some_err = Result<int, Errno>(Err(Errno::Io));
  auto a = ferrite::transpose(none);
  static_assert(std::is_same_v<decltype(a), Result<Option<int>, Errno>>);
  REQUIRE(a.is_ok());
  CHECK(a.unwrap().is_none());
  CHECK(ferrite::transpose(some_ok).unwrap() == Some(2));
  CHECK(ferrite::transpose(some_err) == Err(Errno::Io));
}

// ---- Combining ----------------------------------------------------------------------------------

TEST_CASE("and_ gives the other Result on success, else this error") {
  Result<int, Errno> ok = Ok(1);
  Result<int, Errno> err = Err(Errno::Io);
  Result<long, Errno> other_ok = Ok(2L);
  Result<long, Errno> other_err = Err(Errno::NoMem);
  CHECK(ok.and_(other_ok) == Ok(2L));
  CHECK(ok.and_(other_err) == Err(Errno::NoMem));
  CHECK(err.and_(other_ok) == Err(Errno::Io));
  CHECK(err.and_(other_err) == Err(Errno::Io));
}

TEST_CASE("or_ gives this Result on success, else the other") {
  Result<int, Errno> ok = Ok(1);
  Result<int, Errno> err = Err(Errno::Io);
  Result<int, long> other_ok = Ok(2);
  Result<int, long> other_err = Err(7L);
  CHECK(ok.or_(other_ok) == Ok(1));
  CHECK(ok.or_(other_err) == Ok(1));
  CHECK(err.or_(other_ok) == Ok(2));
  CHECK(err.or_(other_err) == Err(7L));
}

// ---- Comparing ----------------------------------------------------------------------------------

TEST_CASE("Results are equal when both succeed with equal values or both fail with equal errors") {
  Result<int, Errno> ok1 = Ok(1);
  Result<int, Errno> ok1b = Ok(1);
  Result<int, Errno> ok2 = Ok(2);
  Result<int, Errno> io = Err(Errno::Io);
  Result<int, Errno> io2 = Err(Errno::Io);
  Result<int, Errno> nomem = Err(Errno::NoMem);
  CHECK(ok1 == ok1b);
  CHECK(ok1 != ok2);
  CHECK(io == io2);
  CHECK(io != nomem);
  CHECK(ok1 != io);
  CHECK(io != ok1);
  Result<int, int> one_ok = Ok(1);
  Result<int, int> one_err = Err(1);
  CHECK(one_ok != one_err);
}

TEST_CASE("a Result compares with Ok(x) and Err(e) directly") {
  Result<int, Errno> ok = Ok(1);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(ok == Ok(1));
  CHECK(ok != Ok(2));
  CHECK(ok != Err(Errno::Io));
  CHECK(err == Err(Errno::Io));
  CHECK(err != Err(Errno::NoMem));
  CHECK(err != Ok(1));
  CHECK(Ok(1) == ok);
  Result<void, Errno> done = Ok();
  Result<void, Errno> failed = Err(Errno::Io);
  CHECK(done == Ok());
  CHECK(failed != Ok());
  CHECK(failed == Err(Errno::Io));
  CHECK(done == Result<void, Errno>(Ok()));
  CHECK(done != failed);
}

TEST_CASE("Results of different but comparable types compare by value and error") {
  Result<int, Errno> ok = Ok(1);
  Result<long, Errno> ok_long = Ok(1L);
  Result<long, Errno> err_long = Err(Errno::Io);
  CHECK(ok == ok_long);
  CHECK(ok != err_long);
  CHECK(ok_long == ok);
  int x = 1;
  Result<int&, Errno> ref = Ok<int&>(x);
  CHECK(ref == ok);
  CHECK(ok == ref);
  CHECK(ref == Ok(1));
}

namespace {
struct NoEquality {
  int value;
};
template <class A, class B>
concept comparable = requires(const A& a, const B& b) {
  { a == b } -> std::convertible_to<bool>;
};
}  // namespace

TEST_CASE("a Result is equality comparable exactly when its value and error are") {
  CHECK(comparable<Result<int, Errno>, Result<int, Errno>>);
  CHECK(comparable<Result<void, Errno>, Result<void, Errno>>);
  CHECK_FALSE(comparable<Result<int, NoEquality>, Result<int, NoEquality>>);
  CHECK_FALSE(comparable<Result<NoEquality, Errno>, Result<NoEquality, Errno>>);
  CHECK_FALSE(comparable<Result<NoEquality, Errno>, ferrite::detail::OkValue<NoEquality>>);
  CHECK_FALSE(comparable<Result<int, NoEquality>, ferrite::detail::ErrValue<NoEquality>>);
}

TEST_CASE("a Result<void, E> transforms and combines with functions of no arguments") {
  Result<void, Errno> ok = Ok();
  Result<void, Errno> err = Err(Errno::Io);
  CHECK(ok.map_or(0, [] { return 1; }) == 1);
  CHECK(err.map_or(0, [] { return 1; }) == 0);
  CHECK(err.map_or_else([](Errno e) { return -e.code(); }, [] { return 1; }) == -5);
  int seen = 0;
  CHECK(ok.inspect([&] { seen = 1; }).is_ok());
  CHECK(seen == 1);
  CHECK(ok.and_(Result<int, Errno>(Ok(3))) == Ok(3));
  CHECK(err.and_(Result<int, Errno>(Ok(3))) == Err(Errno::Io));
  CHECK(err.or_(Result<void, long>(Ok())).is_ok());
}

// ---- Result<T&, E> ------------------------------------------------------------------------------

TEST_CASE("a Result<T&, E> refers to the object and writes through to it") {
  int x = 1;
  Result<int&, Errno> r = Ok<int&>(x);
  CHECK(&r.unwrap() == &x);
  r.unwrap() = 2;
  CHECK(x == 2);
  CHECK(r.ok().as_ptr() == &x);
  CHECK(r.map([](int v) { return v * 10; }) == Ok(20));
  CHECK(&r.unwrap_unchecked() == &x);
}

TEST_CASE("assigning a Result<T&, E> rebinds it and never assigns through it") {
  int a = 1;
  int b = 2;
  Result<int&, Errno> r = Ok<int&>(a);
  r = Ok<int&>(b);
  CHECK(a == 1);
  CHECK(&r.unwrap() == &b);
  Result<int&, Errno> other = Ok<int&>(a);
  r = other;
  CHECK(b == 2);
  CHECK(&r.unwrap() == &a);
  r = Err(Errno::Io);
  CHECK(r.is_err());
  CHECK(a == 1);
}

namespace {
template <class R>
concept result_unwrap_or_takes_temporary = requires(const R& r) { r.unwrap_or(5); };
}  // namespace

TEST_CASE("a Result<const T&, E> does not take a temporary as its unwrap_or fallback") {
  CHECK_FALSE(result_unwrap_or_takes_temporary<Result<const int&, Errno>>);
  int fallback = 2;
  Result<const int&, Errno> err = Err(Errno::Io);
  CHECK(&err.unwrap_or(fallback) == &fallback);
}

// ---- Lifetimes of non-trivial T and E ----------------------------------------------------------

TEST_CASE("copying and moving a Result copies and moves its one alternative") {
  CensusScope scope;
  {
    Result<Counted, Counted> ok = Ok(Counted(1));
    Result<Counted, Counted> err = Err(Counted(2));
    const int base = census.alive();
    Result<Counted, Counted> ok_copy = ok;
    Result<Counted, Counted> err_copy = err;
    CHECK(census.copy_constructed == 2);
    CHECK(census.alive() == base + 2);
    Result<Counted, Counted> ok_moved = std::move(ok_copy);
    Result<Counted, Counted> err_moved = std::move(err_copy);
    CHECK(ok_moved.is_ok());
    CHECK(ok_moved.unwrap().value == 1);
    CHECK(err_moved.is_err());
    CHECK(err_moved.unwrap_err().value == 2);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("copy assignment switches between Ok and Err without leaks") {
  CensusScope scope;
  {
    Result<Counted, Counted> ok1 = Ok(Counted(1));
    Result<Counted, Counted> ok2 = Ok(Counted(2));
    Result<Counted, Counted> err3 = Err(Counted(3));
    Result<Counted, Counted> err4 = Err(Counted(4));
    Result<Counted, Counted> target = Ok(Counted(0));
    const int base = census.alive();

    target = ok1;  // Ok <- Ok
    CHECK(target.unwrap().value == 1);
    CHECK(census.copy_assigned == 1);
    target = err3;  // Ok <- Err
    CHECK(target.is_err());
    CHECK(target.unwrap_err().value == 3);
    target = err4;  // Err <- Err
    CHECK(target.unwrap_err().value == 4);
    CHECK(census.copy_assigned == 2);
    target = ok2;  // Err <- Ok
    CHECK(target.is_ok());
    CHECK(target.unwrap().value == 2);
    CHECK(census.alive() == base);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("move assignment switches between Ok and Err without leaks") {
  CensusScope scope;
  {
    Result<Counted, Counted> target = Ok(Counted(0));
    target = Result<Counted, Counted>(Ok(Counted(1)));  // Ok <- Ok
    CHECK(target.unwrap().value == 1);
    target = Result<Counted, Counted>(Err(Counted(2)));  // Ok <- Err
    CHECK(target.unwrap_err().value == 2);
    target = Result<Counted, Counted>(Err(Counted(3)));  // Err <- Err
    CHECK(target.unwrap_err().value == 3);
    target = Result<Counted, Counted>(Ok(Counted(4)));  // Err <- Ok
    CHECK(target.unwrap().value == 4);
    CHECK(census.copy_constructed + census.copy_assigned == 0);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("self-assignment of a Result keeps its alternative intact") {
  CensusScope scope;
  {
    Result<Counted, Counted> ok = Ok(Counted(1));
    Result<Counted, Counted>& ok_alias = ok;
    ok = ok_alias;
    ok = std::move(ok_alias);
    CHECK(ok.is_ok());
    CHECK(ok.unwrap().value == 1);
    Result<Counted, Counted> err = Err(Counted(2));
    Result<Counted, Counted>& err_alias = err;
    err = err_alias;
    err = std::move(err_alias);
    CHECK(err.is_err());
    CHECK(err.unwrap_err().value == 2);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("a Result<void, E> with a counted error neither leaks nor double destroys") {
  CensusScope scope;
  {
    Result<void, Counted> ok = Ok();
    Result<void, Counted> err = Err(Counted(1));
    Result<void, Counted> copy = err;
    copy = ok;
    CHECK(copy.is_ok());
    copy = err;
    CHECK(copy.unwrap_err().value == 1);
    ok = std::move(copy);
    CHECK(ok.is_err());
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("the transforming methods of a counted Result leave nothing alive") {
  CensusScope scope;
  {
    Result<Counted, Counted> ok = Ok(Counted(1));
    Result<Counted, Counted> err = Err(Counted(2));
    CHECK(ok.ok().is_some());
    CHECK(err.err().is_some());
    CHECK(ok.map([](const Counted& c) { return c.value; }) == Ok(1));
    CHECK(err.map_err([](const Counted& c) { return c.value; }) == Err(2));
    CHECK(ok.unwrap_or(Counted(5)).value == 1);
    CHECK(err.unwrap_or_else([](const Counted& c) { return Counted(c.value * 10); }).value == 20);
    CHECK(ok.and_(err).is_err());
    CHECK(err.or_(ok).is_ok());
    CHECK(std::move(ok).ok().is_some());
    CHECK(std::move(err).map_err([](Counted c) { return c.value; }) == Err(2));
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

// ---- Move-only T and E --------------------------------------------------------------------------

TEST_CASE("a Result of a move-only value moves it in, around and out") {
  CensusScope scope;
  {
    Result<MoveOnly, Errno> ok = Ok(MoveOnly(1));
    Result<MoveOnly, Errno> moved = std::move(ok);
    MoveOnly out = std::move(moved).unwrap();
    CHECK(out.value == 1);
    Result<MoveOnly, Errno> again = Ok(MoveOnly(2));
    Option<MoveOnly> as_option = std::move(again).ok();
    CHECK(as_option.as_ptr()->value == 2);
    Result<MoveOnly, Errno> third = Ok(MoveOnly(3));
    CHECK(std::move(third).map([](MoveOnly m) { return m.value; }) == Ok(3));
    Result<MoveOnly, Errno> failed = Err(Errno::Io);
    CHECK(std::move(failed).unwrap_or(MoveOnly(4)).value == 4);
    Result<MoveOnly, Errno> fourth = Ok(MoveOnly(5));
    CHECK(std::move(fourth).expect("present").value == 5);
    Result<MoveOnly, Errno> fifth = Ok(MoveOnly(6));
    MoveOnly unchecked = std::move(fifth).unwrap_unchecked();
    CHECK(unchecked.value == 6);
  }
  CHECK(census.alive() == 0);
}

TEST_CASE("a Result of a move-only error moves it out") {
  CensusScope scope;
  {
    Result<int, MoveOnly> err = Err(MoveOnly(1));
    Result<int, MoveOnly> moved = std::move(err);
    MoveOnly out = std::move(moved).unwrap_err_unchecked();
    CHECK(out.value == 1);
    Result<int, MoveOnly> again = Err(MoveOnly(2));
    CHECK(std::move(again).map_err([](MoveOnly m) { return m.value; }) == Err(2));
    Result<int, MoveOnly> third = Err(MoveOnly(3));
    Option<MoveOnly> as_option = std::move(third).err();
    CHECK(as_option.as_ptr()->value == 3);
  }
  CHECK(census.alive() == 0);
}

TEST_CASE("the consuming methods move a move-only value or error instead of copying it") {
  CensusScope scope;
  {
    Result<int, MoveOnly> err = Err(MoveOnly(1));
    MoveOnly e = std::move(err).unwrap_err();
    CHECK(e.value == 1);
    Result<int, MoveOnly> err2 = Err(MoveOnly(2));
    MoveOnly e2 = std::move(err2).expect_err("failed");
    CHECK(e2.value == 2);
    Result<MoveOnly, int> ok = Ok(MoveOnly(3));
    CHECK(std::move(ok).map_or(0, [](MoveOnly m) { return m.value; }) == 3);
    Result<MoveOnly, int> ok2 = Ok(MoveOnly(4));
    CHECK(std::move(ok2).map_or_else([](int) { return 0; }, [](MoveOnly m) { return m.value; }) == 4);
    Result<MoveOnly, int> ok3 = Ok(MoveOnly(5));
    CHECK(std::move(ok3).or_else([](int e3) -> Result<MoveOnly, long> { return Err(long{e3}); }).is_ok());
    Result<MoveOnly, int> failed = Err(1);
    CHECK(std::move(failed).or_(Result<MoveOnly, long>(Ok(MoveOnly(6)))).is_ok());
    Result<int, MoveOnly> err3 = Err(MoveOnly(7));
    CHECK(std::move(err3).and_(Result<int, MoveOnly>(Ok(1))).is_err());
    Result<MoveOnly, int> ok4 = Ok(MoveOnly(8));
    Result<MoveOnly, int> inspected = std::move(ok4).inspect([](const MoveOnly&) {});
    CHECK(inspected.is_ok());
    Result<int, MoveOnly> err4 = Err(MoveOnly(9));
    Result<int, MoveOnly> inspected_err = std::move(err4).inspect_err([](const MoveOnly&) {});
    CHECK(inspected_err.is_err());
    Result<Result<MoveOnly, int>, int> nested = Ok(Result<MoveOnly, int>(Ok(MoveOnly(10))));
    CHECK(std::move(nested).flatten().is_ok());
    Result<Option<MoveOnly>, int> result_of_option = Ok(Option<MoveOnly>(MoveOnly(11)));
    CHECK(std::move(result_of_option).transpose().is_some());
    Option<Result<MoveOnly, int>> option_of_result = Result<MoveOnly, int>(Ok(MoveOnly(12)));
    CHECK(ferrite::transpose(std::move(option_of_result)).is_ok());
  }
  CHECK(census.alive() == 0);
}

// ---- FERRITE_TRY --------------------------------------------------------------------------------

namespace {

int steps_after_try = 0;

Result<int, ParseError> sum_two_digits(const char* text) {
  int tens = FERRITE_TRY(parse_digit(text[0]));
  ++steps_after_try;
  int ones = FERRITE_TRY(parse_digit(text[1]));
  ++steps_after_try;
  return Ok(tens * 10 + ones);
}

Result<int, Errno> sum_two_digits_as_errno(const char* text) {
  // The ParseError converts to Errno through the ErrorFrom specialization above.
  int tens = FERRITE_TRY(parse_digit(text[0]));
  int ones = FERRITE_TRY(parse_digit(text[1]));
  return Ok(tens * 10 + ones);
}

Result<void, Errno> check(bool good) {
  if (!good) return Err(Errno::Io);
  return Ok();
}

Result<int, Errno> two_checks(bool first, bool second) {
  FERRITE_TRY(check(first));
  ++steps_after_try;
  FERRITE_TRY(check(second));
  return Ok(1);
}

int shared_value = 10;
Result<int&, Errno> lookup(bool found) {
  if (!found) return Err(Errno::NoEnt);
  return Ok<int&>(shared_value);
}

Result<int*, Errno> address_of_lookup(bool found) {
  int& value = FERRITE_TRY(lookup(found));
  return Ok(&value);
}

Option<int> first_digit(const char* text) {
  int digit = FERRITE_TRY(parse_digit(text[0]).ok());
  ++steps_after_try;
  return digit;
}

Option<int> add_options(Option<int> a, Option<int> b) {
  int x = FERRITE_TRY(a);
  int y = FERRITE_TRY(b);
  return x + y;
}

Result<int, Errno> from_lvalue(const Result<int, Errno>& input) {
  const int value = FERRITE_TRY(input);
  return Ok(value + 1);
}

Result<MoveOnly, Errno> make_move_only(bool good) {
  if (!good) return Err(Errno::NoMem);
  return Ok(MoveOnly(7));
}

Result<int, Errno> unwrap_move_only(bool good) {
  MoveOnly m = FERRITE_TRY(make_move_only(good));
  return Ok(m.value);
}

Result<Counted, Errno> make_counted(bool good) {
  if (!good) return Err(Errno::NoMem);
  return Ok(Counted(8));
}

Result<int, Errno> unwrap_counted(bool good) {
  Counted c = FERRITE_TRY(make_counted(good));
  return Ok(c.value);
}

int evaluations = 0;
Result<int, Errno> counted_step(bool good) {
  ++evaluations;
  if (!good) return Err(Errno::Again);
  return Ok(1);
}

Result<void, Errno> void_function_trying_a_value(bool good) {
  int value = FERRITE_TRY(counted_step(good));
  if (value != 1) return Err(Errno::Inval);
  return Ok();
}

int table[3] = {10, 20, 30};
Option<int&> entry(int index) {
  if (index < 0 || index > 2) return None;
  return table[index];
}
Option<int&> entry_after(int index) {
  int& current = FERRITE_TRY(entry(index));
  (void)current;
  return entry(index + 1);
}

Result<char, Errno> first_char(const char* text) {
  if (text[0] == '\0') return Err(Errno::NoData);
  return Ok(text[0]);
}

// Regression: each FERRITE_TRY names its variable afresh, so nesting passes -Wshadow -Werror.
Result<int, Errno> nested_try(const char* text) {
  int digit = FERRITE_TRY(parse_digit(FERRITE_TRY(first_char(text))));
  return Ok(digit + FERRITE_TRY(parse_digit('1')) + FERRITE_TRY(parse_digit('2')));
}

template <class A, class B>
Result<ferrite::Pair<A, B>, Errno> make_pair_result(A a, B b) {
  return Ok(ferrite::Pair<A, B>{a, b});
}

Result<long, Errno> sum_of_pair() {
  // The template argument list holds a comma: FERRITE_TRY takes the whole expression.
  auto pair = FERRITE_TRY(make_pair_result<int, long>(1, 2L));
  return Ok(pair.first + pair.second);
}

}  // namespace

TEST_CASE("FERRITE_TRY takes an expression with commas in it") {
  CHECK(sum_of_pair() == Ok(3L));
}

TEST_CASE("FERRITE_TRY nests, as Rust's f(g()?)?, and several sit in one expression") {
  CHECK(nested_try("7") == Ok(10));
  CHECK(nested_try("") == Err(Errno::NoData));
  CHECK(nested_try("x") == Err(Errno::Inval));
}

TEST_CASE("FERRITE_TRY evaluates its expression exactly once") {
  evaluations = 0;
  CHECK(void_function_trying_a_value(true).is_ok());
  CHECK(evaluations == 1);
  evaluations = 0;
  CHECK(void_function_trying_a_value(false) == Err(Errno::Again));
  CHECK(evaluations == 1);
}

TEST_CASE("FERRITE_TRY on an Option<T&> in a function returning Option<T&>") {
  CHECK(entry_after(0).as_ptr() == &table[1]);
  CHECK(entry_after(2).is_none());
  CHECK(entry_after(7).is_none());
}

TEST_CASE("FERRITE_TRY yields the value of an Ok and returns early on an Err") {
  steps_after_try = 0;
  CHECK(sum_two_digits("42") == Ok(42));
  CHECK(steps_after_try == 2);
  steps_after_try = 0;
  CHECK(sum_two_digits("x2") == Err(ParseError::BadDigit));
  CHECK(steps_after_try == 0);
  steps_after_try = 0;
  CHECK(sum_two_digits("4") == Err(ParseError::Empty));
  CHECK(steps_after_try == 1);
}

TEST_CASE("FERRITE_TRY converts the error to the function's error type through ErrorFrom") {
  CHECK(sum_two_digits_as_errno("42") == Ok(42));
  CHECK(sum_two_digits_as_errno("4x") == Err(Errno::Inval));
  CHECK(sum_two_digits_as_errno("") == Err(Errno::NoData));
}

TEST_CASE("FERRITE_TRY on a Result<void, E> continues on Ok and returns the error on Err") {
  steps_after_try = 0;
  CHECK(two_checks(true, true) == Ok(1));
  CHECK(steps_after_try == 1);
  steps_after_try = 0;
  CHECK(two_checks(false, true) == Err(Errno::Io));
  CHECK(steps_after_try == 0);
  CHECK(two_checks(true, false) == Err(Errno::Io));
}

TEST_CASE("FERRITE_TRY on a Result<T&, E> yields the very object") {
  CHECK(address_of_lookup(true) == Ok(&shared_value));
  CHECK(address_of_lookup(false) == Err(Errno::NoEnt));
}

TEST_CASE("FERRITE_TRY on an Option returns None early from a function returning Option") {
  steps_after_try = 0;
  CHECK(first_digit("7") == Some(7));
  CHECK(steps_after_try == 1);
  CHECK(first_digit("x").is_none());
  CHECK(steps_after_try == 1);
  CHECK(add_options(Some(1), Some(2)) == Some(3));
  CHECK(add_options(None, Some(2)).is_none());
  CHECK(add_options(Some(1), None).is_none());
}

TEST_CASE("FERRITE_TRY on an lvalue Result copies the value and leaves the Result intact") {
  Result<int, Errno> ok = Ok(1);
  Result<int, Errno> err = Err(Errno::Io);
  CHECK(from_lvalue(ok) == Ok(2));
  CHECK(ok == Ok(1));
  CHECK(from_lvalue(err) == Err(Errno::Io));
}

TEST_CASE("FERRITE_TRY moves a move-only value out of a temporary Result") {
  CensusScope scope;
  CHECK(unwrap_move_only(true) == Ok(7));
  CHECK(unwrap_move_only(false) == Err(Errno::NoMem));
  CHECK(census.alive() == 0);
}

TEST_CASE("FERRITE_TRY on a counted value neither leaks nor copies") {
  CensusScope scope;
  CHECK(unwrap_counted(true) == Ok(8));
  CHECK(unwrap_counted(false) == Err(Errno::NoMem));
  CHECK(census.alive() == 0);
  CHECK(census.copy_constructed == 0);
  CHECK(census.misuse == 0);
}
