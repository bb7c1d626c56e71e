// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/errno.hpp: Linux error codes as a type, and the kernel's return conventions.
//
// `Errno` is a positive Linux error code between 1 and 4095 (the kernel's MAX_ERRNO), never 0:
// `Result<T, Errno>` is the kernel's "0 or -errno" return made honest. The codes have PascalCase
// names (`Errno::NoMem`) that cannot collide with `<errno.h>`'s or the kernel's `ENOMEM` macros,
// and an `Errno` is built from those macros' values as well: `Errno(ENOMEM)` is checked at
// compile time, and a run-time int goes through `Errno::from_raw` or `Errno::from_neg`.
//
//     extern "C" int my_probe(struct device* dev) {
//       return to_neg(probe(dev));                    // Result<void, Errno> to 0 or -errno
//     }
//     Result<void, Errno> r = check_neg(legacy_call());   // and back
//
// Representation (promised, checked by static_assert in the tests):
// - `sizeof(Errno) == sizeof(int)`; 0 is its niche, so `Option<Errno>` and `Result<void, Errno>`
//   are int-sized.
// - `Result<T*, Errno>` is one pointer, encoded as the kernel's ERR_PTR: the top 4095 addresses
//   carry `-errno`; `from_err_ptr` and `to_err_ptr` cross to and from C unchanged.
//
// The numeric values are the asm-generic ones, used by x86, Arm, arm64 and RISC-V. Alpha, MIPS,
// PA-RISC and SPARC number some codes differently: there, build an Errno from the platform's macro
// (`Errno(EDEADLK)`), never from a named constant whose number differs.
//
// `name()` gives the macro's name as a string; the string table is emitted only where it is called.
#ifndef FERRITE_ERRNO_HPP
#define FERRITE_ERRNO_HPP

#include "config.hpp"
#include "option.hpp"
#include "result.hpp"
#include "utility.hpp"

namespace ferrite {

class Errno;

/// Code 0 is never an Errno, so it marks None: `Option<Errno>` is int-sized. Declared before
/// Errno, whose own methods already return `Option<Errno>`.
template <>
struct NicheTraits<Errno> {
  static constexpr bool available = true;
  static constexpr Errno none() noexcept;
  static constexpr bool is_none(const Errno& e) noexcept;
};

/// A Linux error code, 1 to 4095.
class Errno {
 public:
  /// The largest code; the kernel's MAX_ERRNO.
  static constexpr int max_code = 4095;

  /// An Errno from a code known at compile time, such as a macro from `<errno.h>`:
  /// `Errno(ENOMEM)`. A code outside 1..4095 does not compile.
  consteval Errno(int code) : code_(code) {
    if (code < 1 || code > max_code) errno_code_must_be_between_1_and_4095();
  }

  /// The Errno for a positive code, or None if `code` is outside 1..4095.
  ///
  ///     Option<Errno> e = Errno::from_raw(status.error_code);
  [[nodiscard]] static constexpr Option<Errno> from_raw(int code) noexcept {
    if (code < 1 || code > max_code) return None;
    return Errno(RawCode{code});
  }

  /// The Errno for a kernel-style negative return, or None if `ret` is not in -4095..-1.
  ///
  ///     Option<Errno> e = Errno::from_neg(ret);    // ret == -EIO gives Some(Errno::Io)
  [[nodiscard]] static constexpr Option<Errno> from_neg(long ret) noexcept {
    if (ret < -max_code || ret > -1) return None;
    return Errno(RawCode{static_cast<int>(-ret)});
  }

  /// The Errno for `code` without a check. Safety: `code` is in 1..4095; debug builds check.
  ///
  ///     Errno e = Errno::from_raw_unchecked(-PTR_ERR_VALUE);   // IS_ERR already held
  [[nodiscard]] static constexpr Errno from_raw_unchecked(int code,
                                                          SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(code >= 1 && code <= max_code, "Errno::from_raw_unchecked of a code outside 1..4095", where);
    return Errno(RawCode{code});
  }

  /// The positive code: `Errno::NoMem.code() == 12`.
  [[nodiscard]] constexpr int code() const noexcept { return code_; }
  /// The kernel's return convention: `Errno::NoMem.to_neg() == -12`.
  [[nodiscard]] constexpr int to_neg() const noexcept { return -code_; }

