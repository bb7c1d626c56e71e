// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

// <errno.h> first: its E* names are macros, and ferrite's names must not collide with them.
#include <cerrno>

#include <ferrite/errno.hpp>

#include <climits>
#include <cstdint>
#include <string_view>
#include <type_traits>

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;
using ferrite::Some;

namespace {

struct Named {
  Errno error;
  int code;
  std::string_view name;
};

// Every named constant, its <errno.h> macro on this machine, and the macro's spelling.
#define FERRITE_TEST_ROW(constant, macro) Named{Errno::constant, macro, #macro}
constexpr Named named_codes[] = {
    FERRITE_TEST_ROW(Perm, EPERM),
    FERRITE_TEST_ROW(NoEnt, ENOENT),
    FERRITE_TEST_ROW(Srch, ESRCH),
    FERRITE_TEST_ROW(Intr, EINTR),
    FERRITE_TEST_ROW(Io, EIO),
    FERRITE_TEST_ROW(NxIo, ENXIO),
    FERRITE_TEST_ROW(TooBig, E2BIG),
    FERRITE_TEST_ROW(NoExec, ENOEXEC),
    FERRITE_TEST_ROW(BadF, EBADF),
    FERRITE_TEST_ROW(Child, ECHILD),
    FERRITE_TEST_ROW(Again, EAGAIN),
    FERRITE_TEST_ROW(NoMem, ENOMEM),
    FERRITE_TEST_ROW(Acces, EACCES),
    FERRITE_TEST_ROW(Fault, EFAULT),
    FERRITE_TEST_ROW(NotBlk, ENOTBLK),
    FERRITE_TEST_ROW(Busy, EBUSY),
    FERRITE_TEST_ROW(Exist, EEXIST),
    FERRITE_TEST_ROW(XDev, EXDEV),
    FERRITE_TEST_ROW(NoDev, ENODEV),
    FERRITE_TEST_ROW(NotDir, ENOTDIR),
    FERRITE_TEST_ROW(IsDir, EISDIR),
    FERRITE_TEST_ROW(Inval, EINVAL),
    FERRITE_TEST_ROW(NFile, ENFILE),
    FERRITE_TEST_ROW(MFile, EMFILE),
    FERRITE_TEST_ROW(NoTty, ENOTTY),
    FERRITE_TEST_ROW(TxtBsy, ETXTBSY),
    FERRITE_TEST_ROW(FBig, EFBIG),
    FERRITE_TEST_ROW(NoSpc, ENOSPC),
    FERRITE_TEST_ROW(SPipe, ESPIPE),
    FERRITE_TEST_ROW(RoFs, EROFS),
    FERRITE_TEST_ROW(MLink, EMLINK),
    FERRITE_TEST_ROW(Pipe, EPIPE),
    FERRITE_TEST_ROW(Dom, EDOM),
    FERRITE_TEST_ROW(Range, ERANGE),
    FERRITE_TEST_ROW(DeadLk, EDEADLK),
    FERRITE_TEST_ROW(NameTooLong, ENAMETOOLONG),
    FERRITE_TEST_ROW(NoLck, ENOLCK),
    FERRITE_TEST_ROW(NoSys, ENOSYS),
    FERRITE_TEST_ROW(NotEmpty, ENOTEMPTY),
    FERRITE_TEST_ROW(Loop, ELOOP),
    FERRITE_TEST_ROW(NoMsg, ENOMSG),
    FERRITE_TEST_ROW(IdRm, EIDRM),
    FERRITE_TEST_ROW(NoData, ENODATA),
    FERRITE_TEST_ROW(Time, ETIME),
    FERRITE_TEST_ROW(NoLink, ENOLINK),
    FERRITE_TEST_ROW(Proto, EPROTO),
    FERRITE_TEST_ROW(BadMsg, EBADMSG),
    FERRITE_TEST_ROW(Overflow, EOVERFLOW),
    FERRITE_TEST_ROW(IlSeq, EILSEQ),
    FERRITE_TEST_ROW(NotSock, ENOTSOCK),
    FERRITE_TEST_ROW(MsgSize, EMSGSIZE),
    FERRITE_TEST_ROW(OpNotSupp, EOPNOTSUPP),
    FERRITE_TEST_ROW(AfNoSupport, EAFNOSUPPORT),
    FERRITE_TEST_ROW(AddrInUse, EADDRINUSE),
    FERRITE_TEST_ROW(AddrNotAvail, EADDRNOTAVAIL),
    FERRITE_TEST_ROW(NetDown, ENETDOWN),
    FERRITE_TEST_ROW(NetUnreach, ENETUNREACH),
    FERRITE_TEST_ROW(ConnAborted, ECONNABORTED),
    FERRITE_TEST_ROW(ConnReset, ECONNRESET),
    FERRITE_TEST_ROW(NoBufs, ENOBUFS),
    FERRITE_TEST_ROW(IsConn, EISCONN),
    FERRITE_TEST_ROW(NotConn, ENOTCONN),
    FERRITE_TEST_ROW(TimedOut, ETIMEDOUT),
    FERRITE_TEST_ROW(ConnRefused, ECONNREFUSED),
    FERRITE_TEST_ROW(HostUnreach, EHOSTUNREACH),
    FERRITE_TEST_ROW(Already, EALREADY),
    FERRITE_TEST_ROW(InProgress, EINPROGRESS),
    FERRITE_TEST_ROW(Stale, ESTALE),
    FERRITE_TEST_ROW(Canceled, ECANCELED),
    FERRITE_TEST_ROW(NoKey, ENOKEY),
    FERRITE_TEST_ROW(KeyExpired, EKEYEXPIRED),
    FERRITE_TEST_ROW(OwnerDead, EOWNERDEAD),
    FERRITE_TEST_ROW(NotRecoverable, ENOTRECOVERABLE),
    // The kernel's internal codes (include/linux/errno.h), absent from <errno.h>.
    Named{Errno::RestartSys, 512, "ERESTARTSYS"},
    Named{Errno::NoIoctlCmd, 515, "ENOIOCTLCMD"},
    Named{Errno::ProbeDefer, 517, "EPROBE_DEFER"},
    Named{Errno::NotSupp, 524, "ENOTSUPP"},
};
#undef FERRITE_TEST_ROW

template <class T>
T* pointer_from_address(std::intptr_t address) {
  return reinterpret_cast<T*>(address);
}

// ---- Representation, checked at compile time ---------------------------------------------------

static_assert(sizeof(Errno) == sizeof(int));
static_assert(sizeof(Option<Errno>) == sizeof(int));
static_assert(sizeof(Result<void, Errno>) == sizeof(int));
static_assert(sizeof(Result<int*, Errno>) == sizeof(int*));
static_assert(sizeof(Result<const char*, Errno>) == sizeof(const char*));
static_assert(std::is_trivially_copyable_v<Errno>);
static_assert(std::is_trivially_copyable_v<Option<Errno>>);
static_assert(std::is_trivially_copyable_v<Result<void, Errno>>);
static_assert(std::is_trivially_copyable_v<Result<int*, Errno>>);
static_assert(!std::is_default_constructible_v<Errno>);

// ERR_PTR storage computes its error from the pointer, so there is no stored Errno to refer to:
// as_ref and as_mut, which would return a reference to a temporary, are not offered.
template <class R>
concept offers_as_ref = requires(const R& r) { r.as_ref(); };
template <class R>
concept offers_as_mut = requires(R& r) { r.as_mut(); };
static_assert(!offers_as_ref<Result<int*, Errno>>);
static_assert(!offers_as_mut<Result<int*, Errno>>);
static_assert(offers_as_ref<Result<int, Errno>>);
static_assert(offers_as_mut<Result<int, Errno>>);

// ---- Static initialization: a kernel module runs no global constructors -------------------------

constinit Option<Errno> static_none;
constinit Option<Errno> static_error = Errno::Busy;
constinit Result<void, Errno> static_ok = Ok();
constinit Result<void, Errno> static_failure = Err(Errno::NoDev);
constinit Result<int, Errno> static_value = Ok(7);
constinit Result<int*, Errno> static_null = Ok(nullptr);
int static_device = 5;
constinit Result<int*, Errno> static_device_result = Ok(&static_device);

// ---- constexpr use ---------------------------------------------------------------------------

static_assert(Errno(ENOMEM) == Errno::NoMem);
static_assert(Errno::NoMem.code() == 12);
static_assert(Errno::NoMem.to_neg() == -12);
static_assert(std::string_view(Errno::NoMem.name()) == "ENOMEM");
static_assert(Errno::from_raw(22) == Some(Errno::Inval));
static_assert(Errno::from_neg(-22) == Some(Errno::Inval));
static_assert(Errno::from_raw(0).is_none());
static_assert(ferrite::to_neg(ferrite::check_neg(-EIO)) == -EIO);
static_assert(ferrite::to_neg(Result<void, Errno>(Ok())) == 0);

constexpr bool all_named_codes_distinct() {
  for (const Named& a : named_codes) {
    int same = 0;
    for (const Named& b : named_codes) same += a.error == b.error ? 1 : 0;
    if (same != 1) return false;
  }
  return true;
}
static_assert(all_named_codes_distinct());

}  // namespace

