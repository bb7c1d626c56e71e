// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Option, Result, Errno and NonNull in constant evaluation. Reading the inactive member of a
// union, using an object outside its lifetime, dereferencing null or reading past an object is
// a compile error here, so each static_assert checks the behaviour and that no undefined
// behaviour is on its path. Every method group of each type's overview table is exercised,
// with the payload the header promises constexpr support for (trivially copyable types), on
// both sides: Some and None, Ok and Err. Compiled -fsyntax-only, freestanding, by
// scripts/stage-tidy.sh.
#include <ferrite/errno.hpp>
#include <ferrite/non_null.hpp>
#include <ferrite/option.hpp>
#include <ferrite/result.hpp>

namespace {

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::NonNull;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;
using ferrite::Some;

constexpr int twice(int v) { return 2 * v; }
constexpr bool is_even(int v) { return v % 2 == 0; }
constexpr Option<int> half(int v) {
  if (v % 2 != 0) return None;
  return v / 2;
}

// ---- Option<T>: querying and extracting ---------------------------------------------------------

static_assert(Option<int>().is_none() && !Option<int>(None).is_some());
static_assert(Some(5).is_some() && static_cast<bool>(Some(5)) && !static_cast<bool>(Option<int>()));
static_assert(Some(4).is_some_and(is_even) && !Some(3).is_some_and(is_even) && !Option<int>().is_some_and(is_even));
static_assert(Option<int>().is_none_or(is_even) && Some(4).is_none_or(is_even) && !Some(3).is_none_or(is_even));
static_assert(Some(7).unwrap_or(0) == 7 && Option<int>().unwrap_or(9) == 9);
static_assert(Some(7).unwrap_or_else([] { return 0; }) == 7 && Option<int>().unwrap_or_else([] { return 9; }) == 9);
static_assert(Option<int>().unwrap_or_default() == 0);
static_assert(Some(7).unwrap() == 7 && Some(7).expect("present") == 7 && Some(7).unwrap_unchecked() == 7);
static_assert([] {
  Option<int> seven = Some(7);
  return *seven.as_ptr() == 7;
}());
static_assert([] {
  Option<int> none;
  return none.as_ptr() == nullptr;
}());

// ---- Option<T>: transforming ------------------------------------------------------------------------

static_assert(Some(21).map(twice) == Some(42) && Option<int>().map(twice) == None);
static_assert(Some(21).map_or(0, twice) == 42 && Option<int>().map_or(-1, twice) == -1);
static_assert(Some(21).map_or_else([] { return -1; }, twice) == 42);
static_assert(Some(8).and_then(half) == Some(4) && Some(7).and_then(half) == None && Option<int>().and_then(half) == None);
static_assert(Some(8).filter(is_even) == Some(8) && Some(7).filter(is_even) == None);
static_assert(Some(Some(3)).flatten() == Some(3) && Some(Option<int>()).flatten() == None);
static_assert(Some(1).zip(Some('a')).is_some() && Some(1).zip(Option<char>()).is_none());
static_assert(Some(3).ok_or(Errno::Inval) == Ok(3) && Option<int>().ok_or(Errno::Inval) == Err(Errno::Inval));
static_assert(Option<int>().ok_or_else([] { return Errno::NoEnt; }) == Err(Errno::NoEnt));

// ---- Option<T>: combining -------------------------------------------------------------------------------

static_assert(Some(1).and_(Some(2)) == Some(2) && Option<int>().and_(Some(2)) == None);
static_assert(Some(1).or_(Some(2)) == Some(1) && Option<int>().or_(Some(2)) == Some(2));
static_assert(Option<int>().or_else([] { return Some(5); }) == Some(5));
static_assert(Some(1).xor_(Option<int>()) == Some(1) && Option<int>().xor_(Some(2)) == Some(2));
static_assert(Some(1).xor_(Some(2)) == None && Option<int>().xor_(Option<int>()) == None);

// ---- Option<T>: in place, where lifetimes start and end inside the evaluation ---------------------

static_assert([] {
  Option<int> slot = Some(1);
  const Option<int> taken = slot.take();
  return taken == Some(1) && slot.is_none();
}());
static_assert([] {
  Option<int> slot;
  const Option<int> old = slot.replace(4);
  return old.is_none() && slot == Some(4) && slot.replace(5) == Some(4) && slot == Some(5);
}());
static_assert([] {
  Option<int> slot;
  int& inserted = slot.insert(3);
  inserted += 1;
  return slot == Some(4);
}());
static_assert([] {
  Option<int> slot;
  const bool first = slot.get_or_insert(3) == 3;
  const bool second = slot.get_or_insert(9) == 3;  // already Some: keeps the value
  const bool third = Option<int>().get_or_insert_with([] { return 6; }) == 6;
  return first && second && third;
}());
static_assert([] {
  Option<int> slot = Some(2);
  slot = None;
  slot = 3;
  Option<int> copy = slot;
  copy = Option<int>();
  return slot == Some(3) && copy.is_none();
}());
static_assert([] {
  int visits = 0;
  for (int v : Some(5)) visits += v;
  for (int v : Option<int>()) visits += v;
  return visits == 5;
}());

// ---- Option<T>: comparing ---------------------------------------------------------------------------------

static_assert(Some(1) == Some(1) && Some(1) != Some(2) && Some(1) != None && Option<int>() == None);
static_assert(Some(1) == 1 && Some(1) != 2 && Option<int>() != 1);
static_assert(Option<int>() < Some(-100) && Some(1) < Some(2) && !(Some(2) < Some(2)));
static_assert(Some(2) > Option<int>() && Some(2) >= Some(2) && Some(2) <= Some(3));

// ---- Option<T&>: a pointer, rebinding on assignment ---------------------------------------------------

static_assert(sizeof(Option<int&>) == sizeof(int*));
static_assert([] {
  int a = 1;
  int b = 2;
  Option<int&> ref = a;
  ref.unwrap() = 10;  // writes through to a
  ref = b;            // rebinds, does not assign 2 to a
  ref.unwrap() += 1;
  return a == 10 && b == 3 && ref.as_ptr() == &b;
}());
static_assert([] {
  int a = 4;
  Option<int&> ref = a;
  Option<int> copied = ref.copied();
  Option<int&> none;
  return copied == Some(4) && ref.map(twice) == Some(8) && none.map(twice) == None &&
         none.unwrap_or(a) == 4 && ref.take().is_some() && ref.is_none();
}());

// ---- Niches: Option of a type with a spare pattern is the type's size ------------------------------------

static_assert(sizeof(Option<Errno>) == sizeof(int) && sizeof(Option<NonNull<int>>) == sizeof(int*));
static_assert(sizeof(Result<void, Errno>) == sizeof(int));
static_assert([] {
  int x = 1;
  const Option<NonNull<int>> some = NonNull<int>::make(&x);
  const Option<NonNull<int>> none = NonNull<int>::make(nullptr);
  return some.is_some() && none.is_none() && some.unwrap().get() == &x && *some.unwrap() == 1;
}());
static_assert([] {
  Option<Errno> e = Errno::Io;
  const bool was_some = e.is_some() && e == Errno::Io;
  e = None;
  return was_some && e.is_none();
}());

// ---- Errno ----------------------------------------------------------------------------------------------

static_assert(Errno::Inval.code() == 22 && Errno::NoMem.code() == 12 && Errno::Range.code() == 34);
static_assert(Errno::Inval.to_neg() == -22);
static_assert(Errno::from_raw(0).is_none() && Errno::from_raw(4096).is_none() && Errno::from_raw(-1).is_none());
static_assert(Errno::from_raw(4095).is_some() && Errno::from_raw(1) == Errno::Perm);
static_assert(Errno::from_neg(-12) == Errno::NoMem && Errno::from_neg(0).is_none() && Errno::from_neg(-4096).is_none());
static_assert(ferrite::to_neg(Result<void, Errno>(Ok())) == 0 && ferrite::to_neg(Result<void, Errno>(Err(Errno::Busy))) == -16);
static_assert(ferrite::check_neg(0).is_ok() && ferrite::check_neg(-5) == Err(Errno::Io));
static_assert(Errno::NoEnt.name()[0] == 'E');

// ---- Result<T, E>: querying and extracting -------------------------------------------------------------

using R = Result<int, Errno>;
constexpr R ok3 = Ok(3);
constexpr R err_inval = Err(Errno::Inval);

static_assert(ok3.is_ok() && !ok3.is_err() && err_inval.is_err() && !err_inval.is_ok());
static_assert(ok3.is_ok_and(is_even) == false && R(Ok(4)).is_ok_and(is_even));
static_assert(err_inval.is_err_and([](Errno e) { return e == Errno::Inval; }));
static_assert(ok3.ok() == Some(3) && ok3.err() == None && err_inval.ok() == None && err_inval.err() == Some(Errno::Inval));
static_assert(ok3.unwrap_or(0) == 3 && err_inval.unwrap_or(0) == 0);
static_assert(err_inval.unwrap_or_else([](Errno e) { return e.code(); }) == 22);
static_assert(err_inval.unwrap_or_default() == 0);
static_assert(R(Ok(3)).unwrap() == 3 && R(Err(Errno::Io)).unwrap_err() == Errno::Io);
static_assert(R(Ok(3)).expect("ok") == 3 && R(Ok(3)).unwrap_unchecked() == 3);
static_assert(R(Err(Errno::Io)).unwrap_err_unchecked() == Errno::Io);

// ---- Result<T, E>: transforming and combining ---------------------------------------------------------------

constexpr R checked_half(int v) {
  if (v % 2 != 0) return Err(Errno::Inval);
  return Ok(v / 2);
}
static_assert(ok3.map(twice) == Ok(6) && err_inval.map(twice) == Err(Errno::Inval));
static_assert(err_inval.map_err([](Errno e) { return e.code(); }) == Err(22));
static_assert(ok3.map_or(0, twice) == 6 && err_inval.map_or(-1, twice) == -1);
static_assert(R(Ok(8)).and_then(checked_half) == Ok(4) && ok3.and_then(checked_half) == Err(Errno::Inval));
static_assert(err_inval.or_else([](Errno) -> R { return Ok(0); }) == Ok(0) && ok3.or_else([](Errno) -> R { return Ok(0); }) == Ok(3));
static_assert(ok3.and_(R(Ok(5))) == Ok(5) && err_inval.and_(R(Ok(5))) == Err(Errno::Inval));
static_assert(ok3.or_(R(Ok(5))) == Ok(3) && err_inval.or_(R(Ok(5))) == Ok(5));
static_assert(Result<Result<int, Errno>, Errno>(Ok(ok3)).flatten() == Ok(3));
static_assert(ferrite::transpose(Option<R>(None)) == Ok(Option<int>()));
static_assert(ferrite::transpose(Some(ok3)) == Ok(Some(3)));
static_assert(ferrite::transpose(Some(err_inval)) == Err(Errno::Inval));

// ---- Result<T, E>: assignment across the alternatives, the union's active member switching ---------------

static_assert([] {
  R r = Ok(1);
  r = Err(Errno::Io);
  const bool now_err = r == Err(Errno::Io);
  r = Ok(2);
  R copy = r;
  copy = Err(Errno::Perm);
  r = copy;
  return now_err && r == Err(Errno::Perm);
}());
static_assert(R(Ok(1)) == R(Ok(1)) && R(Ok(1)) != R(Ok(2)) && R(Ok(1)) != R(Err(Errno::Io)));

// ---- Result<void, E> and Result<T&, E> ---------------------------------------------------------------------

static_assert([] {
  Result<void, Errno> done = Ok();
  const bool ok = done.is_ok() && done.err() == None;
  done = Err(Errno::Again);
  return ok && done.is_err() && done.err() == Some(Errno::Again) && done == Err(Errno::Again);
}());
static_assert([] {
  int target = 1;
  Result<int&, Errno> ref = Ok<int&>(target);
  ref.unwrap() = 5;
  return target == 5 && ref.copied() == Ok(5);
}());

}  // namespace
