// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/errno.hpp>
#include <ferrite/non_null.hpp>
#include <ferrite/option.hpp>

#include <string_view>
#include <memory>
#include <type_traits>
#include <utility>

#include "counted.hpp"

using ferrite::None;
using ferrite::NonNull;
using ferrite::Option;
using ferrite::Pair;
using ferrite::Some;
using ferrite_test::census;
using ferrite_test::CensusScope;
using ferrite_test::Counted;
using ferrite_test::MoveOnly;

namespace {

struct Base {
  int id = 1;
};
struct Derived : Base {
  Derived() { id = 2; }
};

class Handle;

}  // namespace

/// The niche customization point, declared before Handle because Handle's own members return
/// Option<Handle> (as errno.hpp does for Errno).
template <>
struct ferrite::NicheTraits<Handle> {
  static constexpr bool available = true;
  static constexpr Handle none() noexcept;
  static constexpr bool is_none(const Handle& h) noexcept;
};

namespace {

/// A file-descriptor-like handle whose -1 is never valid: it opts into the niche customization
/// point, and its only public constructor rejects the pattern.
class Handle {
 public:
  static constexpr Option<Handle> open(int raw) {
    if (raw < 0) return None;
    return Handle(raw);
  }
  [[nodiscard]] constexpr int raw() const { return raw_; }
  friend constexpr bool operator==(Handle a, Handle b) { return a.raw_ == b.raw_; }

 private:
  friend struct ferrite::NicheTraits<Handle>;
  constexpr explicit Handle(int raw) : raw_(raw) {}
  int raw_;
};

/// Built only explicitly from an int.
struct ExplicitFromInt {
  constexpr explicit ExplicitFromInt(int v) : value(v) {}
  int value;
};

/// Copyable, not assignable, not trivial: an Option of it is replaced by destroying and rebuilding.
struct ConstMember {
  const int value;
  ~ConstMember() {}  // NOLINT: user-provided on purpose, so the type is not trivially copyable
};

/// Trivially copyable but not assignable: an Option of it stays trivially copyable, as promised.
struct ConstTrivial {
  const int value;
};
static_assert(std::is_trivially_copyable_v<Option<ConstTrivial>>);

}  // namespace

constexpr Handle ferrite::NicheTraits<Handle>::none() noexcept { return Handle(-1); }
constexpr bool ferrite::NicheTraits<Handle>::is_none(const Handle& h) noexcept { return h.raw() == -1; }

namespace {

static_assert(sizeof(Option<Handle>) == sizeof(Handle));
static_assert(std::is_trivially_copyable_v<Option<Handle>>);
static_assert(Handle::open(-5).is_none());
static_assert(Handle::open(0).is_some());  // 0 is a valid handle; only -1 means None
static_assert(Handle::open(3).map([](Handle h) { return h.raw(); }) == Some(3));

static_assert(std::is_constructible_v<Option<ExplicitFromInt>, int>);
static_assert(!std::is_convertible_v<int, Option<ExplicitFromInt>>);

// ---- Representation, checked at compile time ---------------------------------------------------

static_assert(sizeof(Option<int&>) == sizeof(int*));
static_assert(sizeof(Option<const Counted&>) == sizeof(Counted*));
static_assert(sizeof(Option<NonNull<int>>) == sizeof(int*));
static_assert(sizeof(Option<NonNull<Counted>>) == sizeof(Counted*));
static_assert(sizeof(Option<ferrite::Errno>) == sizeof(int));

static_assert(std::is_trivially_copyable_v<Option<int>>);
static_assert(std::is_trivially_copyable_v<Option<int&>>);
static_assert(std::is_trivially_copyable_v<Option<NonNull<int>>>);
static_assert(std::is_trivially_copyable_v<Option<Option<int>>>);
static_assert(std::is_trivially_destructible_v<Option<int>>);
static_assert(!std::is_trivially_copyable_v<Option<Counted>>);
static_assert(!std::is_trivially_destructible_v<Option<Counted>>);
static_assert(std::is_copy_constructible_v<Option<Counted>>);
static_assert(std::is_copy_assignable_v<Option<Counted>>);

static_assert(!std::is_copy_constructible_v<Option<MoveOnly>>);
static_assert(!std::is_copy_assignable_v<Option<MoveOnly>>);
static_assert(std::is_move_constructible_v<Option<MoveOnly>>);
static_assert(std::is_move_assignable_v<Option<MoveOnly>>);

// Option<T&> refers, it never owns: it cannot be made from, or rebound to, a temporary.
static_assert(!std::is_constructible_v<Option<int&>, int>);
static_assert(!std::is_constructible_v<Option<const int&>, int>);
static_assert(!std::is_assignable_v<Option<int&>&, int>);
static_assert(std::is_constructible_v<Option<const int&>, Option<int&>>);
static_assert(!std::is_constructible_v<Option<int&>, Option<const int&>>);
static_assert(std::is_constructible_v<Option<Base&>, Option<Derived&>>);

// An Option is not silently an integer or a bool.
static_assert(!std::is_convertible_v<Option<int>, bool>);
static_assert(!std::is_convertible_v<Option<int>, int>);

// ---- constexpr use ---------------------------------------------------------------------------

constexpr int constexpr_option_workout() {
  Option<int> a = None;
  int total = a.unwrap_or(1);                              // 1
  a.insert(10);
  total += a.unwrap();                                     // 11
  Option<int> b = a.take();
  total += a.is_none() ? 100 : 0;                          // 111
  total += b.map([](int v) { return v * 2; }).unwrap_or(0);  // 131
  Option<int> old = b.replace(5);
  total += old.unwrap_or(0) + b.unwrap_or(0);              // 146
  total += a.get_or_insert(4);                             // 150
  total += a.get_or_insert_with([] { return 1000; });       // 154
  total += b.and_then([](int v) -> Option<int> { return v > 3 ? Option<int>(v) : None; }).unwrap_or(0);  // 159
  total += b.filter([](int v) { return v > 100; }).is_none() ? 1 : 0;  // 160
  total += (Some(1) < Some(2) && Option<int>() < Some(0) && Some(3) == 3) ? 1 : 0;  // 161
  return total;
}
static_assert(constexpr_option_workout() == 161);

constexpr int constexpr_reference_workout() {
  int first = 1;
  int second = 2;
  Option<int&> r = first;
  r = second;  // rebinds
  r.unwrap() += 40;
  return first + second + (r.as_ptr() == &second ? 100 : 0);
}
static_assert(constexpr_reference_workout() == 143);

static_assert(Some(7).xor_(Option<int>()) == Some(7));
static_assert(Some(Some(3)).flatten() == Some(3));
static_assert(Option<int>().unwrap_or_default() == 0);
static_assert(Some(2).zip(Some(3)) == Some(Pair<int, int>{2, 3}));
static_assert(Some(4).ok_or(ferrite::Errno::Inval).is_ok());

}  // namespace