  /// The macro's name, "ENOMEM", or "E?" for a code without a name here.
  [[nodiscard]] constexpr const char* name() const noexcept;

  friend constexpr bool operator==(Errno a, Errno b) noexcept { return a.code_ == b.code_; }

  // The named codes, defined below the class.
  static const Errno Perm, NoEnt, Srch, Intr, Io, NxIo, TooBig, NoExec, BadF, Child, Again, NoMem,
      Acces, Fault, NotBlk, Busy, Exist, XDev, NoDev, NotDir, IsDir, Inval, NFile, MFile, NoTty,
      TxtBsy, FBig, NoSpc, SPipe, RoFs, MLink, Pipe, Dom, Range, DeadLk, NameTooLong, NoLck, NoSys,
      NotEmpty, Loop, NoMsg, IdRm, NoData, Time, NoLink, Proto, BadMsg, Overflow, IlSeq, NotSock,
      MsgSize, OpNotSupp, AfNoSupport, AddrInUse, AddrNotAvail, NetDown, NetUnreach, ConnAborted,
      ConnReset, NoBufs, IsConn, NotConn, TimedOut, ConnRefused, HostUnreach, Already, InProgress,
      Stale, Canceled, NoKey, KeyExpired, OwnerDead, NotRecoverable, RestartSys, NoIoctlCmd,
      ProbeDefer, NotSupp;

 private:
  struct RawCode {
    int code;
  };
  friend struct NicheTraits<Errno>;
  constexpr explicit Errno(RawCode raw) noexcept : code_(raw.code) {}

  // Not constexpr on purpose: reaching it in the consteval constructor is the compile error.
  static void errno_code_must_be_between_1_and_4095() {}