TEST_CASE("Option<Errno> and Result<..., Errno> globals are initialized at compile time") {
  CHECK(static_none.is_none());
  CHECK(static_error == Some(Errno::Busy));
  CHECK(static_ok.is_ok());
  CHECK(static_failure == Err(Errno::NoDev));
  CHECK(static_value == Ok(7));
  CHECK(static_null == Ok(static_cast<int*>(nullptr)));
  REQUIRE(static_device_result.is_ok());
  CHECK(*static_device_result.unwrap() == 5);
}

// ---- Named codes --------------------------------------------------------------------------------

TEST_CASE("every named Errno has the code of its <errno.h> macro, and the kernel's codes above 511") {
  for (const Named& row : named_codes) {
    CAPTURE(row.name);
    CHECK(row.error.code() == row.code);
  }
}

TEST_CASE("name() spells every named code as its macro") {
  for (const Named& row : named_codes) {
    CAPTURE(row.code);
    CHECK(std::string_view(row.error.name()) == row.name);
  }
}

TEST_CASE("name() of a code without a name is E?") {
  CHECK(std::string_view(Errno::from_raw(41).unwrap().name()) == "E?");
  CHECK(std::string_view(Errno::from_raw(4095).unwrap().name()) == "E?");
  CHECK(std::string_view(Errno(1000).name()) == "E?");
}