// ---- Construction ------------------------------------------------------------------------------

TEST_CASE("a default-constructed Option is None") {
  Option<int> empty;
  CHECK(empty.is_none());
  CHECK_FALSE(empty.is_some());
  CHECK_FALSE(static_cast<bool>(empty));
  CHECK(empty.as_ptr() == nullptr);
}

TEST_CASE("None converts to any Option") {
  Option<int> a = None;
  Option<int&> b = None;
  Option<Counted> c = None;
  Option<Option<int>> d = None;
  CHECK(a.is_none());
  CHECK(b.is_none());
  CHECK(c.is_none());
  CHECK(d.is_none());
}

TEST_CASE("Some deduces the value type and holds the value, zero included") {
  auto zero = Some(0);
  static_assert(std::is_same_v<decltype(zero), Option<int>>);
  CHECK(zero.is_some());
  CHECK(zero.unwrap() == 0);
  const long answer = 42;
  auto deduced = Some(answer);
  static_assert(std::is_same_v<decltype(deduced), Option<long>>);
  CHECK(deduced.unwrap() == 42);
}

TEST_CASE("a value converts implicitly to Some, so a function can return it") {
  auto parse = [](int digit) -> Option<int> {
    if (digit < 0) return None;
    return digit;
  };
  CHECK(parse(-1).is_none());
  CHECK(parse(0) == Some(0));
}

TEST_CASE("Some<T&> and a T& lvalue make an Option<T&> that refers to the object") {
  int x = 5;
  auto r = Some<int&>(x);
  static_assert(std::is_same_v<decltype(r), Option<int&>>);
  CHECK(r.as_ptr() == &x);
  Option<int&> implicit = x;
  CHECK(implicit.as_ptr() == &x);
}

TEST_CASE("an Option of a pointer holding null is Some, as Rust's Some(ptr::null())") {
  Option<int*> null_pointer = static_cast<int*>(nullptr);
  CHECK(null_pointer.is_some());
  CHECK(null_pointer.unwrap() == nullptr);
  Option<int*> none;
  CHECK(none != null_pointer);
}

TEST_CASE("an Option<bool> holding false is Some, and tests true") {
  Option<bool> no = false;
  CHECK(no.is_some());
  CHECK(static_cast<bool>(no));
  CHECK(no == false);
  CHECK(no.unwrap_or(true) == false);
}

// ---- Querying -----------------------------------------------------------------------------------

TEST_CASE("is_some_and is false for None without calling the predicate") {
  int calls = 0;
  Option<int> none;
  CHECK_FALSE(none.is_some_and([&](int) { ++calls; return true; }));
  CHECK(calls == 0);
  CHECK(Some(3).is_some_and([](int v) { return v == 3; }));
  CHECK_FALSE(Some(3).is_some_and([](int v) { return v == 4; }));
}

TEST_CASE("is_none_or is true for None without calling the predicate") {
  int calls = 0;
  Option<int> none;
  CHECK(none.is_none_or([&](int) { ++calls; return false; }));
  CHECK(calls == 0);
  CHECK(Some(3).is_none_or([](int v) { return v == 3; }));
  CHECK_FALSE(Some(3).is_none_or([](int v) { return v == 4; }));
}

TEST_CASE("as_ptr tests and uses in one statement without a panic path") {
  Option<int> some = 8;
  int seen = 0;
  if (int* p = some.as_ptr()) seen = *p;
  CHECK(seen == 8);
  const Option<int> none;
  CHECK(none.as_ptr() == nullptr);
  // The pointer is the stored value itself, so writes through it land in the Option.
  *some.as_ptr() = 9;
  CHECK(some == 9);
}

// ---- Extracting ---------------------------------------------------------------------------------

TEST_CASE("unwrap_or gives the fallback for None and the value for Some") {
  CHECK(Option<int>().unwrap_or(-1) == -1);
  CHECK(Some(0).unwrap_or(-1) == 0);
}

TEST_CASE("unwrap_or_else calls the fallback only for None") {
  int calls = 0;
  auto fallback = [&] { ++calls; return 7; };
  CHECK(Some(1).unwrap_or_else(fallback) == 1);
  CHECK(calls == 0);
  CHECK(Option<int>().unwrap_or_else(fallback) == 7);
  CHECK(calls == 1);
}

TEST_CASE("unwrap_or_default gives a value-initialized T for None") {
  CHECK(Option<int>().unwrap_or_default() == 0);
  CHECK(Option<unsigned long>().unwrap_or_default() == 0u);
  CHECK(Some(6).unwrap_or_default() == 6);
}

