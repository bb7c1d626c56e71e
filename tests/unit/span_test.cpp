// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Span<T>: construction, bounds-checked access, narrowing, in-place operations, sorting and byte
// order. Edge values first in every case: the empty span, n == size, n > size.
#include "test_support.hpp"

#include <ferrite/span.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using ferrite::Errno;
using ferrite::None;
using ferrite::Span;
using ferrite::usize;

namespace {

// ---- Representation -------------------------------------------------------------------------

static_assert(sizeof(Span<int>) == 2 * sizeof(void*));
static_assert(sizeof(Span<const std::uint8_t>) == 2 * sizeof(void*));
static_assert(ferrite::detail::is_trivially_copyable_v<Span<int>>);
static_assert(ferrite::detail::is_trivially_copyable_v<Span<const int>>);

// Span<T> -> Span<const T> is implicit; the reverse and every rvalue container are refused.
static_assert(ferrite::detail::convertible_to<Span<int>, Span<const int>>);
static_assert(!ferrite::detail::is_constructible_v<Span<int>, Span<const int>>);
static_assert(ferrite::detail::is_constructible_v<Span<int>, std::vector<int>&>);
static_assert(ferrite::detail::is_constructible_v<Span<const int>, const std::vector<int>&>);
static_assert(!ferrite::detail::is_constructible_v<Span<int>, const std::vector<int>&>);
static_assert(!ferrite::detail::is_constructible_v<Span<const int>, std::vector<int>&&>);
static_assert(!ferrite::detail::is_constructible_v<Span<const int>, const std::vector<int>&&>);
static_assert(!ferrite::detail::is_constructible_v<Span<int>, int*>);

// A derived-class array must not be viewed as a base-class span: the strides differ.
struct Base {
  int a;
};
struct Derived : Base {
  int b;
};
static_assert(!ferrite::detail::is_constructible_v<Span<Base>, Derived (&)[2]>);
static_assert(!ferrite::detail::is_constructible_v<Span<Base>, std::vector<Derived>&>);

// A type with a user-written assignment, so copy_from cannot take the memmove path.
struct Tracked {
  int value = 0;
  Tracked() = default;
  Tracked(int v) : value(v) {}  // NOLINT(google-explicit-constructor)
  Tracked(const Tracked& other) : value(other.value) {}
  Tracked& operator=(const Tracked& other) {
    value = other.value;
    return *this;
  }
  ~Tracked() = default;
  friend bool operator==(const Tracked& a, const Tracked& b) { return a.value == b.value; }
};

template <class T, usize N>
bool equals(Span<const T> span, const T (&expected)[N]) {
  if (span.size() != N) return false;
  for (usize i = 0; i < N; ++i) {
    if (!(span.data()[i] == expected[i])) return false;
  }
  return true;
}

}  // namespace

// ---- Making spans -------------------------------------------------------------------------------

TEST_CASE("a default Span is empty") {
  Span<int> s;
  CHECK(s.is_empty());
  CHECK(s.size() == 0);
  CHECK(s.begin() == s.end());
}

TEST_CASE("a Span of a C array covers the whole array") {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int> s = a;
  CHECK(s.size() == 5);
  CHECK(s.data() == a);
  Span deduced = a;
  static_assert(ferrite::detail::is_same_v<decltype(deduced), Span<int>>);
}

TEST_CASE("a Span of a container lvalue views its data and size") {
  std::vector<int> v{7, 8, 9};
  Span<int> s = v;
  CHECK(s.data() == v.data());
  CHECK(s.size() == 3);
  std::array<std::uint8_t, 4> bytes{};
  Span<const std::uint8_t> b = bytes;
  CHECK(b.size() == 4);
  std::vector<int> empty;
  CHECK(Span<int>(empty).is_empty());
}

TEST_CASE("a mutable Span converts to a read-only Span of the same elements") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  Span<const int> c = s;
  CHECK(c.data() == a);
  CHECK(c.size() == 3);
}

TEST_CASE("from_raw_parts_unchecked makes a Span of a pointer and a length") {
  int a[4] = {1, 2, 3, 4};
  auto s = Span<int>::from_raw_parts_unchecked(a + 1, 2);
  CHECK(s.data() == a + 1);
  CHECK(s.size() == 2);
  CHECK(Span<int>::from_raw_parts_unchecked(nullptr, 0).is_empty());
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("from_raw_parts_unchecked of a null pointer with a length panics in debug builds") {
  CHECK(FERRITE_PANICKED(Span<int>::from_raw_parts_unchecked(nullptr, 1)));
}
#endif

namespace {
struct Opaque;  // defined only below: a header may pass spans of a type it does not define
Span<Opaque> opaque_span(Span<Opaque> s) { return s; }
struct Opaque {
  int id;
};
}  // namespace

TEST_CASE("a Span of a type that is still incomplete can be declared and passed around") {
  Opaque items[2] = {{7}, {8}};
  Span<Opaque> s = opaque_span(items);
  CHECK(s.size() == 2);
  CHECK(s.last().as_ptr()->id == 8);
}

// ---- Element access -------------------------------------------------------------------------

TEST_CASE("get of an empty span is None") {
  Span<int> s;
  CHECK((s.get(0) == None));
}

TEST_CASE("get at size is None and at size - 1 is the last element") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  CHECK((s.get(3) == None));
  CHECK((s.get(usize(-1)) == None));
  REQUIRE(s.get(2).is_some());
  CHECK(s.get(2).as_ptr() == &a[2]);
}