TEST_CASE("an Errno is built from an <errno.h> macro") {
  Errno from_macro(ENOMEM);
  Errno copy_initialized = EINVAL;
  CHECK(from_macro == Errno::NoMem);
  CHECK(copy_initialized == Errno::Inval);
  CHECK(Errno(EWOULDBLOCK) == Errno::Again);
  CHECK(Errno(ENOTSUP) == Errno::OpNotSupp);
  CHECK(Errno(1) == Errno::Perm);
  CHECK(Errno(4095).code() == 4095);
}

TEST_CASE("two Errnos are equal exactly when their codes are") {
  CHECK(Errno::NoMem == Errno(12));
  CHECK(Errno::NoMem != Errno::Inval);
}

// ---- Conversions --------------------------------------------------------------------------------

TEST_CASE("from_raw accepts exactly 1 to 4095") {
  CHECK(Errno::from_raw(INT_MIN).is_none());
  CHECK(Errno::from_raw(-1).is_none());
  CHECK(Errno::from_raw(0).is_none());
  CHECK(Errno::from_raw(1) == Some(Errno::Perm));
  CHECK(Errno::from_raw(4095).unwrap().code() == 4095);
  CHECK(Errno::from_raw(4096).is_none());
  CHECK(Errno::from_raw(INT_MAX).is_none());
  for (const Named& row : named_codes) CHECK(Errno::from_raw(row.code) == Some(row.error));
}

