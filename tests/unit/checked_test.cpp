// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The specification of ferrite/checked.hpp: Checked<T>, an integer with a sticky overflow state
// for allocation-size arithmetic.
#include "test_support.hpp"

#include <ferrite/checked.hpp>

#include <cstddef>
#include <cstdint>

using namespace ferrite;

namespace {

struct Header {
  char bytes[24];
};
struct Entry {
  char bytes[40];
};

constexpr Option<std::size_t> allocation_size(std::size_t count) {
  return (Checked<std::size_t>(count) * sizeof(Entry) + sizeof(Header)).get();
}

static_assert(allocation_size(2) == Some(std::size_t{104}));
static_assert(allocation_size(int_max<std::size_t> / 8) == None);
static_assert((Checked<int>(1) / 0).get() == None);

}  // namespace

TEST_CASE("the allocation-size expression is exact when nothing overflows") {
  CHECK(allocation_size(0) == Some(sizeof(Header)));
  CHECK(allocation_size(1000) == Some(std::size_t{40'024}));
}

TEST_CASE("an overflowing multiplication makes the whole allocation size None") {
  const std::size_t huge = int_max<std::size_t> / 40 + 1;
  CHECK(allocation_size(huge) == None);
}

TEST_CASE("the overflow state is sticky: later steps that fit do not clear it") {
  Checked<uint8_t> x = 200;
  x += uint8_t{100};  // 300: overflow
  CHECK(x.overflowed());
  x -= uint8_t{250};  // would fit again if the first step had not overflowed
  CHECK(x.overflowed());
  CHECK(x.get() == None);
}

TEST_CASE("an overflowed operand on either side overflows the result") {
  const Checked<int> bad = Checked<int>(int_max<int>) + 1;
  const Checked<int> good = 5;
  CHECK((good + bad).overflowed());
  CHECK((bad * good).overflowed());
  CHECK(!(good - good).overflowed());
}

TEST_CASE("division and remainder by zero, and MIN by -1, overflow instead of panicking") {
  const Checked<int> zero = 0;
  CHECK((Checked<int>(7) / zero).get() == None);
  CHECK((Checked<int>(7) % zero).get() == None);
  CHECK((Checked<int>(int_min<int>) / -1).get() == None);
  CHECK((Checked<int>(int_min<int>) % -1).get() == None);
  CHECK((Checked<int>(-7) / 2).get() == Some(-3));
  CHECK((Checked<int>(-7) % 2).get() == Some(-1));
}

TEST_CASE("negation overflows for MIN and for any non-zero unsigned value") {
  CHECK((-Checked<int>(int_min<int>)).get() == None);
  CHECK((-Checked<int>(5)).get() == Some(-5));
  CHECK((-Checked<unsigned>(0u)).get() == Some(0u));
  CHECK((-Checked<unsigned>(1u)).get() == None);
}

TEST_CASE("subtraction below zero overflows an unsigned Checked") {
  Checked<std::size_t> remaining = std::size_t{10};
  remaining -= std::size_t{11};
  CHECK(remaining.get() == None);
}

TEST_CASE("a Checked starts overflowed from None and holds the value from Some") {
  CHECK(Checked<int>(Option<int>(None)).overflowed());
  CHECK(Checked<int>(Option<int>(4)).get() == Some(4));
  CHECK(Checked<std::size_t>(checked_cast<std::size_t>(-1)).overflowed());
  CHECK((Checked<std::size_t>(checked_cast<std::size_t>(3)) * 2u).get() == Some(std::size_t{6}));
}

TEST_CASE("compound assignment updates value and state together") {
  Checked<uint32_t> n = 10u;
  n *= 3u;
  n /= 4u;
  n %= 5u;
  CHECK(n.get() == Some(2u));
  n /= 0u;
  CHECK(n.overflowed());
}

TEST_CASE("narrower and constant operands convert, run-time narrowing does not") {
  const uint16_t small = 7;
  CHECK((Checked<uint32_t>(small) + small).get() == Some(14u));
  CHECK((Checked<int64_t>(int64_t{1}) + uint32_t{4'000'000'000u}).get() == Some(int64_t{4'000'000'001}));
  CHECK((Checked<uint8_t>(uint8_t{1}) + 254).get() == Some(uint8_t{255}));
  // int -> Checked<unsigned> is only allowed for constants (compile-fail cases check the rest).
  CHECK(!detail::lossless_into<int, unsigned>);
  CHECK(!detail::lossless_into<uint64_t, int64_t>);
}