TEST_CASE("unwrap_unchecked gives the value of a Some") {
  Option<int> some = 4;
  CHECK(some.unwrap_unchecked() == 4);
  CHECK(Some(5).unwrap_unchecked() == 5);
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("unwrap_unchecked of None panics in a debug build") {
  Option<int> none;
  CHECK(FERRITE_PANICKED(none.unwrap_unchecked()));
  CHECK(std::string_view(ferrite_test::panic_capture.message) == "Option::unwrap_unchecked on None");
}
#endif

TEST_CASE("unwrap of None reaches the panic hook with a message") {
  Option<int> none;
  CHECK(FERRITE_PANICKED(none.unwrap()));
  CHECK(std::string_view(ferrite_test::panic_capture.message) == "called Option::unwrap on None");
  const Option<int> const_none;
  CHECK(FERRITE_PANICKED(const_none.unwrap()));
  CHECK(FERRITE_PANICKED(Option<int>().unwrap()));
  Option<int&> none_ref;
  CHECK(FERRITE_PANICKED(none_ref.unwrap()));
}

TEST_CASE("expect of None panics with the caller's message") {
  Option<int> none;
  CHECK(FERRITE_PANICKED(none.expect("boot config is built in")));
  CHECK(std::string_view(ferrite_test::panic_capture.message) == "boot config is built in");
  Option<int&> none_ref;
  CHECK(FERRITE_PANICKED(none_ref.expect("device 0 exists")));
  CHECK(std::string_view(ferrite_test::panic_capture.message) == "device 0 exists");
}

TEST_CASE("unwrap and expect of Some give the value without panicking") {
  const int before = ferrite_test::panic_capture.count;
  Option<int> some = 3;
  CHECK(some.unwrap() == 3);
  CHECK(some.expect("present") == 3);
  some.unwrap() = 4;  // unwrap of an lvalue gives the value itself
  CHECK(some == 4);
  CHECK(ferrite_test::panic_capture.count == before);
}

// ---- Transforming -------------------------------------------------------------------------------

TEST_CASE("map of None is None and does not call the function") {
  int calls = 0;
  auto mapped = Option<int>().map([&](int v) { ++calls; return v * 2; });
  CHECK(mapped.is_none());
  CHECK(calls == 0);
}

TEST_CASE("map of Some applies the function and may change the type") {
  auto mapped = Some(21).map([](int v) { return static_cast<long>(v) * 2; });
  static_assert(std::is_same_v<decltype(mapped), Option<long>>);
  CHECK(mapped == Some(42L));
}

TEST_CASE("map to a reference gives an Option of that reference") {
  Pair<int, int> pair{1, 2};
  Option<Pair<int, int>&> ref = pair;
  auto second = ref.map([](Pair<int, int>& p) -> int& { return p.second; });
  static_assert(std::is_same_v<decltype(second), Option<int&>>);
  CHECK(second.as_ptr() == &pair.second);
}

TEST_CASE("map_or gives the fallback for None and f(value) for Some") {
  CHECK(Option<int>().map_or(-1, [](int v) { return v + 1; }) == -1);
  CHECK(Some(1).map_or(-1, [](int v) { return v + 1; }) == 2);
}

TEST_CASE("map_or_else calls exactly one of its two functions") {
  int fallback_calls = 0;
  auto fallback = [&] { ++fallback_calls; return -1; };
  CHECK(Some(1).map_or_else(fallback, [](int v) { return v * 10; }) == 10);
  CHECK(fallback_calls == 0);
  CHECK(Option<int>().map_or_else(fallback, [](int v) { return v * 10; }) == -1);
  CHECK(fallback_calls == 1);
}

TEST_CASE("and_then chains steps that may each give None") {
  auto half = [](int v) -> Option<int> {
    if (v % 2 != 0) return None;
    return v / 2;
  };
  CHECK(Option<int>().and_then(half).is_none());
  CHECK(Some(3).and_then(half).is_none());
  CHECK(Some(8).and_then(half).and_then(half) == Some(2));
}

TEST_CASE("filter keeps a Some whose value passes, drops everything else") {
  auto even = [](int v) { return v % 2 == 0; };
  CHECK(Option<int>().filter(even).is_none());
  CHECK(Some(3).filter(even).is_none());
  CHECK(Some(4).filter(even) == Some(4));
}

TEST_CASE("inspect calls its function with the value and returns the Option unchanged") {
  int seen = 0;
  Option<int> some = 5;
  CHECK(some.inspect([&](int v) { seen = v; }) == Some(5));
  CHECK(seen == 5);
  seen = 0;
  CHECK(Option<int>().inspect([&](int v) { seen = v; }).is_none());
  CHECK(seen == 0);
}

TEST_CASE("ok_or turns None into Err and Some into Ok") {
  auto err = Option<int>().ok_or(ferrite::Errno::NoEnt);
  static_assert(std::is_same_v<decltype(err), ferrite::Result<int, ferrite::Errno>>);
  CHECK(err == ferrite::Err(ferrite::Errno::NoEnt));
  CHECK(Some(3).ok_or(ferrite::Errno::NoEnt) == ferrite::Ok(3));
}

TEST_CASE("ok_or_else makes the error only for None") {
  int calls = 0;
  auto make = [&] { ++calls; return ferrite::Errno::Io; };
  CHECK(Some(3).ok_or_else(make) == ferrite::Ok(3));
  CHECK(calls == 0);
  CHECK(Option<int>().ok_or_else(make) == ferrite::Err(ferrite::Errno::Io));
  CHECK(calls == 1);
}

TEST_CASE("and_ gives the other Option only when this one is Some") {
  CHECK(Option<int>().and_(Some(2L)).is_none());
  CHECK(Some(1).and_(Option<long>()).is_none());
  CHECK(Some(1).and_(Some(2L)) == Some(2L));
  CHECK(Option<int>().and_(Option<long>()).is_none());
}

TEST_CASE("or_ prefers this Option, then the other") {
  CHECK(Some(1).or_(Some(2)) == Some(1));
  CHECK(Some(1).or_(None) == Some(1));
  CHECK(Option<int>().or_(Some(2)) == Some(2));
  CHECK(Option<int>().or_(None).is_none());
}

TEST_CASE("or_else calls its function only for None") {
  int calls = 0;
  auto make = [&]() -> Option<int> { ++calls; return 9; };
  CHECK(Some(1).or_else(make) == Some(1));
  CHECK(calls == 0);
  CHECK(Option<int>().or_else(make) == Some(9));
  CHECK(calls == 1);
}

TEST_CASE("xor_ is Some only when exactly one side is") {
  CHECK(Option<int>().xor_(None).is_none());
  CHECK(Some(1).xor_(Some(2)).is_none());
  CHECK(Some(1).xor_(None) == Some(1));
  CHECK(Option<int>().xor_(Some(2)) == Some(2));
}

TEST_CASE("zip pairs two Somes and is None if either is None") {
  CHECK(Option<int>().zip(Some(2L)).is_none());
  CHECK(Some(1).zip(Option<long>()).is_none());
  auto both = Some(1).zip(Some(2L));
  static_assert(std::is_same_v<decltype(both), Option<Pair<int, long>>>);
  REQUIRE(both.is_some());
  CHECK(both.unwrap().first == 1);
  CHECK(both.unwrap().second == 2L);
}

TEST_CASE("unzip splits a Some pair and turns None into two Nones") {
  Option<Pair<int, long>> none;
  auto [a, b] = none.unzip();
  CHECK(a.is_none());
  CHECK(b.is_none());
  auto [c, d] = Some(Pair<int, long>{3, 4L}).unzip();
  CHECK(c == Some(3));
  CHECK(d == Some(4L));
}

TEST_CASE("flatten removes one level of Option") {
  Option<Option<int>> none;
  CHECK(none.flatten().is_none());
  Option<Option<int>> some_none = Some(Option<int>());
  CHECK(some_none.is_some());
  CHECK(some_none.flatten().is_none());
  CHECK(Some(Some(5)).flatten() == Some(5));
}

TEST_CASE("copied turns an Option<T&> into an Option<T> holding a copy") {
  int x = 3;
  Option<int&> r = x;
  auto copy = r.copied();
  static_assert(std::is_same_v<decltype(copy), Option<int>>);
  x = 4;
  CHECK(copy == Some(3));
  CHECK(Option<int&>().copied().is_none());
  const int cx = 5;
  auto from_const = Option<const int&>(cx).copied();
  static_assert(std::is_same_v<decltype(from_const), Option<int>>);
  CHECK(from_const == Some(5));
}

TEST_CASE("as_ref looks at the value without moving it out") {
  Option<int> some = 3;
  auto ref = some.as_ref();
  static_assert(std::is_same_v<decltype(ref), Option<const int&>>);
  CHECK(ref.as_ptr() == some.as_ptr());
  const Option<int> none;
  CHECK(none.as_ref().is_none());
}

TEST_CASE("as_mut gives a reference through which the value changes") {
  Option<int> some = 3;
  auto ref = some.as_mut();
  static_assert(std::is_same_v<decltype(ref), Option<int&>>);
  ref.unwrap() = 30;
  CHECK(some == Some(30));
  Option<int> none;
  CHECK(none.as_mut().is_none());
}

// ---- In place -----------------------------------------------------------------------------------

TEST_CASE("take moves the value out and leaves None") {
  Option<int> some = 3;
  Option<int> taken = some.take();
  CHECK(taken == Some(3));
  CHECK(some.is_none());
  Option<int> none;
  CHECK(none.take().is_none());
  CHECK(none.is_none());
}

TEST_CASE("replace puts the new value in and returns the old one") {
  Option<int> none;
  CHECK(none.replace(1).is_none());
  CHECK(none == Some(1));
  Option<int> some = 2;
  CHECK(some.replace(3) == Some(2));
  CHECK(some == Some(3));
}

TEST_CASE("insert overwrites any value and returns a reference to the new one") {
  Option<int> none;
  int& inserted = none.insert(1);
  CHECK(&inserted == none.as_ptr());
  Option<int> some = 2;
  some.insert(3) += 1;
  CHECK(some == Some(4));
}

TEST_CASE("get_or_insert keeps an existing value") {
  Option<int> some = 2;
  CHECK(some.get_or_insert(9) == 2);
  CHECK(some == Some(2));
  Option<int> none;
  none.get_or_insert(9) += 1;
  CHECK(none == Some(10));
}

TEST_CASE("get_or_insert_with calls its function only for None") {
  int calls = 0;
  auto make = [&] { ++calls; return 7; };
  Option<int> some = 2;
  CHECK(some.get_or_insert_with(make) == 2);
  CHECK(calls == 0);
  Option<int> none;
  CHECK(none.get_or_insert_with(make) == 7);
  CHECK(calls == 1);
  CHECK(none == Some(7));
}

// ---- Comparing ----------------------------------------------------------------------------------

TEST_CASE("two Nones are equal, None differs from every Some") {
  CHECK(Option<int>() == Option<int>());
  CHECK(Option<int>() != Some(0));
  CHECK(Some(0) != Option<int>());
  CHECK(Some(1) == Some(1));
  CHECK(Some(1) != Some(2));
  CHECK(Some(1) == Some(1L));
}

TEST_CASE("an Option compares with None and with a plain value") {
  CHECK(Option<int>() == None);
  CHECK(Some(0) != None);
  CHECK(Some(0) == 0);
  CHECK(Option<int>() != 0);
  CHECK(0 == Some(0));
  CHECK(None == Option<int>());
}

TEST_CASE("None orders below every Some, and two Somes order by value") {
  const Option<int> none;
  CHECK(none < Some(-2147483647));
  CHECK_FALSE(Some(0) < none);
  CHECK_FALSE(none < none);
  CHECK(none <= none);
  CHECK(none >= none);
  CHECK(Some(1) < Some(2));
  CHECK(Some(2) > Some(1));
  CHECK(Some(2) > none);
  CHECK(Some(2) >= Some(2));
  CHECK(Some(2) <= Some(2));
  CHECK_FALSE(Some(3) <= Some(2));
}

// ---- Iterating ----------------------------------------------------------------------------------

TEST_CASE("range-for visits None zero times and Some once") {
  int visits = 0;
  for (int v : Option<int>()) visits += v + 1;
  CHECK(visits == 0);
  Option<int> some = 4;
  for (int& v : some) {
    ++visits;
    v = 5;
  }
  CHECK(visits == 1);
  CHECK(some == Some(5));
  int x = 1;
  Option<int&> ref = x;
  for (int& v : ref) v = 2;
  CHECK(x == 2);
}

// ---- Option<T&> ---------------------------------------------------------------------------------

TEST_CASE("assigning an lvalue to an Option<T&> rebinds it and never assigns through it") {
  int first = 1;
  int second = 2;
  Option<int&> ref = first;
  ref = second;
  CHECK(first == 1);
  CHECK(second == 2);
  CHECK(ref.as_ptr() == &second);
}

TEST_CASE("assigning another Option<T&> rebinds, and assigning None unbinds") {
  int first = 1;
  int second = 2;
  Option<int&> a = first;
  Option<int&> b = second;
  a = b;
  CHECK(first == 1);
  CHECK(a.as_ptr() == &second);
  a = None;
  CHECK(a.is_none());
  CHECK(second == 2);
  a = Some<int&>(first);
  CHECK(a.as_ptr() == &first);
}

TEST_CASE("an Option<T&> writes through to the object it refers to") {
  int x = 1;
  Option<int&> ref = x;
  ref.unwrap() = 10;
  CHECK(x == 10);
  *ref.as_ptr() += 1;
  CHECK(x == 11);
}

TEST_CASE("Option<T&> compares the referred-to values, not the addresses") {
  int a = 1;
  int b = 1;
  int c = 2;
  CHECK(Option<int&>(a) == Option<int&>(b));
  CHECK(Option<int&>(a) != Option<int&>(c));
  CHECK(Option<int&>(a) == 1);
  CHECK(Option<int&>(a) < Option<int&>(c));
  CHECK(Option<int&>() < Option<int&>(a));
  CHECK(Option<int&>() == None);
}

TEST_CASE("an Option<Derived&> converts to Option<Base&> and Option<T&> to Option<const T&>") {
  Derived d;
  Option<Derived&> derived = d;
  Option<Base&> base = derived;
  CHECK(base.unwrap().id == 2);
  CHECK(base.as_ptr() == static_cast<Base*>(&d));
  int x = 3;
  Option<int&> mut = x;
  Option<const int&> constant = mut;
  CHECK(constant.as_ptr() == &x);
}

TEST_CASE("Option<T&> extraction gives the object itself") {
  int x = 1;
  int fallback = 0;
  Option<int&> some = x;
  Option<int&> none;
  CHECK(&some.unwrap_or(fallback) == &x);
  CHECK(&none.unwrap_or(fallback) == &fallback);
  CHECK(&none.unwrap_or_else([&]() -> int& { return fallback; }) == &fallback);
  CHECK(&some.unwrap_unchecked() == &x);
  CHECK(&some.expect("present") == &x);
}

TEST_CASE("Option<T&> transforms like Option<T>") {
  int x = 4;
  Option<int&> some = x;
  Option<int&> none;
  CHECK(some.map([](int v) { return v * 2; }) == Some(8));
  CHECK(none.map([](int v) { return v * 2; }).is_none());
  CHECK(some.map_or(0, [](int v) { return v + 1; }) == 5);
  CHECK(none.map_or(0, [](int v) { return v + 1; }) == 0);
  CHECK(none.map_or_else([] { return -1; }, [](int v) { return v; }) == -1);
  CHECK(some.and_then([](int& v) -> Option<int&> { return v; }).as_ptr() == &x);
  CHECK(some.filter([](int v) { return v > 10; }).is_none());
  CHECK(some.filter([](int v) { return v < 10; }).as_ptr() == &x);
  CHECK(some.is_some_and([](int v) { return v == 4; }));
  CHECK(none.is_none_or([](int) { return false; }));
  CHECK(some.ok_or(ferrite::Errno::NoEnt).is_ok());
  CHECK(none.ok_or(ferrite::Errno::NoEnt) == ferrite::Err(ferrite::Errno::NoEnt));
  CHECK(none.ok_or_else([] { return ferrite::Errno::Io; }) == ferrite::Err(ferrite::Errno::Io));
  CHECK(some.as_ref().as_ptr() == &x);
  auto pair = some.zip(Some(1));
  REQUIRE(pair.is_some());
  CHECK(&pair.unwrap().first == &x);
}

TEST_CASE("Option<T&> combinators choose the right reference") {
  int a = 1;
  int b = 2;
  Option<int&> ra = a;
  Option<int&> rb = b;
  Option<int&> none;
  CHECK(ra.or_(rb).as_ptr() == &a);
  CHECK(none.or_(rb).as_ptr() == &b);
  CHECK(none.or_else([&] { return rb; }).as_ptr() == &b);
  CHECK(ra.xor_(rb).is_none());
  CHECK(none.xor_(rb).as_ptr() == &b);
  CHECK(ra.xor_(none).as_ptr() == &a);
  CHECK(ra.and_(rb).as_ptr() == &b);
  CHECK(none.and_(rb).is_none());
}

TEST_CASE("Option<T&> in-place operations rebind and never assign through") {
  int a = 1;
  int b = 2;
  Option<int&> ref = a;
  Option<int&> old = ref.replace(b);
  CHECK(old.as_ptr() == &a);
  CHECK(ref.as_ptr() == &b);
  CHECK(a == 1);
  Option<int&> taken = ref.take();
  CHECK(taken.as_ptr() == &b);
  CHECK(ref.is_none());
  CHECK(&ref.get_or_insert(a) == &a);
  CHECK(&ref.get_or_insert(b) == &a);
  CHECK(&ref.insert(b) == &b);
  CHECK(a == 1);
  CHECK(b == 2);
  ref = None;
  CHECK(&ref.get_or_insert_with([&]() -> int& { return a; }) == &a);
}

namespace {
template <class O>
concept unwrap_or_takes_temporary = requires(O o) { o.unwrap_or(5); };
template <class O>
concept insert_takes_temporary = requires(O o) { o.insert(5); };
template <class O>
concept replace_takes_temporary = requires(O o) { o.replace(5); };
template <class O>
concept get_or_insert_takes_temporary = requires(O o) { o.get_or_insert(5); };
template <class O>
concept get_or_insert_with_takes_temporary = requires(O o) { o.get_or_insert_with([] { return 5; }); };
}  // namespace

TEST_CASE("an Option<const T&> never refers to a temporary through its in-place methods") {
  // Each of these would leave a reference or a stored pointer to a temporary that dies at the end
  // of the statement, as the deleted Option(T&&) constructor already prevents.
  CHECK_FALSE(unwrap_or_takes_temporary<Option<const int&>>);
  CHECK_FALSE(insert_takes_temporary<Option<const int&>>);
  CHECK_FALSE(replace_takes_temporary<Option<const int&>>);
  CHECK_FALSE(get_or_insert_takes_temporary<Option<const int&>>);
  CHECK_FALSE(get_or_insert_with_takes_temporary<Option<const int&>>);
  // An lvalue is fine.
  int x = 1;
  Option<const int&> none;
  CHECK(&none.unwrap_or(x) == &x);
  CHECK(&none.get_or_insert(x) == &x);
}

namespace {
template <class O>
concept as_ptr_of_temporary = requires { std::declval<O>().as_ptr(); };
template <class O>
concept as_ref_of_temporary = requires { std::declval<O>().as_ref(); };
}  // namespace

TEST_CASE("as_ptr and as_ref refuse a temporary Option<T>, whose value dies with the statement") {
  CHECK_FALSE(as_ptr_of_temporary<Option<int>>);
  CHECK_FALSE(as_ref_of_temporary<Option<int>>);
  CHECK_FALSE(as_ptr_of_temporary<const Option<int>>);
  CHECK(as_ptr_of_temporary<Option<int>&>);
  // An Option<T&> points at an object that outlives it: its temporaries may give the pointer.
  CHECK(as_ptr_of_temporary<Option<int&>>);
}

// ---- Option of Option ---------------------------------------------------------------------------

TEST_CASE("Some(None) is a Some, distinct from None") {
  Option<Option<int>> none;
  Option<Option<int>> some_none = Some(Option<int>());
  Option<Option<int>> some_some = Some(Some(1));
  CHECK(some_none.is_some());
  CHECK(none != some_none);
  CHECK(some_none != some_some);
  CHECK(none < some_none);
  CHECK(some_none < some_some);
  CHECK(some_none.flatten().is_none());
}

TEST_CASE("an Option of an Option compares with an inner Option as with a value") {
  const Option<Option<int>> none;
  const Option<Option<int>> some_none = Some(Option<int>());
  CHECK(some_none == Option<int>());
  CHECK_FALSE(none == Option<int>());
  CHECK(Some(Some(3)) == Some(3));
}

TEST_CASE("an Option<T> converts from a T even when T is itself an Option") {
  // Rust: `let x: Option<Option<i32>> = Some(None);` The C++ spelling returns the inner Option.
  constexpr bool converts = std::is_convertible_v<Option<int>, Option<Option<int>>>;
  CHECK(converts);
}

// ---- Lifetimes of a non-trivial T ---------------------------------------------------------------

TEST_CASE("Some of a counted value builds it once and destroys it once") {
  CensusScope scope;
  {
    Option<Counted> some(ferrite::detail::InPlace{}, 1);
    CHECK(census.constructed == 1);
    CHECK(census.alive() == 1);
  }
  CHECK(census.alive() == 0);
  CHECK(census.destroyed == 1);
  CHECK(census.misuse == 0);
}

TEST_CASE("None of a counted type constructs and destroys nothing") {
  CensusScope scope;
  {
    Option<Counted> none;
    Option<Counted> copy = none;
    Option<Counted> moved = std::move(none);
    CHECK(copy.is_none());
    CHECK(moved.is_none());
  }
  CHECK(census.constructed + census.copy_constructed + census.move_constructed == 0);
  CHECK(census.destroyed == 0);
}

TEST_CASE("copying and moving a Some copies and moves the value exactly once") {
  CensusScope scope;
  {
    Option<Counted> original = Counted(3);
    const int built = census.alive();
    CHECK(built == 1);
    Option<Counted> copy = original;
    CHECK(census.copy_constructed == 1);
    Option<Counted> moved = std::move(original);
    CHECK(moved.unwrap().value == 3);
    CHECK(copy.unwrap().value == 3);
    CHECK(census.copy_constructed == 1);
    CHECK(census.move_constructed >= 1);
    // A moved-from Option is still Some, holding a moved-from T (as std::optional does).
    CHECK(census.alive() == 3);
    CHECK(original.unwrap().value == -1);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("copy assignment handles all four Some/None combinations without leaks") {
  CensusScope scope;
  {
    Option<Counted> some_a = Counted(1);
    Option<Counted> some_b = Counted(2);
    Option<Counted> none_a;
    Option<Counted> none_b;
    const int base = census.alive();

    some_a = some_b;  // Some <- Some: assigns the value
    CHECK(some_a.unwrap().value == 2);
    CHECK(census.copy_assigned == 1);
    CHECK(census.alive() == base);

    none_a = some_b;  // None <- Some: constructs a copy
    CHECK(none_a.unwrap().value == 2);
    CHECK(census.alive() == base + 1);

    some_b = none_b;  // Some <- None: destroys the value
    CHECK(some_b.is_none());
    CHECK(census.alive() == base);

    none_b = Option<Counted>();  // None <- None: nothing happens
    CHECK(none_b.is_none());
    CHECK(census.alive() == base);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("move assignment handles all four Some/None combinations without leaks") {
  CensusScope scope;
  {
    Option<Counted> some_a = Counted(1);
    Option<Counted> some_b = Counted(2);
    Option<Counted> some_c = Counted(3);
    Option<Counted> none_a;
    Option<Counted> none_b;

    some_a = std::move(some_b);  // Some <- Some
    CHECK(some_a.unwrap().value == 2);
    CHECK(census.move_assigned == 1);

    none_a = std::move(some_c);  // None <- Some
    CHECK(none_a.unwrap().value == 3);

    some_a = std::move(none_b);  // Some <- None
    CHECK(some_a.is_none());

    none_b = Option<Counted>();  // None <- None
    CHECK(none_b.is_none());
    CHECK(census.copy_constructed + census.copy_assigned == 0);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("self-assignment of a Some keeps the value intact") {
  CensusScope scope;
  {
    Option<Counted> some = Counted(5);
    Option<Counted>& alias = some;
    some = alias;
    CHECK(some.unwrap().value == 5);
    some = std::move(alias);
    CHECK(some.is_some());
    CHECK(some.unwrap().value == 5);
    Option<Counted> none;
    Option<Counted>& none_alias = none;
    none = none_alias;
    none = std::move(none_alias);
    CHECK(none.is_none());
    Option<int> plain = 3;
    Option<int>& plain_alias = plain;
    plain = plain_alias;
    CHECK(plain == Some(3));
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("assigning None destroys a counted value exactly once") {
  CensusScope scope;
  {
    Option<Counted> some = Counted(1);
    const int before = census.destroyed;
    some = None;
    CHECK(census.destroyed == before + 1);
    some = None;
    CHECK(census.destroyed == before + 1);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("take, replace and insert of a counted value neither leak nor double destroy") {
  CensusScope scope;
  {
    Option<Counted> some = Counted(1);
    Option<Counted> taken = some.take();
    CHECK(some.is_none());
    CHECK(taken.unwrap().value == 1);

    Option<Counted> old = some.replace(Counted(2));
    CHECK(old.is_none());
    Option<Counted> older = some.replace(Counted(3));
    CHECK(older.unwrap().value == 2);
    CHECK(some.unwrap().value == 3);

    Counted& inserted = some.insert(Counted(4));
    CHECK(inserted.value == 4);
    Option<Counted> none;
    none.insert(Counted(5));
    CHECK(none.unwrap().value == 5);
    CHECK(census.copy_constructed + census.copy_assigned == 0);  // everything moved, nothing copied
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("get_or_insert and get_or_insert_with build a counted value only for None") {
  CensusScope scope;
  {
    Option<Counted> some = Counted(1);
    const int built = census.constructed;
    int calls = 0;
    CHECK(some.get_or_insert_with([&] { ++calls; return Counted(9); }).value == 1);
    CHECK(calls == 0);
    CHECK(census.constructed == built);
    Option<Counted> none;
    CHECK(none.get_or_insert_with([&] { ++calls; return Counted(9); }).value == 9);
    CHECK(calls == 1);
    Option<Counted> other;
    CHECK(other.get_or_insert(Counted(7)).value == 7);
    CHECK(other.get_or_insert(Counted(8)).value == 7);
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

TEST_CASE("the transforming methods of a counted Option leave nothing alive") {
  CensusScope scope;
  {
    Option<Counted> some = Counted(2);
    CHECK(some.map([](const Counted& c) { return c.value; }) == Some(2));
    CHECK(some.filter([](const Counted& c) { return c.value == 2; }).is_some());
    CHECK(some.or_(Counted(4)).unwrap().value == 2);
    CHECK(Option<Counted>().xor_(some).unwrap().value == 2);
    CHECK(some.zip(Some(1)).is_some());
    CHECK(some.ok_or(ferrite::Errno::Io).is_ok());
    CHECK(some.unwrap_or(Counted(0)).value == 2);
    CHECK(Option<Counted>().unwrap_or_else([] { return Counted(6); }).value == 6);
    CHECK(std::move(some).map([](Counted c) { return c.value; }) == Some(2));
  }
  CHECK(census.alive() == 0);
  CHECK(census.misuse == 0);
}

namespace {
struct ThrowingMove {
  explicit ThrowingMove(int v) : value(v) {}
  ThrowingMove(const ThrowingMove&) = default;
  ThrowingMove(ThrowingMove&& other) noexcept(false) : value(other.value) {}
  ThrowingMove& operator=(const ThrowingMove&) = default;
  ThrowingMove& operator=(ThrowingMove&& other) noexcept(false) {
    value = other.value;
    return *this;
  }
  ~ThrowingMove() {}  // NOLINT: user-provided on purpose, so the type is not trivially copyable
  int value;
};
}  // namespace

TEST_CASE("moving an Option is noexcept exactly when moving T is") {
  CHECK(std::is_nothrow_move_constructible_v<Option<Counted>>);
  CHECK(std::is_nothrow_move_assignable_v<Option<Counted>>);
  CHECK_FALSE(std::is_nothrow_move_constructible_v<Option<ThrowingMove>>);
  CHECK_FALSE(std::is_nothrow_move_assignable_v<Option<ThrowingMove>>);
  CHECK_FALSE(std::is_nothrow_move_constructible_v<ferrite::Result<ThrowingMove, int>>);
}

// ---- Move-only T --------------------------------------------------------------------------------

TEST_CASE("an Option of a move-only type moves its value in, around and out") {
  CensusScope scope;
  {
    Option<MoveOnly> some = MoveOnly(1);
    Option<MoveOnly> moved = std::move(some);
    CHECK(moved.as_ptr()->value == 1);
    Option<MoveOnly> target;
    target = std::move(moved);
    CHECK(target.as_ptr()->value == 1);
    MoveOnly out = std::move(target).unwrap();
    CHECK(out.value == 1);
    Option<MoveOnly> again = MoveOnly(2);
    Option<MoveOnly> taken = again.take();
    CHECK(again.is_none());
    CHECK(taken.as_ptr()->value == 2);
    Option<MoveOnly> old = taken.replace(MoveOnly(3));
    CHECK(old.as_ptr()->value == 2);
    CHECK(std::move(taken).map([](MoveOnly m) { return m.value; }) == Some(3));
    CHECK(Option<MoveOnly>().unwrap_or(MoveOnly(4)).value == 4);
    CHECK(std::move(old).unwrap_or(MoveOnly(5)).value == 2);
    Option<MoveOnly> fresh;
    fresh.insert(MoveOnly(6));
    CHECK(fresh.get_or_insert_with([] { return MoveOnly(7); }).value == 6);
    CHECK(std::move(fresh).filter([](const MoveOnly& m) { return m.value == 6; }).is_some());
    CHECK(Option<MoveOnly>(MoveOnly(8)).ok_or(ferrite::Errno::Io).is_ok());
  }
  CHECK(census.alive() == 0);
}

TEST_CASE("an Option of a move-only type unwraps by moving when it is an rvalue") {
  CensusScope scope;
  {
    Option<MoveOnly> some = MoveOnly(1);
    MoveOnly out = std::move(some).expect("present");
    CHECK(out.value == 1);
    Option<MoveOnly> other = MoveOnly(2);
    MoveOnly value = std::move(other).unwrap_unchecked();
    CHECK(value.value == 2);
  }
  CHECK(census.alive() == 0);
}

TEST_CASE("the consuming methods move a move-only value instead of copying it") {
  CensusScope scope;
  {
    Option<MoveOnly> a = MoveOnly(1);
    CHECK(std::move(a).map_or(0, [](MoveOnly m) { return m.value; }) == 1);
    Option<MoveOnly> b = MoveOnly(2);
    CHECK(std::move(b).map_or_else([] { return 0; }, [](MoveOnly m) { return m.value; }) == 2);
    Option<MoveOnly> c = MoveOnly(3);
    Option<MoveOnly> x = std::move(c).xor_(Option<MoveOnly>());
    CHECK(x.as_ptr()->value == 3);
    Option<Pair<MoveOnly, int>> d = Pair<MoveOnly, int>{MoveOnly(4), 5};
    auto [first, second] = std::move(d).unzip();
    CHECK(first.as_ptr()->value == 4);
    CHECK(second == Some(5));
    Option<MoveOnly> e = MoveOnly(6);
    Option<MoveOnly> kept = std::move(e).or_(Option<MoveOnly>(MoveOnly(7)));
    CHECK(kept.as_ptr()->value == 6);
    Option<MoveOnly> f = MoveOnly(8);
    CHECK(std::move(f).and_then([](MoveOnly m) -> Option<int> { return m.value; }) == Some(8));
    Option<Option<MoveOnly>> g = Some(Option<MoveOnly>(MoveOnly(9)));
    Option<MoveOnly> flat = std::move(g).flatten();
    CHECK(flat.as_ptr()->value == 9);
    Option<MoveOnly> h = MoveOnly(10);
    CHECK(std::move(h).ok_or_else([] { return ferrite::Errno::Io; }).is_ok());
    Option<MoveOnly> i = MoveOnly(11);
    Option<MoveOnly> inspected = std::move(i).inspect([](const MoveOnly&) {});
    CHECK(inspected.as_ptr()->value == 11);
    Option<MoveOnly> j = MoveOnly(12);
    CHECK(std::move(j).zip(Some(1)).is_some());
  }
  CHECK(census.alive() == 0);
}

TEST_CASE("assigning {} to an Option makes it None") {
  Option<int> some = 3;
  some = {};
  CHECK(some.is_none());
}

TEST_CASE("an Option of a type with an explicit constructor builds it only when asked") {
  Option<ExplicitFromInt> direct(5);
  CHECK(direct.unwrap().value == 5);
}

TEST_CASE("assigning an Option of a non-assignable type rebuilds the value") {
  Option<ConstMember> a = ConstMember{1};
  Option<ConstMember> b = ConstMember{2};
  a = b;
  CHECK(a.unwrap().value == 2);
  a = None;
  CHECK(a.is_none());
  a = b;
  CHECK(a.unwrap().value == 2);
  CHECK(a.replace(ConstMember{3}).unwrap().value == 2);
  CHECK(a.unwrap().value == 3);
}

TEST_CASE("Options of different but comparable types compare by value") {
  CHECK(Some(1) == Some(1L));
  CHECK(Some(1) < Some(2L));
  CHECK(Some(2L) > Some(1));
  CHECK(Option<long>() < Some(0));
  CHECK(Option<int>() == Option<long>());
  int x = 1;
  Option<int&> ref = x;
  CHECK(Some(1) == ref);
  CHECK(ref == Some(1));
  CHECK(ref < Some(2));
  CHECK(Option<int>() < ref);
}

namespace {
/// A type whose unary & is unusable: Option must take addresses with addressof.
struct NoAddressOf {
  int value;
  void operator&() const = delete;
};
}  // namespace

TEST_CASE("Option takes the address of a value with an unusable operator& correctly") {
  Option<NoAddressOf> some = NoAddressOf{3};
  REQUIRE(some.as_ptr() != nullptr);
  CHECK(some.as_ptr()->value == 3);
  NoAddressOf object{4};
  Option<NoAddressOf&> ref = object;
  CHECK(ref.as_ptr() == std::addressof(object));
  CHECK(ref.unwrap().value == 4);
  for (const NoAddressOf& v : some) CHECK(v.value == 3);
}

// ---- NonNull and other niches// ---- NonNull and other niches ------------------------------------------------------------------

TEST_CASE("an Option with a niche stores None in the spare pattern") {
  int x = 0;
  Option<NonNull<int>> none;
  CHECK(none.is_none());
  Option<NonNull<int>> some = NonNull<int>(x);
  CHECK(some.is_some());
  CHECK(some.unwrap().get() == &x);
  some = None;
  CHECK(some.is_none());
  CHECK(some.replace(NonNull<int>(x)).is_none());
  CHECK(some.take().unwrap().get() == &x);
  CHECK(some.is_none());
  CHECK(some.get_or_insert(NonNull<int>(x)).get() == &x);
}

TEST_CASE("a user type opts into a niche: None is its spare pattern, and 0 stays a value") {
  Option<Handle> none = Handle::open(-1);
  CHECK(none.is_none());
  Option<Handle> zero = Handle::open(0);
  REQUIRE(zero.is_some());
  CHECK(zero.unwrap().raw() == 0);
  Option<Handle> taken = zero.take();
  CHECK(zero.is_none());
  CHECK(taken.unwrap().raw() == 0);
  CHECK(zero.get_or_insert(taken.unwrap()).raw() == 0);
  CHECK(zero == taken);
}