TEST_CASE("get returns a reference that writes through") {
  int a[2] = {1, 2};
  Span<int> s = a;
  *s.get(1).as_ptr() = 20;
  CHECK(a[1] == 20);
}

TEST_CASE("first and last of an empty span are None") {
  Span<const int> s;
  CHECK((s.first() == None));
  CHECK((s.last() == None));
}

TEST_CASE("first and last of a one-element span are the same element") {
  int a[1] = {42};
  Span<int> s = a;
  CHECK(s.first().as_ptr() == &a[0]);
  CHECK(s.last().as_ptr() == &a[0]);
}

TEST_CASE("operator[] in bounds is the element") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  s[2] = 30;
  CHECK(a[2] == 30);
  CHECK(s[0] == 1);
}

TEST_CASE("operator[] at size panics with a message") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  CHECK(FERRITE_PANICKED(s[3]));
  std::string message = ferrite_test::panic_capture.message;
  CHECK(message.find("out of bounds") != std::string::npos);
  Span<int> empty;
  CHECK(FERRITE_PANICKED(empty[0]));
}

TEST_CASE("get_unchecked in bounds is the element") {
  int a[2] = {5, 6};
  CHECK(Span<int>(a).get_unchecked(1) == 6);
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("get_unchecked out of bounds panics in debug builds") {
  int a[2] = {5, 6};
  Span<int> s = a;
  CHECK(FERRITE_PANICKED(s.get_unchecked(2)));
}
#endif

// ---- Narrowing --------------------------------------------------------------------------------

TEST_CASE("split_first of an empty span is None") {
  CHECK((Span<int>().split_first() == None));
  CHECK((Span<int>().split_last() == None));
}

TEST_CASE("split_first of one element gives it and an empty rest") {
  int a[1] = {9};
  auto parts = Span<int>(a).split_first();
  REQUIRE(parts.is_some());
  auto& [first, rest] = *parts.as_ptr();
  CHECK(&first == &a[0]);
  CHECK(rest.is_empty());
}

TEST_CASE("split_first and split_last separate the end elements from the rest") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  auto head = s.split_first();
  REQUIRE(head.is_some());
  CHECK(head.as_ptr()->first == 1);
  CHECK(equals<int>(head.as_ptr()->rest, {2, 3}));
  auto tail = s.split_last();
  REQUIRE(tail.is_some());
  CHECK(tail.as_ptr()->last == 3);
  CHECK(equals<int>(tail.as_ptr()->rest, {1, 2}));
  tail.as_ptr()->last = 30;
  CHECK(a[2] == 30);
}

TEST_CASE("split_at_checked at 0 and at size gives an empty side") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  auto at0 = s.split_at_checked(0);
  REQUIRE(at0.is_some());
  CHECK(at0.as_ptr()->left.is_empty());
  CHECK(at0.as_ptr()->right.size() == 3);
  auto at3 = s.split_at_checked(3);
  REQUIRE(at3.is_some());
  CHECK(at3.as_ptr()->left.size() == 3);
  CHECK(at3.as_ptr()->right.is_empty());
  CHECK(at3.as_ptr()->right.data() == a + 3);
}

TEST_CASE("split_at_checked past the end is None") {
  int a[3] = {1, 2, 3};
  CHECK((Span<int>(a).split_at_checked(4) == None));
  CHECK((Span<int>().split_at_checked(1) == None));
  CHECK(Span<int>().split_at_checked(0).is_some());
}

TEST_CASE("split_at works with structured bindings") {
  int a[4] = {1, 2, 3, 4};
  auto [left, right] = Span<int>(a).split_at(1);
  CHECK(equals<int>(left, {1}));
  CHECK(equals<int>(right, {2, 3, 4}));
}

TEST_CASE("split_at past the end panics") {
  int a[2] = {1, 2};
  Span<int> s = a;
  CHECK(FERRITE_PANICKED(s.split_at(3)));
}

TEST_CASE("subspan of the empty tail is an empty span, past it is None") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  REQUIRE(s.subspan(3, 0).is_some());
  CHECK(s.subspan(3, 0).unwrap().is_empty());
  CHECK((s.subspan(4, 0) == None));
  CHECK((s.subspan(2, 2) == None));
  CHECK(Span<int>().subspan(0, 0).is_some());
}

TEST_CASE("subspan with a count that would wrap around is None") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  CHECK((s.subspan(1, usize(-1)) == None));
  CHECK((s.subspan(usize(-1), 2) == None));
}

