// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The specification of ferrite/nonzero.hpp: NonZero<T>, an integer that is never zero, and its
// free None through Option's niche point.
#include "test_support.hpp"

#include <ferrite/nonzero.hpp>

#include <cstddef>
#include <cstdint>

using namespace ferrite;

namespace {

static_assert(sizeof(Option<NonZero<uint32_t>>) == 4);
static_assert(sizeof(Option<NonZero<uint8_t>>) == 1);
static_assert(sizeof(Option<NonZero<int64_t>>) == 8);
static_assert(sizeof(Option<NonZero<std::size_t>>) == sizeof(std::size_t));
static_assert(sizeof(NonZero<int16_t>) == 2);
static_assert(detail::is_trivially_copyable_v<NonZero<int>>);
static_assert(NonZero<int>::make(0) == None);
static_assert(NonZero<int>::make(-1).is_some());
static_assert(NonZero<int>::make_unchecked(5).get() == 5);
static_assert(!detail::is_constructible_v<NonZero<int>, int>);

}  // namespace

TEST_CASE("NonZero::make of zero is None") {
  CHECK(NonZero<uint32_t>::make(0u) == None);
  CHECK(NonZero<int8_t>::make(int8_t{0}) == None);
}

TEST_CASE("NonZero::make keeps every non-zero value, edges included") {
  CHECK(NonZero<int8_t>::make(int_min<int8_t>).unwrap().get() == int_min<int8_t>);
  CHECK(NonZero<int8_t>::make(int_max<int8_t>).unwrap().get() == int_max<int8_t>);
  CHECK(NonZero<uint64_t>::make(int_max<uint64_t>).unwrap().get() == int_max<uint64_t>);
  CHECK(NonZero<int>::make(-1).unwrap().get() == -1);
}

TEST_CASE("every 8-bit value round-trips through Option<NonZero>, zero as None") {
  int mismatches = 0;
  for (int v = 0; v <= 255; ++v) {
    const auto value = static_cast<uint8_t>(v);
    const Option<NonZero<uint8_t>> made = NonZero<uint8_t>::make(value);
    if (made.is_some() != (v != 0)) ++mismatches;
    if (made.is_some() && made.unwrap().get() != value) ++mismatches;
  }
  CHECK(mismatches == 0);
}

TEST_CASE("an Option<NonZero> set to None, then to a value, reads back that value") {
  Option<NonZero<uint32_t>> id = None;
  CHECK(id.is_none());
  id = NonZero<uint32_t>::make_unchecked(42u);
  CHECK(id.is_some());
  CHECK(id.unwrap().get() == 42u);
  id = None;
  CHECK(id.is_none());
}

TEST_CASE("NonZero::make_unchecked of zero panics when debug checks are on") {
  if (FERRITE_DEBUG_CHECKS) {
    uint32_t zero = 0;
    CHECK(FERRITE_PANICKED(NonZero<uint32_t>::make_unchecked(zero)));
  } else {
    CHECK(NonZero<uint32_t>::make_unchecked(1u).get() == 1u);
  }
}

TEST_CASE("NonZero compares by value") {
  const NonZero<int> one = NonZero<int>::make_unchecked(1);
  const NonZero<int> two = NonZero<int>::make_unchecked(2);
  CHECK(one == one);
  CHECK(one != two);
  CHECK(one < two);
  CHECK(one <= two);
  CHECK(two > one);
  CHECK(two >= two);
}
