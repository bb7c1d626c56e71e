// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/iter.hpp over spans: lazy adapters, consumers, and the degenerate
// arguments that Rust panics on and ferrite answers (a kernel must not panic in a loop header).
#ifndef FERRITE_TESTS_PORTABLE_ITER_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_ITER_SUITE_HPP

#include "check.hpp"
#include "ferrite/iter.hpp"
#include "ferrite/span.hpp"

namespace ferrite_portable::iter_suite {

using ferrite::None;
using ferrite::Span;
using ferrite::usize;

FERRITE_TEST(an_iterator_yields_each_element_then_none_for_good) {
  int values[] = {4, 5};
  auto it = Span<int>(values).iter();
  FERRITE_CHECK(it.len() == 2);
  FERRITE_CHECK(it.next().as_ptr() == &values[0]);
  FERRITE_CHECK(it.next().as_ptr() == &values[1]);
  FERRITE_CHECK(it.next() == None);
  FERRITE_CHECK(it.next() == None);
}

FERRITE_TEST(map_filter_and_fold_compose_lazily) {
  const int values[] = {1, 2, 3, 4, 5, 6};
  int calls = 0;
  const int sum_of_even_squares = Span<const int>(values)
                                      .iter()
                                      .map([&calls](const int& x) {
                                        ++calls;
                                        return x * x;
                                      })
                                      .filter([](int square) { return square % 2 == 0; })
                                      .fold(0, [](int acc, int square) { return acc + square; });
  FERRITE_CHECK(sum_of_even_squares == 4 + 16 + 36);
  FERRITE_CHECK(calls == 6);
}

FERRITE_TEST(take_skip_step_by_and_rev_select_the_expected_items) {
  const int values[] = {0, 1, 2, 3, 4, 5, 6};
  const Span<const int> span = values;
  const auto digits = [](auto it) {
    int number = 0;
    for (const int& x : it) number = number * 10 + x;
    return number;
  };
  FERRITE_CHECK(digits(span.iter().skip(2).take(3)) == 234);
  FERRITE_CHECK(digits(span.iter().step_by(3)) == 36);  // 0, 3, 6: leading 0 vanishes
  FERRITE_CHECK(digits(span.iter().rev().take(2)) == 65);
  FERRITE_CHECK(span.iter().step_by(0).count() == 0);  // Rust panics; ferrite yields nothing
}

FERRITE_TEST(chunks_and_windows_cover_the_span_and_tolerate_zero) {
  const unsigned char bytes[] = {1, 2, 3, 4, 5};
  const Span<const unsigned char> span = bytes;
  FERRITE_CHECK(span.chunks(2).count() == 3);  // 2 + 2 + 1
  FERRITE_CHECK(span.chunks_exact(2).count() == 2);
  FERRITE_CHECK(span.chunks_exact(2).remainder().size() == 1);
  FERRITE_CHECK(span.windows(5).count() == 1);
  FERRITE_CHECK(span.windows(6).count() == 0);
  FERRITE_CHECK(span.chunks(0).count() == 0);
  FERRITE_CHECK(span.windows(0).count() == 0);
}

FERRITE_TEST(consumers_find_position_min_max_any_and_all) {
  const int values[] = {3, -2, 7, -2, 7};
  const Span<const int> span = values;
  FERRITE_CHECK(span.iter().position([](const int& x) { return x < 0; }) == usize{1});
  FERRITE_CHECK(span.iter().find([](const int& x) { return x > 5; }).as_ptr() == &values[2]);
  FERRITE_CHECK(span.iter().min().as_ptr() == &values[1]);  // the first minimum
  FERRITE_CHECK(span.iter().max().as_ptr() == &values[4]);  // the last maximum
  FERRITE_CHECK(span.iter().any([](const int& x) { return x == 7; }));
  FERRITE_CHECK(!span.iter().all([](const int& x) { return x > 0; }));
  FERRITE_CHECK(Span<const int>().iter().min() == None);
}

FERRITE_TEST(enumerate_and_zip_pair_items_up_to_the_shorter_end) {
  const int left[] = {10, 20, 30};
  const int right[] = {1, 2};
  usize index_sum = 0;
  int value_sum = 0;
  auto numbered = Span<const int>(left).iter().enumerate();
  while (auto item = numbered.next()) {
    index_sum += item.as_ptr()->index;
    value_sum += item.as_ptr()->value;
  }
  FERRITE_CHECK(index_sum == 3);
  FERRITE_CHECK(value_sum == 60);
  int dot = 0;
  auto pairs = Span<const int>(left).iter().zip(Span<const int>(right).iter());
  while (auto pair = pairs.next()) dot += pair.as_ptr()->first * pair.as_ptr()->second;
  FERRITE_CHECK(dot == 10 * 1 + 20 * 2);
}

inline constexpr Case cases[] = {
    {"an iterator yields each element, then None for good",
     an_iterator_yields_each_element_then_none_for_good},
    {"map, filter and fold compose lazily", map_filter_and_fold_compose_lazily},
    {"take, skip, step_by and rev select the expected items",
     take_skip_step_by_and_rev_select_the_expected_items},
    {"chunks and windows cover the span and tolerate zero",
     chunks_and_windows_cover_the_span_and_tolerate_zero},
    {"consumers: find, position, min, max, any and all", consumers_find_position_min_max_any_and_all},
    {"enumerate and zip pair items up to the shorter end",
     enumerate_and_zip_pair_items_up_to_the_shorter_end},
};

}  // namespace ferrite_portable::iter_suite

#endif  // FERRITE_TESTS_PORTABLE_ITER_SUITE_HPP