  int code_;
};

constexpr Errno NicheTraits<Errno>::none() noexcept { return Errno(Errno::RawCode{0}); }
constexpr bool NicheTraits<Errno>::is_none(const Errno& e) noexcept { return e.code() == 0; }

inline constexpr Errno Errno::Perm{1}, Errno::NoEnt{2}, Errno::Srch{3}, Errno::Intr{4}, Errno::Io{5},
    Errno::NxIo{6}, Errno::TooBig{7}, Errno::NoExec{8}, Errno::BadF{9}, Errno::Child{10},
    Errno::Again{11}, Errno::NoMem{12}, Errno::Acces{13}, Errno::Fault{14}, Errno::NotBlk{15},
    Errno::Busy{16}, Errno::Exist{17}, Errno::XDev{18}, Errno::NoDev{19}, Errno::NotDir{20},
    Errno::IsDir{21}, Errno::Inval{22}, Errno::NFile{23}, Errno::MFile{24}, Errno::NoTty{25},
    Errno::TxtBsy{26}, Errno::FBig{27}, Errno::NoSpc{28}, Errno::SPipe{29}, Errno::RoFs{30},
    Errno::MLink{31}, Errno::Pipe{32}, Errno::Dom{33}, Errno::Range{34}, Errno::DeadLk{35},
    Errno::NameTooLong{36}, Errno::NoLck{37}, Errno::NoSys{38}, Errno::NotEmpty{39}, Errno::Loop{40},
    Errno::NoMsg{42}, Errno::IdRm{43}, Errno::NoData{61}, Errno::Time{62}, Errno::NoLink{67},
    Errno::Proto{71}, Errno::BadMsg{74}, Errno::Overflow{75}, Errno::IlSeq{84}, Errno::NotSock{88},
    Errno::MsgSize{90}, Errno::OpNotSupp{95}, Errno::AfNoSupport{97}, Errno::AddrInUse{98},
    Errno::AddrNotAvail{99}, Errno::NetDown{100}, Errno::NetUnreach{101}, Errno::ConnAborted{103},
    Errno::ConnReset{104}, Errno::NoBufs{105}, Errno::IsConn{106}, Errno::NotConn{107},
    Errno::TimedOut{110}, Errno::ConnRefused{111}, Errno::HostUnreach{113}, Errno::Already{114},
    Errno::InProgress{115}, Errno::Stale{116}, Errno::Canceled{125}, Errno::NoKey{126},
    Errno::KeyExpired{127}, Errno::OwnerDead{130}, Errno::NotRecoverable{131},
    // The kernel's internal codes, never seen by user space.
    Errno::RestartSys{512}, Errno::NoIoctlCmd{515}, Errno::ProbeDefer{517}, Errno::NotSupp{524};

constexpr const char* Errno::name() const noexcept {
  switch (code_) {
    case 1: return "EPERM";
    case 2: return "ENOENT";
    case 3: return "ESRCH";
    case 4: return "EINTR";
    case 5: return "EIO";
    case 6: return "ENXIO";
    case 7: return "E2BIG";
    case 8: return "ENOEXEC";
    case 9: return "EBADF";
    case 10: return "ECHILD";
    case 11: return "EAGAIN";
    case 12: return "ENOMEM";
    case 13: return "EACCES";
    case 14: return "EFAULT";
    case 15: return "ENOTBLK";
    case 16: return "EBUSY";
    case 17: return "EEXIST";
    case 18: return "EXDEV";
    case 19: return "ENODEV";
    case 20: return "ENOTDIR";
    case 21: return "EISDIR";
    case 22: return "EINVAL";
    case 23: return "ENFILE";
    case 24: return "EMFILE";
    case 25: return "ENOTTY";
    case 26: return "ETXTBSY";
    case 27: return "EFBIG";
    case 28: return "ENOSPC";
    case 29: return "ESPIPE";
    case 30: return "EROFS";
    case 31: return "EMLINK";
    case 32: return "EPIPE";
    case 33: return "EDOM";
    case 34: return "ERANGE";
    case 35: return "EDEADLK";
    case 36: return "ENAMETOOLONG";
    case 37: return "ENOLCK";
    case 38: return "ENOSYS";
    case 39: return "ENOTEMPTY";
    case 40: return "ELOOP";
    case 42: return "ENOMSG";
    case 43: return "EIDRM";
    case 61: return "ENODATA";
    case 62: return "ETIME";
    case 67: return "ENOLINK";
    case 71: return "EPROTO";
    case 74: return "EBADMSG";
    case 75: return "EOVERFLOW";
    case 84: return "EILSEQ";
    case 88: return "ENOTSOCK";
    case 90: return "EMSGSIZE";
    case 95: return "EOPNOTSUPP";
    case 97: return "EAFNOSUPPORT";
    case 98: return "EADDRINUSE";
    case 99: return "EADDRNOTAVAIL";
    case 100: return "ENETDOWN";
    case 101: return "ENETUNREACH";
    case 103: return "ECONNABORTED";
    case 104: return "ECONNRESET";
    case 105: return "ENOBUFS";
    case 106: return "EISCONN";
    case 107: return "ENOTCONN";
    case 110: return "ETIMEDOUT";
    case 111: return "ECONNREFUSED";
    case 113: return "EHOSTUNREACH";
    case 114: return "EALREADY";
    case 115: return "EINPROGRESS";
    case 116: return "ESTALE";
    case 125: return "ECANCELED";
    case 126: return "ENOKEY";
    case 127: return "EKEYEXPIRED";
    case 130: return "EOWNERDEAD";
    case 131: return "ENOTRECOVERABLE";
    case 512: return "ERESTARTSYS";
    case 515: return "ENOIOCTLCMD";
    case 517: return "EPROBE_DEFER";
    case 524: return "ENOTSUPP";
    default: return "E?";
  }
}

// ---- The kernel's int return convention ------------------------------------------------------

/// `-code`: `to_neg(Errno::NoMem) == -12`.
[[nodiscard]] constexpr int to_neg(Errno error) noexcept { return error.to_neg(); }

/// 0 on success, `-errno` on failure: what a C caller expects back.
///
///     return to_neg(dev.start());
[[nodiscard]] constexpr int to_neg(const Result<void, Errno>& result) noexcept {
  return result.is_ok() ? 0 : result.unwrap_err_unchecked().to_neg();
}

/// A C function's `0 or -errno` return as a Result. A positive return counts as success (many
/// kernel functions return a count); a negative one outside -4095..-1 is not a kernel error code
/// and becomes `Err(Errno::Inval)`.
///
///     FERRITE_TRY(check_neg(request_irq(irq, handler, 0, "dev", dev)));
[[nodiscard, gnu::always_inline]] constexpr Result<void, Errno> check_neg(long ret) noexcept {
  if (ret >= 0) return Ok();
  return Err(Errno::from_neg(ret).unwrap_or(Errno::Inval));
}

/// A plain int is not an Errno: `Err(ENOMEM)` into a `Result<T, Errno>` stops here with a clear
/// message instead of deep inside the consteval constructor.
template <>
struct ErrorFrom<Errno, int> {
  template <class Int>
  static constexpr Errno convert(Int) {
    static_assert(!detail::is_same_v<Int, Int>,
                  "an int is not an Errno: write Err(Errno::NoMem) or Err(Errno(ENOMEM)) for a constant, "
                  "Errno::from_raw(code) or Errno::from_neg(ret) for a run-time value");
    return Errno::Inval;
  }
};

// ---- ERR_PTR: Result<T*, Errno> in one pointer -------------------------------------------------

namespace detail {

/// Storage of `Result<T*, Errno>`: one pointer; the top `Errno::max_code` addresses are errors,
/// exactly as the kernel's IS_ERR. A null pointer is a valid success, as it is for IS_ERR.
template <class T>
class ErrPtrStorage {
 public:
  // constexpr, so `constinit Result<Dev*, Errno> cached = Ok(&dev0);` needs no global
  // constructor; an object's address is never in the error range, so constant evaluation skips
  // the check (which needs a reinterpret_cast).
  constexpr explicit ErrPtrStorage(InFirst, T* value, SourceLocation where = SourceLocation::current()) noexcept
      : pointer_(value) {
    if (!__builtin_is_constant_evaluated()) {
      debug_check(!holds_error(value), "Ok(pointer) holds an ERR_PTR value: use from_err_ptr", where);
    }
  }
  explicit ErrPtrStorage(InSecond, Errno error) noexcept
      : pointer_(reinterpret_cast<T*>(static_cast<uintptr_t>(static_cast<__INTPTR_TYPE__>(error.to_neg())))) {}
  constexpr explicit ErrPtrStorage(InFirst, decltype(nullptr)) noexcept : pointer_(nullptr) {}

