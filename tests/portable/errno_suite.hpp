// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/errno.hpp: the kernel's conventions (0 or -errno, ERR_PTR) round-trip
// on every target, whose pointer and long sizes differ (ILP32 on Cortex-M and RV32, LP64 else).
#ifndef FERRITE_TESTS_PORTABLE_ERRNO_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_ERRNO_SUITE_HPP

#include "check.hpp"
#include "ferrite/errno.hpp"

namespace ferrite_portable::errno_suite {

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;

static_assert(sizeof(Errno) == sizeof(int), "Errno is int-sized");
static_assert(sizeof(Option<Errno>) == sizeof(int), "0 is Errno's niche");
static_assert(sizeof(Result<void, Errno>) == sizeof(int), "Result<void, Errno> is int-sized");
static_assert(sizeof(Result<int*, Errno>) == sizeof(int*), "Result<T*, Errno> is an ERR_PTR");

FERRITE_TEST(codes_have_the_linux_numbers) {
  FERRITE_CHECK(Errno::Perm.to_neg() == -1);
  FERRITE_CHECK(Errno::NoMem.to_neg() == -12);
  FERRITE_CHECK(Errno::Inval.to_neg() == -22);
  FERRITE_CHECK(Errno::Range.to_neg() == -34);
  FERRITE_CHECK(Errno::Overflow.to_neg() == -75);
}

FERRITE_TEST(from_neg_accepts_exactly_minus_4095_to_minus_1) {
  FERRITE_CHECK(Errno::from_neg(-1) == Errno::Perm);
  FERRITE_CHECK(Errno::from_neg(-4095).is_some());
  FERRITE_CHECK(Errno::from_neg(-4096) == None);
  FERRITE_CHECK(Errno::from_neg(0) == None);
  FERRITE_CHECK(Errno::from_neg(1) == None);
  FERRITE_CHECK(Errno::from_raw(12) == Errno::NoMem);
  FERRITE_CHECK(Errno::from_raw(0) == None);
}

FERRITE_TEST(to_neg_of_a_void_result_is_0_or_minus_errno) {
  const Result<void, Errno> ok = Ok();
  const Result<void, Errno> failed = Err(Errno::Busy);
  FERRITE_CHECK(ferrite::to_neg(ok) == 0);
  FERRITE_CHECK(ferrite::to_neg(failed) == Errno::Busy.to_neg());
}

FERRITE_TEST(check_neg_reads_a_c_return_value) {
  FERRITE_CHECK(ferrite::check_neg(0).is_ok());
  FERRITE_CHECK(ferrite::check_neg(17).is_ok());  // a count is success
  FERRITE_CHECK(ferrite::check_neg(-5) == Err(Errno::Io));
  FERRITE_CHECK(ferrite::check_neg(-100000) == Err(Errno::Inval));  // not an errno at all
}

FERRITE_TEST(a_pointer_result_round_trips_through_err_ptr) {
  static int object = 3;
  const Result<int*, Errno> found = Ok(&object);
  const Result<int*, Errno> missing = Err(Errno::NoEnt);
  int* raw_found = ferrite::to_err_ptr(found);
  int* raw_missing = ferrite::to_err_ptr(missing);
  FERRITE_CHECK(raw_found == &object);
  // The kernel's encoding: the top 4095 addresses carry -errno.
  FERRITE_CHECK(reinterpret_cast<__INTPTR_TYPE__>(raw_missing) == -2);
  FERRITE_CHECK(ferrite::from_err_ptr(raw_missing) == Err(Errno::NoEnt));
  FERRITE_CHECK(ferrite::from_err_ptr(raw_found).is_ok());
  FERRITE_CHECK(ferrite::from_err_ptr(static_cast<int*>(nullptr)).is_ok());  // NULL is no error
}

inline constexpr Case cases[] = {
    {"codes have the Linux numbers", codes_have_the_linux_numbers},
    {"from_neg accepts exactly -4095..-1", from_neg_accepts_exactly_minus_4095_to_minus_1},
    {"to_neg of a Result<void, Errno> is 0 or -errno", to_neg_of_a_void_result_is_0_or_minus_errno},
    {"check_neg reads a C return value", check_neg_reads_a_c_return_value},
    {"a pointer Result round-trips through ERR_PTR", a_pointer_result_round_trips_through_err_ptr},
};

}  // namespace ferrite_portable::errno_suite

#endif  // FERRITE_TESTS_PORTABLE_ERRNO_SUITE_HPP