TEST_CASE("subspan selects count elements from offset") {
  int a[5] = {1, 2, 3, 4, 5};
  auto sub = Span<int>(a).subspan(1, 3);
  REQUIRE(sub.is_some());
  CHECK(equals<int>(*sub.as_ptr(), {2, 3, 4}));
}

TEST_CASE("slice with begin after end or end past size is None") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  CHECK((s.slice(2, 1) == None));
  CHECK((s.slice(0, 4) == None));
  REQUIRE(s.slice(3, 3).is_some());
  CHECK(s.slice(3, 3).unwrap().is_empty());
  REQUIRE(s.slice(1, 3).is_some());
  CHECK(equals<int>(s.slice(1, 3).unwrap(), {2, 3}));
}

TEST_CASE("take_front of more than size is None and leaves the span unchanged") {
  int a[3] = {1, 2, 3};
  Span<int> cursor = a;
  CHECK((cursor.take_front(4) == None));
  CHECK(cursor.size() == 3);
  CHECK(cursor.data() == a);
  CHECK((cursor.take_back(4) == None));
  CHECK(cursor.size() == 3);
}

TEST_CASE("take_front of exactly size takes everything and leaves an empty span") {
  int a[3] = {1, 2, 3};
  Span<int> cursor = a;
  auto all = cursor.take_front(3);
  REQUIRE(all.is_some());
  CHECK(all.as_ptr()->size() == 3);
  CHECK(cursor.is_empty());
  CHECK(cursor.take_front(0).is_some());
  CHECK((cursor.take_front(1) == None));
}

TEST_CASE("take_front and take_back walk a parsing cursor from both ends") {
  const std::uint8_t packet[8] = {0xAA, 0xBB, 1, 2, 3, 4, 0xC0, 0xC1};
  Span<const std::uint8_t> cursor = packet;
  auto magic = cursor.take_front(2);
  auto crc = cursor.take_back(2);
  REQUIRE(magic.is_some());
  REQUIRE(crc.is_some());
  CHECK(equals<std::uint8_t>(*magic.as_ptr(), {0xAA, 0xBB}));
  CHECK(equals<std::uint8_t>(*crc.as_ptr(), {0xC0, 0xC1}));
  CHECK(equals<std::uint8_t>(cursor, {1, 2, 3, 4}));
}

// ---- In place -----------------------------------------------------------------------------------

TEST_CASE("copy_from between empty spans succeeds") {
  Span<int> dst;
  CHECK(dst.copy_from(Span<const int>()).is_ok());
}

TEST_CASE("copy_from with a different length is Inval and writes nothing") {
  int dst[3] = {0, 0, 0};
  const int src[2] = {1, 2};
  auto r = Span<int>(dst).copy_from(src);
  REQUIRE(r.is_err());
  CHECK(r.unwrap_err() == Errno::Inval);
  CHECK(equals<int>(Span<const int>(dst), {0, 0, 0}));
  const int longer[4] = {1, 2, 3, 4};
  CHECK(Span<int>(dst).copy_from(longer).is_err());
}

TEST_CASE("copy_from of equal lengths copies every element") {
  int dst[3] = {0, 0, 0};
  const int src[3] = {4, 5, 6};
  CHECK(Span<int>(dst).copy_from(src).is_ok());
  CHECK(equals<int>(Span<const int>(dst), {4, 5, 6}));
}

TEST_CASE("copy_from of overlapping spans behaves like memmove in both directions") {
  int a[6] = {1, 2, 3, 4, 5, 6};
  Span<int> s = a;
  // Destination after the source: a forward element loop would smear a[0] over everything.
  CHECK(s.subspan(2, 4).unwrap().copy_from(s.subspan(0, 4).unwrap()).is_ok());
  CHECK(equals<int>(Span<const int>(a), {1, 2, 1, 2, 3, 4}));
  int b[6] = {1, 2, 3, 4, 5, 6};
  Span<int> t = b;
  CHECK(t.subspan(0, 4).unwrap().copy_from(t.subspan(2, 4).unwrap()).is_ok());
  CHECK(equals<int>(Span<const int>(b), {3, 4, 5, 6, 5, 6}));
  CHECK(t.copy_from(t).is_ok());
  CHECK(equals<int>(Span<const int>(b), {3, 4, 5, 6, 5, 6}));
}

TEST_CASE("copy_from of overlapping spans of a non-trivial type is correct too") {
  Tracked a[5] = {1, 2, 3, 4, 5};
  Span<Tracked> s = a;
  CHECK(s.subspan(1, 4).unwrap().copy_from(s.subspan(0, 4).unwrap()).is_ok());
  CHECK(equals<Tracked>(Span<const Tracked>(a), {1, 1, 2, 3, 4}));
  Tracked b[5] = {1, 2, 3, 4, 5};
  Span<Tracked> t = b;
  CHECK(t.subspan(0, 4).unwrap().copy_from(t.subspan(1, 4).unwrap()).is_ok());
  CHECK(equals<Tracked>(Span<const Tracked>(b), {2, 3, 4, 5, 5}));
}