  [[nodiscard]] bool is_ok() const noexcept { return !holds_error(pointer_); }
  [[nodiscard]] constexpr T*& value() & noexcept { return pointer_; }
  [[nodiscard]] constexpr T* const& value() const& noexcept { return pointer_; }
  [[nodiscard]] constexpr T* value() && noexcept { return pointer_; }
  /// Precondition: `!is_ok()`, so the pointer is `-code` for a code in 1..4095, as PTR_ERR reads it.
  [[nodiscard]] Errno error() const noexcept {
    return Errno::from_raw_unchecked(static_cast<int>(-reinterpret_cast<__INTPTR_TYPE__>(pointer_)));
  }

  [[nodiscard]] static bool holds_error(const T* pointer) noexcept {
    return reinterpret_cast<uintptr_t>(pointer) >= static_cast<uintptr_t>(-Errno::max_code);
  }
  [[nodiscard]] T* raw() const noexcept { return pointer_; }

 private:
  T* pointer_;
};

template <class T>
struct ResultStorageFor<T*, Errno> {
  using type = ErrPtrStorage<T>;
};

}  // namespace detail

/// A kernel-style pointer return (a valid pointer, NULL, or `ERR_PTR(-errno)`) as a Result.
///
///     Result<Clock*, Errno> clk = from_err_ptr(devm_clk_get(dev, "bus"));
template <class T>
[[nodiscard]] inline Result<T*, Errno> from_err_ptr(T* pointer) noexcept {
  if (detail::ErrPtrStorage<T>::holds_error(pointer)) {
    return Err(Errno::from_raw_unchecked(static_cast<int>(-reinterpret_cast<__INTPTR_TYPE__>(pointer))));
  }
  return Ok(pointer);
}

/// The same Result as the kernel's raw encoding, for returning to C: the pointer on success,
/// `ERR_PTR(-errno)` on failure. Costs nothing: it is the stored pointer.
///
///     return to_err_ptr(lookup(id));
template <class T>
[[nodiscard]] inline T* to_err_ptr(const Result<T*, Errno>& result) noexcept {
  return result.storage_for_ferrite().raw();
}

}  // namespace ferrite

#endif  // FERRITE_ERRNO_HPP
