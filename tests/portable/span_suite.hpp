// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/span.hpp: bounds at the edges (empty spans, index == size, offsets
// at the end), byte-order loads and stores, in-place algorithms, on every target's pointer size
// and alignment rules (Cortex-M0 faults on unaligned word loads, so read_le at odd offsets is
// tested there for real).
#ifndef FERRITE_TESTS_PORTABLE_SPAN_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_SPAN_SUITE_HPP

#include "check.hpp"
#include "ferrite/span.hpp"

namespace ferrite_portable::span_suite {

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Span;
using ferrite::u16;
using ferrite::u32;
using ferrite::u64;
using ferrite::usize;

static_assert(sizeof(Span<int>) == 2 * sizeof(void*), "a Span is a pointer and a length");

FERRITE_TEST(an_empty_span_has_no_elements_to_reach) {
  const Span<int> empty;
  FERRITE_CHECK(empty.size() == 0);
  FERRITE_CHECK(empty.is_empty());
  FERRITE_CHECK(empty.get(0) == None);
  FERRITE_CHECK(empty.first() == None);
  FERRITE_CHECK(empty.last() == None);
  FERRITE_CHECK(!empty.split_first().is_some());
  FERRITE_CHECK(empty.subspan(0, 0).is_some());
  FERRITE_CHECK(empty.subspan(0, 1) == None);
}

FERRITE_TEST(get_reaches_the_last_index_and_not_one_past) {
  int values[] = {10, 20, 30};
  const Span<int> span = values;
  FERRITE_CHECK(span.size() == 3);
  FERRITE_CHECK(span.get(2).as_ptr() == &values[2]);
  FERRITE_CHECK(span.get(3) == None);
  FERRITE_CHECK(span.get(static_cast<usize>(-1)) == None);
  FERRITE_CHECK(span.first().as_ptr() == &values[0]);
  FERRITE_CHECK(span.last().as_ptr() == &values[2]);
}

#if !FERRITE_NO_PANIC
FERRITE_TEST(indexing_in_bounds_reads_and_writes_the_element) {
  int values[] = {1, 2};
  const Span<int> span = values;
  span[1] = 5;
  FERRITE_CHECK(values[1] == 5);
  FERRITE_CHECK(span[0] == 1);
}
#endif

FERRITE_TEST(narrowing_checks_offset_and_count_without_overflow) {
  int values[] = {0, 1, 2, 3, 4};
  const Span<int> span = values;
  FERRITE_CHECK(span.subspan(5, 0).is_some());  // empty at the end is fine
  FERRITE_CHECK(span.subspan(5, 1) == None);
  FERRITE_CHECK(span.subspan(1, static_cast<usize>(-1)) == None);  // offset + count wraps
  FERRITE_CHECK(span.slice(3, 2) == None);
  const auto middle = span.slice(1, 4);
  FERRITE_CHECK(middle.is_some());
  if (const Span<int>* m = middle.as_ptr(); m != nullptr) {
    FERRITE_CHECK(m->size() == 3);
    FERRITE_CHECK(m->data() == &values[1]);
  }
}

FERRITE_TEST(split_at_checked_accepts_the_size_and_rejects_more) {
  int values[] = {1, 2, 3};
  const Span<int> span = values;
  const auto whole = span.split_at_checked(3);
  FERRITE_CHECK(whole.is_some());
  if (whole.is_some()) {
    FERRITE_CHECK(whole.as_ptr()->left.size() == 3);
    FERRITE_CHECK(whole.as_ptr()->right.is_empty());
  }
  FERRITE_CHECK(!span.split_at_checked(4).is_some());
}

FERRITE_TEST(copy_from_needs_equal_lengths_and_writes_nothing_otherwise) {
  int destination[] = {0, 0, 0};
  const int short_source[] = {7, 8};
  const int source[] = {4, 5, 6};
  FERRITE_CHECK(Span<int>(destination).copy_from(short_source) == Err(Errno::Inval));
  FERRITE_CHECK(destination[0] == 0 && destination[1] == 0 && destination[2] == 0);
  FERRITE_CHECK(Span<int>(destination).copy_from(source).is_ok());
  FERRITE_CHECK(destination[0] == 4 && destination[2] == 6);
}

FERRITE_TEST(byte_order_loads_and_stores_fit_exactly_or_fail) {
  unsigned char frame[7] = {0xFF, 0x01, 0x02, 0x03, 0x04, 0xAA, 0xBB};
  const Span<unsigned char> bytes = frame;
  FERRITE_CHECK(bytes.read_le<u32>(1) == u32{0x04030201u});  // unaligned
  FERRITE_CHECK(bytes.read_be<u32>(1) == u32{0x01020304u});
  FERRITE_CHECK(bytes.read_be<u16>(5) == u16{0xAABB});     // ends exactly at the end
  FERRITE_CHECK(bytes.read_le<u16>(6) == None);
  FERRITE_CHECK(bytes.read_le<u64>(0) == None);
  FERRITE_CHECK(bytes.read_le<u32>(static_cast<usize>(-2)) == None);
  FERRITE_CHECK(bytes.write_be(3, u32{0xDEADBEEFu}) == Ok());
  FERRITE_CHECK(frame[3] == 0xDE && frame[6] == 0xEF);
  FERRITE_CHECK(bytes.write_le(4, u32{1}) == Err(Errno::Range));
  FERRITE_CHECK(frame[4] == 0xAD);  // nothing written
}

FERRITE_TEST(in_place_algorithms_fill_reverse_swap_and_rotate) {
  int values[] = {1, 2, 3, 4};
  const Span<int> span = values;
  span.reverse();
  FERRITE_CHECK(values[0] == 4 && values[3] == 1);
  FERRITE_CHECK(span.swap_checked(0, 3).is_ok());
  FERRITE_CHECK(values[0] == 1 && values[3] == 4);
  FERRITE_CHECK(span.swap_checked(0, 4) == Err(Errno::Range));
  FERRITE_CHECK(span.rotate_left_checked(1).is_ok());
  FERRITE_CHECK(values[0] == 3 && values[3] == 1);
  FERRITE_CHECK(span.rotate_left_checked(5) == Err(Errno::Range));
  span.fill(9);
  FERRITE_CHECK(values[0] == 9 && values[3] == 9);
}

FERRITE_TEST(sort_unstable_then_binary_search_finds_or_gives_the_insertion_point) {
  int values[] = {5, -1, 3, 3, 9, 0, -7, 2};
  const Span<int> span = values;
  span.sort_unstable();
  bool sorted = true;
  for (usize i = 1; i < span.size(); ++i) sorted = sorted && values[i - 1] <= values[i];
  FERRITE_CHECK(sorted);
  FERRITE_CHECK(values[0] == -7 && values[7] == 9);
  FERRITE_CHECK(span.binary_search(9) == Ok(usize{7}));
  FERRITE_CHECK(span.binary_search(4) == Err(usize{6}));
  FERRITE_CHECK(span.binary_search(-100) == Err(usize{0}));
  FERRITE_CHECK(span.binary_search(100) == Err(usize{8}));
}

FERRITE_TEST(a_mutable_span_converts_to_a_read_only_one) {
  int values[] = {1, 2, 3};
  const Span<int> writable = values;
  const Span<const int> readable = writable;
  const int prefix[] = {1, 2};
  FERRITE_CHECK(readable.data() == values);
  FERRITE_CHECK(readable.starts_with(prefix));
  FERRITE_CHECK(readable.position([](int x) { return x == 3; }) == usize{2});
}

inline constexpr Case cases[] = {
    {"an empty span has no elements to reach", an_empty_span_has_no_elements_to_reach},
    {"get reaches the last index and not one past", get_reaches_the_last_index_and_not_one_past},
#if !FERRITE_NO_PANIC
    {"indexing in bounds reads and writes the element", indexing_in_bounds_reads_and_writes_the_element},
#endif
    {"narrowing checks offset and count without overflow",
     narrowing_checks_offset_and_count_without_overflow},
    {"split_at_checked accepts the size and rejects more",
     split_at_checked_accepts_the_size_and_rejects_more},
    {"copy_from needs equal lengths and writes nothing otherwise",
     copy_from_needs_equal_lengths_and_writes_nothing_otherwise},
    {"byte-order loads and stores fit exactly or fail", byte_order_loads_and_stores_fit_exactly_or_fail},
    {"in-place algorithms: fill, reverse, swap and rotate",
     in_place_algorithms_fill_reverse_swap_and_rotate},
    {"sort_unstable, then binary_search finds or gives the insertion point",
     sort_unstable_then_binary_search_finds_or_gives_the_insertion_point},
    {"a mutable span converts to a read-only one", a_mutable_span_converts_to_a_read_only_one},
};

}  // namespace ferrite_portable::span_suite

#endif  // FERRITE_TESTS_PORTABLE_SPAN_SUITE_HPP