TEST_CASE("fill assigns every element and does nothing to an empty span") {
  int a[4] = {1, 2, 3, 4};
  Span<int>().fill(7);
  Span<int>(a).fill(7);
  CHECK(equals<int>(Span<const int>(a), {7, 7, 7, 7}));
}

TEST_CASE("reverse of empty, one, even and odd lengths") {
  Span<int>().reverse();
  int one[1] = {1};
  Span<int>(one).reverse();
  CHECK(one[0] == 1);
  int even[4] = {1, 2, 3, 4};
  Span<int>(even).reverse();
  CHECK(equals<int>(Span<const int>(even), {4, 3, 2, 1}));
  int odd[5] = {1, 2, 3, 4, 5};
  Span<int>(odd).reverse();
  CHECK(equals<int>(Span<const int>(odd), {5, 4, 3, 2, 1}));
}

TEST_CASE("swap exchanges two elements and accepts i == j") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  s.swap(0, 2);
  CHECK(equals<int>(Span<const int>(a), {3, 2, 1}));
  s.swap(1, 1);
  CHECK(a[1] == 2);
}

TEST_CASE("swap out of bounds panics and swap_checked returns Range") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  CHECK(FERRITE_PANICKED(s.swap(0, 3)));
  auto r = s.swap_checked(3, 0);
  REQUIRE(r.is_err());
  CHECK(r.unwrap_err() == Errno::Range);
  CHECK(s.swap_checked(0, 1).is_ok());
  CHECK(equals<int>(Span<const int>(a), {2, 1, 3}));
}

TEST_CASE("contains finds present elements and not absent ones") {
  const int a[3] = {1, 2, 3};
  Span<const int> s = a;
  CHECK(s.contains(3));
  CHECK(!s.contains(4));
  CHECK(!Span<const int>().contains(0));
}

TEST_CASE("starts_with and ends_with accept the empty and the whole span, not a longer one") {
  const int a[3] = {1, 2, 3};
  const int four[4] = {1, 2, 3, 4};
  const int b12[2] = {1, 2};
  const int b23[2] = {2, 3};
  Span<const int> s = a;
  CHECK(s.starts_with(Span<const int>()));
  CHECK(s.ends_with(Span<const int>()));
  CHECK(s.starts_with(s));
  CHECK(s.ends_with(s));
  CHECK(!s.starts_with(four));
  CHECK(!s.ends_with(four));
  CHECK(s.starts_with(b12));
  CHECK(!s.starts_with(b23));
  CHECK(s.ends_with(b23));
  CHECK(!s.ends_with(b12));
}

TEST_CASE("position is the index of the first match or None") {
  const int a[4] = {5, 6, 6, 7};
  Span<const int> s = a;
  CHECK((s.position([](int x) { return x == 6; }) == usize(1)));
  CHECK((s.position([](int x) { return x == 9; }) == None));
  CHECK((Span<const int>().position([](int) { return true; }) == None));
}

TEST_CASE("binary_search in an empty span is Err(0)") {
  auto r = Span<const int>().binary_search(3);
  REQUIRE(r.is_err());
  CHECK(r.unwrap_err() == 0);
}

TEST_CASE("binary_search finds present elements and the insertion point of absent ones") {
  const int a[5] = {10, 20, 30, 40, 50};
  Span<const int> s = a;
  for (usize i = 0; i < 5; ++i) {
    auto found = s.binary_search(a[i]);
    REQUIRE(found.is_ok());
    CHECK(found.unwrap() == i);
  }
  CHECK(s.binary_search(5).unwrap_err() == 0);
  CHECK(s.binary_search(25).unwrap_err() == 2);
  CHECK(s.binary_search(55).unwrap_err() == 5);
}

TEST_CASE("binary_search among equal elements returns one of them") {
  const int a[5] = {1, 2, 2, 2, 3};
  auto r = Span<const int>(a).binary_search(2);
  REQUIRE(r.is_ok());
  CHECK(a[r.unwrap()] == 2);
}

TEST_CASE("binary_search_by_key searches by the extracted key") {
  struct Irq {
    unsigned line;
    char name;
  };
  const Irq irqs[4] = {{3, 'a'}, {9, 'b'}, {14, 'c'}, {20, 'd'}};
  Span<const Irq> s = irqs;
  auto line_of = [](const Irq& i) { return i.line; };
  CHECK(s.binary_search_by_key(14u, line_of).unwrap() == 2);
  CHECK(s.binary_search_by_key(1u, line_of).unwrap_err() == 0);
  CHECK(s.binary_search_by_key(10u, line_of).unwrap_err() == 2);
  CHECK(s.binary_search_by_key(99u, line_of).unwrap_err() == 4);
  CHECK(Span<const Irq>().binary_search_by_key(1u, line_of).unwrap_err() == 0);
}

TEST_CASE("partition_point is 0 when no element matches and size when all do") {
  const int a[5] = {1, 2, 3, 4, 5};
  Span<const int> s = a;
  CHECK(s.partition_point([](int x) { return x < 0; }) == 0);
  CHECK(s.partition_point([](int x) { return x < 10; }) == 5);
  CHECK(s.partition_point([](int x) { return x <= 3; }) == 3);
  CHECK(Span<const int>().partition_point([](int) { return true; }) == 0);
}