TEST_CASE("from_raw_unchecked gives the Errno of a code already known to be in range") {
  CHECK(Errno::from_raw_unchecked(1) == Errno::Perm);
  CHECK(Errno::from_raw_unchecked(ENOMEM) == Errno::NoMem);
  CHECK(Errno::from_raw_unchecked(4095).code() == 4095);
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("from_raw_unchecked of a code outside 1..4095 panics in a debug build") {
  CHECK(FERRITE_PANICKED(Errno::from_raw_unchecked(0)));
  CHECK(std::string_view(ferrite_test::panic_capture.message) == "Errno::from_raw_unchecked of a code outside 1..4095");
  CHECK(FERRITE_PANICKED(Errno::from_raw_unchecked(4096)));
  CHECK(FERRITE_PANICKED(Errno::from_raw_unchecked(-12)));
}
#endif

TEST_CASE("from_neg accepts exactly -4095 to -1") {
  CHECK(Errno::from_neg(LONG_MIN).is_none());
  CHECK(Errno::from_neg(-4096).is_none());
  CHECK(Errno::from_neg(-4095).unwrap().code() == 4095);
  CHECK(Errno::from_neg(-1) == Some(Errno::Perm));
  CHECK(Errno::from_neg(0).is_none());
  CHECK(Errno::from_neg(1).is_none());
  CHECK(Errno::from_neg(12).is_none());
  CHECK(Errno::from_neg(LONG_MAX).is_none());
  CHECK(Errno::from_neg(-4294967296L - 12).is_none());  // no truncation to int on the way
  for (const Named& row : named_codes) CHECK(Errno::from_neg(-row.code) == Some(row.error));
}

TEST_CASE("to_neg gives the kernel's negative return") {
  CHECK(Errno::Perm.to_neg() == -1);
  CHECK(Errno::NoMem.to_neg() == -ENOMEM);
  CHECK(Errno(4095).to_neg() == -4095);
  for (const Named& row : named_codes) CHECK(row.error.to_neg() == -row.code);
}

TEST_CASE("the free to_neg of an Errno is its negative code") {
  CHECK(ferrite::to_neg(Errno::Perm) == -1);
  CHECK(ferrite::to_neg(Errno::NoMem) == -ENOMEM);
  CHECK(ferrite::to_neg(Errno(4095)) == -4095);
  static_assert(ferrite::to_neg(Errno::Inval) == -EINVAL);
}

TEST_CASE("to_neg of a Result<void, Errno> is 0 on success and -errno on failure") {
  CHECK(ferrite::to_neg(Result<void, Errno>(Ok())) == 0);
  CHECK(ferrite::to_neg(Result<void, Errno>(Err(Errno::NoMem))) == -ENOMEM);
  CHECK(ferrite::to_neg(Result<void, Errno>(Err(Errno(4095)))) == -4095);
}

TEST_CASE("check_neg turns 0 and positive counts into Ok, -errno into Err") {
  CHECK(ferrite::check_neg(0).is_ok());
  CHECK(ferrite::check_neg(1).is_ok());
  CHECK(ferrite::check_neg(LONG_MAX).is_ok());
  CHECK(ferrite::check_neg(-1) == Err(Errno::Perm));
  CHECK(ferrite::check_neg(-ENOMEM) == Err(Errno::NoMem));
  CHECK(ferrite::check_neg(-4095).unwrap_err().code() == 4095);
}

TEST_CASE("check_neg turns a negative value outside -4095..-1 into Err(Inval)") {
  CHECK(ferrite::check_neg(-4096) == Err(Errno::Inval));
  CHECK(ferrite::check_neg(LONG_MIN) == Err(Errno::Inval));
}

TEST_CASE("check_neg and to_neg round-trip every kernel error code") {
  for (long ret = -4095; ret <= 0; ++ret) {
    CAPTURE(ret);
    REQUIRE(ferrite::to_neg(ferrite::check_neg(ret)) == ret);
  }
}

// ---- Option<Errno> ------------------------------------------------------------------------------

TEST_CASE("an Option<Errno> holds any code, and None is not a code") {
  Option<Errno> none;
  CHECK(none.is_none());
  Option<Errno> perm = Errno::Perm;
  CHECK(perm == Some(Errno::Perm));
  Option<Errno> max = Errno(4095);
  CHECK(max.unwrap().code() == 4095);
  CHECK(perm.replace(Errno::Io) == Some(Errno::Perm));
  CHECK(perm.take() == Some(Errno::Io));
  CHECK(perm.is_none());
}

// ---- ERR_PTR: Result<T*, Errno> ------------------------------------------------------------------

TEST_CASE("from_err_ptr of a null pointer is a valid Ok, as for IS_ERR") {
  auto r = ferrite::from_err_ptr(static_cast<int*>(nullptr));
  static_assert(std::is_same_v<decltype(r), Result<int*, Errno>>);
  REQUIRE(r.is_ok());
  CHECK(r.unwrap() == nullptr);
  CHECK(ferrite::to_err_ptr(r) == nullptr);
}

TEST_CASE("from_err_ptr of an object's address is Ok with that address") {
  int x = 0;
  auto r = ferrite::from_err_ptr(&x);
  REQUIRE(r.is_ok());
  CHECK(r.unwrap() == &x);
  CHECK(ferrite::to_err_ptr(r) == &x);
}

TEST_CASE("from_err_ptr treats exactly the top 4095 addresses as errors") {
  auto minus_one = ferrite::from_err_ptr(pointer_from_address<int>(-1));
  CHECK(minus_one == Err(Errno::Perm));
  auto nomem = ferrite::from_err_ptr(pointer_from_address<int>(-ENOMEM));
  CHECK(nomem == Err(Errno::NoMem));
  auto last_error = ferrite::from_err_ptr(pointer_from_address<int>(-4095));
  REQUIRE(last_error.is_err());
  CHECK(last_error.unwrap_err().code() == 4095);
  auto first_valid = ferrite::from_err_ptr(pointer_from_address<int>(-4096));
  REQUIRE(first_valid.is_ok());
  CHECK(first_valid.unwrap() == pointer_from_address<int>(-4096));
}

TEST_CASE("to_err_ptr gives ERR_PTR(-errno) for an Err") {
  Result<int*, Errno> nomem = Err(Errno::NoMem);
  CHECK(ferrite::to_err_ptr(nomem) == pointer_from_address<int>(-ENOMEM));
  Result<int*, Errno> max = Err(Errno(4095));
  CHECK(ferrite::to_err_ptr(max) == pointer_from_address<int>(-4095));
  Result<int*, Errno> perm = Err(Errno::Perm);
  CHECK(ferrite::to_err_ptr(perm) == pointer_from_address<int>(-1));
}

TEST_CASE("from_err_ptr and to_err_ptr round-trip every pointer unchanged") {
  int x = 0;
  const std::intptr_t addresses[] = {0, -1, -12, -4094, -4095, -4096, -4097, 1, 4096};
  for (std::intptr_t address : addresses) {
    CAPTURE(address);
    int* p = pointer_from_address<int>(address);
    CHECK(ferrite::to_err_ptr(ferrite::from_err_ptr(p)) == p);
  }
  CHECK(ferrite::to_err_ptr(ferrite::from_err_ptr(&x)) == &x);
  for (long ret = -4095; ret <= -1; ++ret) {
    int* p = pointer_from_address<int>(ret);
    REQUIRE(ferrite::from_err_ptr(p).unwrap_err().to_neg() == ret);
  }
}

TEST_CASE("a Result<T*, Errno> behaves like any Result") {
  int x = 3;
  Result<int*, Errno> ok = Ok(&x);
  Result<int*, Errno> err = Err(Errno::Busy);
  Result<int*, Errno> null = Ok(nullptr);
  CHECK(ok.is_ok());
  CHECK(err.is_err());
  CHECK(null.is_ok());
  CHECK(null.unwrap() == nullptr);
  CHECK(ok.ok() == Some(&x));
  CHECK(err.ok().is_none());
  CHECK(err.err() == Some(Errno::Busy));
  CHECK(ok.err().is_none());
  CHECK(ok.map([](int* p) { return *p; }) == Ok(3));
  CHECK(err.map([](int* p) { return *p; }) == Err(Errno::Busy));
  CHECK(err.unwrap_or(nullptr) == nullptr);
  CHECK(err.map_err([](Errno e) { return e.code(); }) == Err(16));
  CHECK(err.is_err_and([](Errno e) { return e == Errno::Busy; }));
  CHECK(ok == Ok(&x));
  CHECK(err == Err(Errno::Busy));
  CHECK(FERRITE_PANICKED(err.unwrap()));
  CHECK(FERRITE_PANICKED(ok.unwrap_err()));
  ok = err;
  CHECK(ok.is_err());
  err = Ok(&x);
  CHECK(err.unwrap() == &x);
}

TEST_CASE("ERR_PTR works for void and const pointers too") {
  const char text[] = "x";
  auto c = ferrite::from_err_ptr(text + 0);
  static_assert(std::is_same_v<decltype(c), Result<const char*, Errno>>);
  CHECK(c.unwrap() == text);
  void* raw = pointer_from_address<void>(-EAGAIN);
  auto v = ferrite::from_err_ptr(raw);
  static_assert(std::is_same_v<decltype(v), Result<void*, Errno>>);
  CHECK(v == Err(Errno::Again));
  CHECK(ferrite::to_err_ptr(v) == raw);
  Result<void*, Errno> none = Ok(nullptr);
  CHECK(none.unwrap_or_default() == nullptr);
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("Ok of a pointer in the ERR_PTR range panics in a debug build") {
  int* looks_like_error = pointer_from_address<int>(-ENOMEM);
  using PointerResult = Result<int*, Errno>;
  CHECK(FERRITE_PANICKED(PointerResult(Ok(looks_like_error))));
  CHECK(std::string_view(ferrite_test::panic_capture.message).find("from_err_ptr") != std::string_view::npos);
}
#endif

namespace {

int device_slot = 7;

int* legacy_lookup(int id) {  // a C function returning a pointer, NULL or ERR_PTR(-errno)
  if (id < 0) return pointer_from_address<int>(-EINVAL);
  if (id == 0) return nullptr;
  return &device_slot;
}

Result<int, Errno> read_device(int id) {
  int* slot = FERRITE_TRY(ferrite::from_err_ptr(legacy_lookup(id)));
  if (slot == nullptr) return Err(Errno::NoDev);
  return Ok(*slot);
}

Result<void, Errno> probe(long c_return) {
  FERRITE_TRY(ferrite::check_neg(c_return));
  return Ok();
}

}  // namespace

TEST_CASE("FERRITE_TRY crosses the ERR_PTR and -errno conventions") {
  CHECK(read_device(1) == Ok(7));
  CHECK(read_device(0) == Err(Errno::NoDev));
  CHECK(read_device(-1) == Err(Errno::Inval));
  CHECK(ferrite::to_neg(probe(0)) == 0);
  CHECK(ferrite::to_neg(probe(5)) == 0);
  CHECK(ferrite::to_neg(probe(-EBUSY)) == -EBUSY);
}