TEST_CASE("rotate_left and rotate_right by 0 and by size change nothing") {
  int a[4] = {1, 2, 3, 4};
  Span<int> s = a;
  s.rotate_left(0);
  s.rotate_left(4);
  s.rotate_right(0);
  s.rotate_right(4);
  CHECK(equals<int>(Span<const int>(a), {1, 2, 3, 4}));
  Span<int>().rotate_left(0);
}

TEST_CASE("rotate_left moves the first k to the end and rotate_right the last k to the front") {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int> s = a;
  s.rotate_left(2);
  CHECK(equals<int>(Span<const int>(a), {3, 4, 5, 1, 2}));
  s.rotate_right(2);
  CHECK(equals<int>(Span<const int>(a), {1, 2, 3, 4, 5}));
  s.rotate_right(1);
  CHECK(equals<int>(Span<const int>(a), {5, 1, 2, 3, 4}));
}

TEST_CASE("rotating by more than size panics, and the checked forms return Range unchanged") {
  int a[3] = {1, 2, 3};
  Span<int> s = a;
  CHECK(FERRITE_PANICKED(s.rotate_left(4)));
  CHECK(FERRITE_PANICKED(s.rotate_right(4)));
  CHECK(s.rotate_left_checked(4).unwrap_err() == Errno::Range);
  CHECK(s.rotate_right_checked(4).unwrap_err() == Errno::Range);
  CHECK(equals<int>(Span<const int>(a), {1, 2, 3}));
  CHECK(s.rotate_left_checked(1).is_ok());
  CHECK(equals<int>(Span<const int>(a), {2, 3, 1}));
  CHECK(s.rotate_right_checked(1).is_ok());
  CHECK(equals<int>(Span<const int>(a), {1, 2, 3}));
}

// ---- Sorting --------------------------------------------------------------------------------

namespace {

// Deterministic and the same on every platform, unlike std::rand or the <random> distributions.
struct XorShift {
  std::uint64_t state;
  std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

// The reference sort the tests trust: simple enough to be obviously right.
void reference_sort(std::vector<int>& v) {
  for (usize i = 1; i < v.size(); ++i) {
    int x = v[i];
    usize j = i;
    while (j > 0 && x < v[j - 1]) {
      v[j] = v[j - 1];
      --j;
    }
    v[j] = x;
  }
}

double log2_of(usize n) {
  double result = 0;
  for (double x = static_cast<double>(n); x > 1; x /= 2) result += 1;
  return result;
}

// Sorts `v` with sort_unstable_by and a counting comparison; returns the count.
usize counted_sort(std::vector<int>& v) {
  usize comparisons = 0;
  Span<int>(v).sort_unstable_by([&comparisons](int a, int b) {
    ++comparisons;
    return a < b;
  });
  return comparisons;
}

// The O(n log n) bound: at most 4 n log2 n comparisons (plus n for tiny inputs).
bool within_bound(usize comparisons, usize n) {
  return static_cast<double>(comparisons) <=
         4.0 * static_cast<double>(n) * log2_of(n) + static_cast<double>(n);
}

std::vector<int> make_input(const char* kind, usize n, XorShift& rng) {
  std::vector<int> v(n);
  std::string k = kind;
  for (usize i = 0; i < n; ++i) {
    int index = static_cast<int>(i);
    int size = static_cast<int>(n);
    if (k == "random") v[i] = static_cast<int>(rng.next() % 1000) - 500;
    if (k == "sorted") v[i] = index;
    if (k == "reversed") v[i] = size - index;
    if (k == "all equal") v[i] = 7;
    if (k == "organ pipe") v[i] = index < size / 2 ? index : size - index;
    if (k == "few distinct") v[i] = static_cast<int>(rng.next() % 3);
    if (k == "sawtooth") v[i] = index % 16;
  }
  return v;
}

}  // namespace

TEST_CASE("sort_unstable of empty and one-element spans changes nothing") {
  Span<int>().sort_unstable();
  int one[1] = {3};
  Span<int>(one).sort_unstable();
  CHECK(one[0] == 3);
}

TEST_CASE("sort_unstable agrees with a reference sort on many seeded random arrays") {
  XorShift rng{0x9E3779B97F4A7C15ull};
  for (int round = 0; round < 400; ++round) {
    usize n = static_cast<usize>(rng.next() % 300);
    std::vector<int> v(n);
    int range = round % 2 == 0 ? 1000 : 10;  // half with many duplicates
    for (auto& x : v) x = static_cast<int>(rng.next() % static_cast<std::uint64_t>(range));
    std::vector<int> expected = v;
    reference_sort(expected);
    Span<int>(v).sort_unstable();
    REQUIRE(v == expected);
  }
}

TEST_CASE("sort_unstable sorts adversarial inputs within c * n log2 n comparisons") {
  XorShift rng{12345};
  const char* kinds[] = {"random",     "sorted",       "reversed", "all equal",
                         "organ pipe", "few distinct", "sawtooth"};
  for (const char* kind : kinds) {
    for (usize n : {2u, 3u, 16u, 17u, 100u, 1000u, 5000u}) {
      CAPTURE(kind);
      CAPTURE(n);
      std::vector<int> v = make_input(kind, n, rng);
      std::vector<int> expected = v;
      reference_sort(expected);
      usize comparisons = counted_sort(v);
      CHECK(v == expected);
      CHECK(within_bound(comparisons, n));
    }
  }
}

namespace {

// McIlroy's adversary ("A killer adversary for quicksort", 1999): the comparison invents the
// values as it goes, always so that the element just used as a pivot candidate comes out small.
// Any quicksort is quadratic against it; an introsort must notice and switch to heapsort. The
// answers stay consistent, so the final order is checkable against the invented values.
struct Adversary {
  std::vector<int> value;
  int gas;
  int solid = 0;
  int candidate = 0;
  usize comparisons = 0;

  explicit Adversary(usize n) : value(n, static_cast<int>(n)), gas(static_cast<int>(n)) {}

  bool less(int x, int y) {
    ++comparisons;
    auto ux = static_cast<usize>(x);
    auto uy = static_cast<usize>(y);
    if (value[ux] == gas && value[uy] == gas) value[x == candidate ? ux : uy] = solid++;
    if (value[ux] == gas) {
      candidate = x;
    } else if (value[uy] == gas) {
      candidate = y;
    }
    return value[ux] < value[uy];
  }
};

}  // namespace

TEST_CASE("sort_unstable_by stays within c * n log2 n comparisons against a quicksort adversary") {
  for (usize n : {17u, 100u, 1000u, 5000u}) {
    CAPTURE(n);
    std::vector<int> items(n);
    for (usize i = 0; i < n; ++i) items[i] = static_cast<int>(i);
    Adversary adversary(n);
    Span<int>(items).sort_unstable_by([&adversary](int x, int y) { return adversary.less(x, y); });
    CHECK(within_bound(adversary.comparisons, n));
    for (usize i = 1; i < n; ++i) {
      REQUIRE(adversary.value[static_cast<usize>(items[i - 1])] <=
              adversary.value[static_cast<usize>(items[i])]);
    }
  }
}

TEST_CASE("the heapsort fallback sorts on its own") {
  XorShift rng{2024};
  auto less = [](int a, int b) { return a < b; };
  for (usize n : {0u, 1u, 2u, 3u, 7u, 64u, 65u, 500u}) {
    std::vector<int> v(n);
    for (auto& x : v) x = static_cast<int>(rng.next() % 50);
    std::vector<int> expected = v;
    reference_sort(expected);
    ferrite::detail::heapsort(v.data(), v.size(), less);
    CHECK(v == expected);
  }
}

TEST_CASE("sort_unstable_by sorts by the given order") {
  int a[6] = {3, 1, 4, 1, 5, 9};
  Span<int>(a).sort_unstable_by([](int x, int y) { return x > y; });
  CHECK(equals<int>(Span<const int>(a), {9, 5, 4, 3, 1, 1}));
}

TEST_CASE("sort_unstable_by_key sorts by the key") {
  struct Entry {
    int key;
    char tag;
  };
  Entry e[4] = {{3, 'c'}, {1, 'a'}, {4, 'd'}, {2, 'b'}};
  Span<Entry>(e).sort_unstable_by_key([](const Entry& x) { return x.key; });
  CHECK(e[0].tag == 'a');
  CHECK(e[1].tag == 'b');
  CHECK(e[2].tag == 'c');
  CHECK(e[3].tag == 'd');
}

TEST_CASE("sort_unstable_by with a comparison that is not an order stays in bounds") {
  // Not a strict weak order: the result is unspecified, but the elements must be a permutation
  // and no access may leave the array (the sanitizer stage would catch one).
  XorShift rng{99};
  for (int round = 0; round < 20; ++round) {
    std::vector<int> v(200);
    for (usize i = 0; i < v.size(); ++i) v[i] = static_cast<int>(i);
    Span<int>(v).sort_unstable_by([&rng](int, int) { return rng.next() % 2 == 0; });
    Span<int>(v).sort_unstable_by([](int, int) { return true; });
    std::vector<int> sorted = v;
    reference_sort(sorted);
    for (usize i = 0; i < sorted.size(); ++i) REQUIRE(sorted[i] == static_cast<int>(i));
  }
}

TEST_CASE("sort_unstable sorts non-trivially-copyable elements") {
  std::vector<std::string> words{"pear", "apple", "fig", "kiwi", "banana"};
  Span<std::string>(words).sort_unstable();
  CHECK(words == std::vector<std::string>{"apple", "banana", "fig", "kiwi", "pear"});
}

TEST_CASE("sort_unstable sorts move-only elements and std types without their own swap") {
  struct MoveOnly {
    int key;
    explicit MoveOnly(int k) : key(k) {}
    MoveOnly(MoveOnly&&) = default;
    MoveOnly& operator=(MoveOnly&&) = default;
    MoveOnly(const MoveOnly&) = delete;
    MoveOnly& operator=(const MoveOnly&) = delete;
    ~MoveOnly() = default;
  };
  std::vector<MoveOnly> v;
  for (int k : {5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 19, 11, 15, 13, 12, 14, 10, 18, 17, 16}) {
    v.emplace_back(k);
  }
  Span<MoveOnly>(v).sort_unstable_by_key([](const MoveOnly& m) { return m.key; });
  for (usize i = 0; i < v.size(); ++i) CHECK(v[i].key == static_cast<int>(i));
  // std::string_view has no swap overload of its own: an unqualified swap would be ambiguous.
  std::string_view words[3] = {"c", "a", "b"};
  Span<std::string_view>(words).sort_unstable();
  Span<std::string_view>(words).reverse();
  CHECK(words[0] == "c");
  CHECK(words[2] == "a");
}

// ---- Bytes ------------------------------------------------------------------------------------

TEST_CASE("as_bytes views the object representation") {
  const std::uint32_t words[2] = {0x01020304u, 0x05060708u};
  auto bytes = Span<const std::uint32_t>(words).as_bytes();
  CHECK(bytes.size() == 8);
  CHECK((bytes.read_le<std::uint32_t>(0) == std::uint32_t(0x01020304u)));
  CHECK(Span<const std::uint32_t>().as_bytes().is_empty());
}

TEST_CASE("as_writable_bytes writes through to the elements") {
  std::uint16_t half[2] = {0, 0};
  auto bytes = Span<std::uint16_t>(half).as_writable_bytes();
  CHECK(bytes.size() == 4);
  CHECK(bytes.write_le<std::uint16_t>(2, 0xBEEF).is_ok());
  CHECK(half[1] == 0xBEEF);
}

TEST_CASE("read_le and read_be at the very end succeed, one byte further is None") {
  const std::uint8_t b[4] = {0x12, 0x34, 0x56, 0x78};
  Span<const std::uint8_t> s = b;
  CHECK((s.read_be<std::uint32_t>(0) == std::uint32_t(0x12345678u)));
  CHECK((s.read_le<std::uint32_t>(0) == std::uint32_t(0x78563412u)));
  CHECK((s.read_be<std::uint16_t>(2) == std::uint16_t(0x5678)));
  CHECK((s.read_be<std::uint16_t>(3) == None));
  CHECK((s.read_le<std::uint32_t>(1) == None));
  CHECK((s.read_le<std::uint8_t>(4) == None));
  CHECK((s.read_le<std::uint8_t>(usize(-1)) == None));
  CHECK((Span<const std::uint8_t>().read_le<std::uint8_t>(0) == None));
}

TEST_CASE("read_be of a 64-bit value and of signed and floating-point values") {
  const std::uint8_t b[8] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
  Span<const std::uint8_t> s = b;
  CHECK((s.read_be<std::uint64_t>(0) == std::uint64_t(0x0102030405060708ull)));
  CHECK((s.read_le<std::uint64_t>(0) == std::uint64_t(0x0807060504030201ull)));
  const std::uint8_t minus_two[2] = {0xFF, 0xFE};
  CHECK((Span<const std::uint8_t>(minus_two).read_be<std::int16_t>(0) == std::int16_t(-2)));
  const std::uint8_t one_f[4] = {0x3F, 0x80, 0x00, 0x00};
  CHECK((Span<const std::uint8_t>(one_f).read_be<float>(0) == 1.0f));
  const char chars[2] = {'\x01', '\x02'};
  CHECK((Span<const char>(chars).read_le<std::uint16_t>(0) == std::uint16_t(0x0201)));
}

TEST_CASE("write_le and write_be store in the stated byte order") {
  std::uint8_t b[6] = {};
  Span<std::uint8_t> s = b;
  CHECK(s.write_be<std::uint32_t>(0, 0x11223344u).is_ok());
  CHECK(s.write_le<std::uint16_t>(4, 0xAABB).is_ok());
  CHECK(equals<std::uint8_t>(Span<const std::uint8_t>(b), {0x11, 0x22, 0x33, 0x44, 0xBB, 0xAA}));
  CHECK(s.write_le<std::int32_t>(2, -1).is_ok());
  CHECK((s.read_le<std::int32_t>(2) == -1));
}

TEST_CASE("write_le past the end is Range and writes nothing") {
  std::uint8_t b[4] = {1, 2, 3, 4};
  Span<std::uint8_t> s = b;
  auto r = s.write_le<std::uint32_t>(1, 0);
  REQUIRE(r.is_err());
  CHECK(r.unwrap_err() == Errno::Range);
  CHECK(s.write_be<std::uint16_t>(usize(-1), 0).unwrap_err() == Errno::Range);
  CHECK(equals<std::uint8_t>(Span<const std::uint8_t>(b), {1, 2, 3, 4}));
}

TEST_CASE("write then read round-trips every width in both byte orders") {
  std::uint8_t b[8] = {};
  Span<std::uint8_t> s = b;
  CHECK(s.write_be<std::uint64_t>(0, 0xDEADBEEFCAFEF00Dull).is_ok());
  CHECK((s.read_be<std::uint64_t>(0) == std::uint64_t(0xDEADBEEFCAFEF00Dull)));
  CHECK(s.write_le<double>(0, -2.5).is_ok());
  CHECK((s.read_le<double>(0) == -2.5));
  CHECK(s.write_le<std::uint8_t>(7, 0x5A).is_ok());
  CHECK(b[7] == 0x5A);
}

TEST_CASE("std::byte spans read and write integers like unsigned char spans") {
  std::byte b[4] = {};
  Span<std::byte> s = b;
  CHECK(s.write_be<std::uint32_t>(0, 0x0A0B0C0Du).is_ok());
  CHECK(b[0] == std::byte{0x0A});
  CHECK(b[3] == std::byte{0x0D});
  CHECK((s.read_le<std::uint16_t>(2) == std::uint16_t(0x0D0C)));
}

TEST_CASE("a volatile span (device registers) is filled and copied element by element") {
  volatile std::uint32_t regs[3] = {9, 9, 9};
  auto s = Span<volatile std::uint32_t>::from_raw_parts_unchecked(regs, 3);
  s.fill(0u);
  CHECK(regs[1] == 0u);
  const std::uint32_t values[3] = {1, 2, 3};
  CHECK(s.copy_from(values).is_ok());
  CHECK(regs[0] == 1u);
  CHECK(regs[2] == 3u);
  CHECK(s.contains(2u));
  CHECK(s.copy_from(Span<const std::uint32_t>()).unwrap_err() == Errno::Inval);
}

// ---- Constant evaluation ------------------------------------------------------------------------

namespace {

constexpr bool sorts_at_compile_time() {
  int a[40] = {};
  for (int i = 0; i < 40; ++i) a[i] = (i * 17 + 5) % 40;
  Span<int> s = a;
  s.sort_unstable();
  for (int i = 0; i < 40; ++i) {
    if (a[i] != i) return false;
  }
  return s.binary_search(17).unwrap() == 17 && s.binary_search(50).unwrap_err() == 40;
}
static_assert(sorts_at_compile_time());

// The adversary again, in constant evaluation: the heapsort path is checked for UB too.
constexpr bool survives_adversary_at_compile_time() {
  constexpr int n = 300;
  int items[n] = {};
  int value[n] = {};
  for (int i = 0; i < n; ++i) {
    items[i] = i;
    value[i] = n;
  }
  int solid = 0;
  int candidate = 0;
  Span<int>(items).sort_unstable_by([&](int x, int y) {
    if (value[x] == n && value[y] == n) value[x == candidate ? x : y] = solid++;
    if (value[x] == n) {
      candidate = x;
    } else if (value[y] == n) {
      candidate = y;
    }
    return value[x] < value[y];
  });
  for (int i = 1; i < n; ++i) {
    if (value[items[i - 1]] > value[items[i]]) return false;
  }
  return true;
}
static_assert(survives_adversary_at_compile_time());

constexpr bool copies_overlapping_at_compile_time() {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int> s = a;
  if (s.subspan(1, 4).unwrap().copy_from(s.subspan(0, 4).unwrap()).is_err()) return false;
  int b[5] = {1, 2, 3, 4, 5};
  Span<int> t = b;
  if (t.subspan(0, 4).unwrap().copy_from(t.subspan(1, 4).unwrap()).is_err()) return false;
  return a[0] == 1 && a[1] == 1 && a[4] == 4 && b[0] == 2 && b[3] == 5 && b[4] == 5;
}
static_assert(copies_overlapping_at_compile_time());

constexpr bool parses_at_compile_time() {
  std::uint8_t packet[6] = {0x08, 0x00, 0x12, 0x34, 0x56, 0x78};
  Span<std::uint8_t> cursor = packet;
  auto ethertype = cursor.take_front(2).unwrap().read_be<std::uint16_t>(0);
  auto value = cursor.read_le<std::uint32_t>(0);
  if (cursor.write_be<std::uint16_t>(0, 0xABCD).is_err()) return false;
  return ethertype == std::uint16_t(0x0800) && value == std::uint32_t(0x78563412u) &&
         packet[2] == 0xAB && packet[3] == 0xCD && cursor.take_back(5) == None;
}
static_assert(parses_at_compile_time());

constexpr bool narrows_at_compile_time() {
  int a[6] = {1, 2, 3, 4, 5, 6};
  Span<int> s = a;
  s.rotate_left(2);
  s.reverse();
  auto halves = s.split_at_checked(3).unwrap();
  return halves.left[0] == 2 && halves.right[2] == 3 && s.get(6) == None &&
         s.last().unwrap() == 3 && s.contains(6) &&
         s.position([](int x) { return x == 4; }).unwrap() == 4;
}
static_assert(narrows_at_compile_time());

}  // namespace
