// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Iterators: range-for, the slice iterators (iter, chunks, chunks_exact, windows, split), the
// adapters (map, filter, take, skip, step_by, enumerate, zip, rev) and the consumers. Degenerate
// arguments (0, n == size, n > size) come first.
#include "test_support.hpp"

#include <ferrite/iter.hpp>
#include <ferrite/span.hpp>

#include <vector>

using ferrite::None;
using ferrite::Option;
using ferrite::Span;
using ferrite::usize;

namespace {

// Drains any ferrite iterator of int-like items into a vector, for whole-sequence checks.
template <class I>
std::vector<int> collect(I it) {
  std::vector<int> out;
  while (auto item = it.next()) out.push_back(static_cast<int>(*item.as_ptr()));
  return out;
}

// Drains an iterator of spans into their sizes and first elements.
template <class I>
std::vector<std::vector<int>> collect_spans(I it) {
  std::vector<std::vector<int>> out;
  while (auto item = it.next()) {
    Span<const int> s = *item.as_ptr();
    out.emplace_back(s.begin(), s.end());
  }
  return out;
}

struct Ranked {
  int rank;
  friend bool operator<(const Ranked& x, const Ranked& y) { return x.rank < y.rank; }
};

using Spans = std::vector<std::vector<int>>;
using Ints = std::vector<int>;

}  // namespace

// ---- Range-for and SliceIter --------------------------------------------------------------------

TEST_CASE("range-for over an empty span runs no iteration") {
  int runs = 0;
  for (int x : Span<int>()) runs += x + 1;
  for (int& x : Span<int>().iter()) runs += x + 1;
  CHECK(runs == 0);
}

TEST_CASE("range-for over a span and over iter() visits every element by reference") {
  int a[3] = {1, 2, 3};
  for (int& x : Span<int>(a)) x *= 10;
  for (int& x : Span<int>(a).iter()) x += 1;
  CHECK(a[0] == 11);
  CHECK(a[1] == 21);
  CHECK(a[2] == 31);
}

TEST_CASE("iter yields each element once and then None forever") {
  int a[2] = {1, 2};
  auto it = Span<int>(a).iter();
  CHECK(it.len() == 2);
  CHECK(it.next().as_ptr() == &a[0]);
  CHECK(it.next().as_ptr() == &a[1]);
  CHECK(it.next().is_none());
  CHECK(it.next().is_none());
  CHECK(it.len() == 0);
}

TEST_CASE("iter is double-ended and the two ends meet in the middle") {
  int a[3] = {1, 2, 3};
  auto it = Span<int>(a).iter();
  CHECK(*it.next_back().as_ptr() == 3);
  CHECK(*it.next().as_ptr() == 1);
  CHECK(it.as_span().size() == 1);
  CHECK(*it.next_back().as_ptr() == 2);
  CHECK(it.next().is_none());
  CHECK(it.next_back().is_none());
}

// ---- chunks, chunks_exact, windows, split -------------------------------------------------------

TEST_CASE("chunks(0) yields nothing") {
  int a[3] = {1, 2, 3};
  CHECK(Span<int>(a).chunks(0).count() == 0);
  CHECK(Span<int>(a).chunks(0).len() == 0);
  CHECK(Span<int>(a).chunks(0).next_back().is_none());
}

TEST_CASE("chunks of an empty span yields nothing") {
  CHECK(Span<int>().chunks(3).count() == 0);
}

TEST_CASE("chunks of n == size yields the whole span once, n > size too") {
  int a[3] = {1, 2, 3};
  CHECK(collect_spans(Span<int>(a).chunks(3)) == Spans{{1, 2, 3}});
  CHECK(collect_spans(Span<int>(a).chunks(10)) == Spans{{1, 2, 3}});
}

TEST_CASE("chunks ends with a shorter chunk when n does not divide the size") {
  int a[5] = {1, 2, 3, 4, 5};
  auto chunks = Span<int>(a).chunks(2);
  CHECK(chunks.len() == 3);
  CHECK(collect_spans(chunks) == Spans{{1, 2}, {3, 4}, {5}});
  CHECK(collect_spans(Span<int>(a).chunks(2).rev()) == Spans{{5}, {3, 4}, {1, 2}});
}

TEST_CASE("chunks_exact(0) yields nothing and leaves the whole span as remainder") {
  int a[3] = {1, 2, 3};
  auto chunks = Span<int>(a).chunks_exact(0);
  CHECK(chunks.remainder().size() == 3);
  CHECK(chunks.len() == 0);
  CHECK(chunks.count() == 0);
}

TEST_CASE("chunks_exact with n > size yields nothing and the remainder is everything") {
  int a[3] = {1, 2, 3};
  auto chunks = Span<int>(a).chunks_exact(4);
  CHECK(chunks.remainder().size() == 3);
  CHECK(chunks.count() == 0);
}

TEST_CASE("chunks_exact yields only full chunks and keeps the tail as remainder") {
  int a[7] = {1, 2, 3, 4, 5, 6, 7};
  auto chunks = Span<int>(a).chunks_exact(3);
  CHECK(chunks.len() == 2);
  CHECK(collect_spans(chunks) == Spans{{1, 2, 3}, {4, 5, 6}});
  CHECK(chunks.remainder().size() == 1);
  CHECK(chunks.remainder().data() == a + 6);
  CHECK(collect_spans(Span<int>(a).chunks_exact(3).rev()) == Spans{{4, 5, 6}, {1, 2, 3}});
  int even[6] = {1, 2, 3, 4, 5, 6};
  CHECK(Span<int>(even).chunks_exact(3).remainder().is_empty());
}

TEST_CASE("windows(0) and windows longer than the span yield nothing") {
  int a[3] = {1, 2, 3};
  CHECK(Span<int>(a).windows(0).count() == 0);
  CHECK(Span<int>(a).windows(4).count() == 0);
  CHECK(Span<int>(a).windows(4).len() == 0);
  CHECK(Span<int>().windows(1).count() == 0);
}

TEST_CASE("windows of n == size yields the whole span once") {
  int a[3] = {1, 2, 3};
  CHECK(collect_spans(Span<int>(a).windows(3)) == Spans{{1, 2, 3}});
}

TEST_CASE("windows yields every overlapping run, from either end") {
  int a[4] = {1, 2, 3, 4};
  auto windows = Span<int>(a).windows(2);
  CHECK(windows.len() == 3);
  CHECK(collect_spans(windows) == Spans{{1, 2}, {2, 3}, {3, 4}});
  CHECK(collect_spans(Span<int>(a).windows(2).rev()) == Spans{{3, 4}, {2, 3}, {1, 2}});
  CHECK(Span<int>(a).windows(2).all([](Span<int> w) { return w[0] < w[1]; }));
}

TEST_CASE("split of an empty span yields one empty span") {
  auto parts = collect_spans(Span<int>().split([](int x) { return x == 0; }));
  CHECK(parts == Spans{{}});
}

TEST_CASE("split with no separator yields the whole span") {
  int a[3] = {1, 2, 3};
  CHECK(collect_spans(Span<int>(a).split([](int x) { return x == 0; })) == Spans{{1, 2, 3}});
}

TEST_CASE("split yields empty spans at leading, trailing and doubled separators") {
  int a[6] = {0, 1, 0, 0, 2, 0};
  auto is_zero = [](int x) { return x == 0; };
  CHECK(collect_spans(Span<int>(a).split(is_zero)) == Spans{{}, {1}, {}, {2}, {}});
  CHECK(collect_spans(Span<int>(a).split(is_zero).rev()) == Spans{{}, {2}, {}, {1}, {}});
}

TEST_CASE("split fields of a line") {
  const char line[] = "ab,c,,def";
  Span<const char> whole(line);
  Span<const char> text = whole.take_front(sizeof(line) - 1).unwrap();
  std::vector<usize> lengths;
  for (Span<const char> field : text.split([](char c) { return c == ','; })) {
    lengths.push_back(field.size());
  }
  CHECK(lengths == std::vector<usize>{2, 1, 0, 3});
}

// ---- Adapters -----------------------------------------------------------------------------------

TEST_CASE("map applies the function lazily, once per item pulled") {
  int a[3] = {1, 2, 3};
  int calls = 0;
  auto doubled = Span<int>(a).iter().map([&calls](int x) {
    ++calls;
    return 2 * x;
  });
  CHECK(calls == 0);
  CHECK((doubled.next() == 2));
  CHECK(calls == 1);
  CHECK(collect(doubled) == Ints{4, 6});
  CHECK(calls == 3);
}

TEST_CASE("map can yield references, and its items work in range-for") {
  struct Pair {
    int key;
    int value;
  };
  Pair pairs[2] = {{1, 10}, {2, 20}};
  for (int& v : Span<Pair>(pairs).iter().map([](Pair& p) -> int& { return p.value; })) v += 1;
  CHECK(pairs[0].value == 11);
  CHECK(pairs[1].value == 21);
  int sum = 0;
  for (int x : Span<Pair>(pairs).iter().map([](const Pair& p) { return p.key; })) sum += x;
  CHECK(sum == 3);
}

TEST_CASE("filter of an empty span or with no match yields nothing") {
  int a[3] = {1, 3, 5};
  auto even = [](int x) { return x % 2 == 0; };
  CHECK(Span<int>().iter().filter(even).count() == 0);
  CHECK(Span<int>(a).iter().filter(even).count() == 0);
}

TEST_CASE("filter keeps the matching items, from either end") {
  int a[6] = {1, 2, 3, 4, 5, 6};
  auto even = [](int x) { return x % 2 == 0; };
  CHECK(collect(Span<int>(a).iter().filter(even)) == Ints{2, 4, 6});
  CHECK(collect(Span<int>(a).iter().filter(even).rev()) == Ints{6, 4, 2});
}

TEST_CASE("take(0) yields nothing and take beyond the end stops at the end") {
  int a[3] = {1, 2, 3};
  CHECK(Span<int>(a).iter().take(0).count() == 0);
  CHECK(collect(Span<int>(a).iter().take(3)) == Ints{1, 2, 3});
  CHECK(collect(Span<int>(a).iter().take(10)) == Ints{1, 2, 3});
  CHECK(Span<int>(a).iter().take(10).len() == 3);
  CHECK(collect(Span<int>(a).iter().take(2)) == Ints{1, 2});
}

TEST_CASE("skip(0) yields everything and skip of size or more yields nothing") {
  int a[3] = {1, 2, 3};
  CHECK(collect(Span<int>(a).iter().skip(0)) == Ints{1, 2, 3});
  CHECK(Span<int>(a).iter().skip(3).count() == 0);
  CHECK(Span<int>(a).iter().skip(10).count() == 0);
  CHECK(Span<int>(a).iter().skip(10).len() == 0);
  CHECK(collect(Span<int>(a).iter().skip(1)) == Ints{2, 3});
}

TEST_CASE("step_by(0) yields nothing") {
  int a[3] = {1, 2, 3};
  CHECK(Span<int>(a).iter().step_by(0).count() == 0);
}

TEST_CASE("step_by yields the first item and then every step-th") {
  int a[7] = {0, 1, 2, 3, 4, 5, 6};
  CHECK(collect(Span<int>(a).iter().step_by(1)) == Ints{0, 1, 2, 3, 4, 5, 6});
  CHECK(collect(Span<int>(a).iter().step_by(3)) == Ints{0, 3, 6});
  CHECK(collect(Span<int>(a).iter().step_by(4)) == Ints{0, 4});
  CHECK(collect(Span<int>(a).iter().step_by(100)) == Ints{0});
  CHECK(Span<int>().iter().step_by(2).count() == 0);
}

TEST_CASE("enumerate counts from zero and binds with structured bindings") {
  int a[3] = {10, 20, 30};
  usize index_sum = 0;
  for (auto [i, x] : Span<int>(a).enumerate()) {
    index_sum += i;
    x += static_cast<int>(i);  // x is an int&: writes through
  }
  CHECK(index_sum == 3);
  CHECK(a[0] == 10);
  CHECK(a[1] == 21);
  CHECK(a[2] == 32);
}

TEST_CASE("enumerate from the back keeps the front-based index") {
  int a[3] = {10, 20, 30};
  auto it = Span<int>(a).iter().enumerate().rev();
  auto last = it.next();
  REQUIRE(last.is_some());
  CHECK(last.as_ptr()->index == 2);
  CHECK(last.as_ptr()->value == 30);
  auto first = Span<int>(a).enumerate().next();
  REQUIRE(first.is_some());
  CHECK(first.as_ptr()->index == 0);
}

TEST_CASE("zip stops at the shorter side") {
  int a[3] = {1, 2, 3};
  int b[2] = {10, 20};
  CHECK(Span<int>(a).zip(Span<int>(b)).count() == 2);
  CHECK(Span<int>(b).zip(Span<int>(a)).count() == 2);
  CHECK(Span<int>(a).zip(Span<int>()).count() == 0);
  CHECK(Span<int>(a).iter().zip(Span<int>(b).iter()).len() == 2);
}

TEST_CASE("zip pairs items in lockstep and writes through references") {
  int out[3] = {0, 0, 0};
  const int in[3] = {1, 2, 3};
  for (auto [dst, src] : Span<int>(out).zip(Span<const int>(in))) dst = src * 2;
  CHECK(out[0] == 2);
  CHECK(out[1] == 4);
  CHECK(out[2] == 6);
}

TEST_CASE("rev of rev is the original order") {
  int a[3] = {1, 2, 3};
  CHECK(collect(Span<int>(a).rev()) == Ints{3, 2, 1});
  CHECK(collect(Span<int>(a).rev().rev()) == Ints{1, 2, 3});
  CHECK(Span<int>().rev().next().is_none());
}

TEST_CASE("skip then fold drops exactly the skipped items, over a slice and over an adapter") {
  int a[] = {1, 2, 3, 4, 5};
  auto add = [](int acc, int& x) { return acc + x; };
  CHECK(Span<int>(a).iter().skip(0).fold(0, add) == 15);
  CHECK(Span<int>(a).iter().skip(2).fold(0, add) == 12);
  CHECK(Span<int>(a).iter().skip(5).fold(0, add) == 0);
  CHECK(Span<int>(a).iter().skip(usize(-1)).fold(0, add) == 0);
  // Not a slice: the skipped items are pulled one by one through next().
  auto odd = [](const int& x) { return x % 2 == 1; };
  CHECK(Span<int>(a).iter().filter(odd).skip(1).fold(0, add) == 8);
  CHECK(Span<int>(a).iter().filter(odd).skip(7).fold(0, add) == 0);
  // A skip that next() already performed is not performed again by fold.
  auto it = Span<int>(a).iter().skip(1);
  CHECK(it.next() == Option<int>(2));
  CHECK(it.fold(0, add) == 12);
}

TEST_CASE("fold through filter and map accepts a step that returns a type convertible to the accumulator") {
  int a[] = {1, 2, 3, 4};
  auto even = [](const int& x) { return x % 2 == 0; };
  auto narrowing_step = [](long acc, int& x) { return static_cast<int>(acc + x); };
  CHECK(Span<int>(a).iter().filter(even).fold(0L, narrowing_step) == 6L);
  auto twice = [](int& x) { return 2 * x; };
  CHECK(Span<int>(a).iter().map(twice).fold(0L, [](long acc, int x) { return static_cast<int>(acc + x); }) == 20L);
}

TEST_CASE("adapters chain: skip, step, map, filter, take") {
  int a[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  auto chain = Span<int>(a)
                   .iter()
                   .skip(1)
                   .step_by(2)
                   .map([](int x) { return x * x; })
                   .filter([](int x) { return x > 1; })
                   .take(3);
  CHECK(collect(chain) == Ints{9, 25, 49});
}

// ---- Consumers ----------------------------------------------------------------------------------

TEST_CASE("fold of an empty iterator is the initial value") {
  CHECK(Span<int>().iter().fold(42, [](int acc, int x) { return acc + x; }) == 42);
}

TEST_CASE("fold combines the items in order") {
  int a[3] = {1, 2, 3};
  CHECK(Span<int>(a).iter().fold(0, [](int acc, int x) { return acc * 10 + x; }) == 123);
}

TEST_CASE("for_each visits every item in order") {
  int a[3] = {1, 2, 3};
  Span<int>(a).iter().for_each([](int& x) { x = -x; });
  CHECK(a[0] == -1);
  CHECK(a[2] == -3);
}

TEST_CASE("any of empty is false and all of empty is true") {
  auto yes = [](int) { return true; };
  CHECK(!Span<int>().iter().any(yes));
  CHECK(Span<int>().iter().all(yes));
}

TEST_CASE("any and all stop at the first deciding item") {
  int a[4] = {1, 2, 3, 4};
  int seen = 0;
  CHECK(Span<int>(a).iter().any([&seen](int x) {
    ++seen;
    return x == 2;
  }));
  CHECK(seen == 2);
  seen = 0;
  CHECK(!Span<int>(a).iter().all([&seen](int x) {
    ++seen;
    return x < 3;
  }));
  CHECK(seen == 3);
}

TEST_CASE("find returns a reference to the first match and can resume") {
  int a[4] = {1, 2, 3, 4};
  auto it = Span<int>(a).iter();
  auto even = [](int x) { return x % 2 == 0; };
  Option<int&> first = it.find(even);
  REQUIRE(first.is_some());
  CHECK(first.as_ptr() == &a[1]);
  Option<int&> second = it.find(even);
  CHECK(second.as_ptr() == &a[3]);
  CHECK(it.find(even).is_none());
}

TEST_CASE("position counts the items before the first match") {
  int a[3] = {5, 6, 7};
  CHECK((Span<int>(a).iter().position([](int x) { return x == 7; }) == usize(2)));
  CHECK(Span<int>(a).iter().position([](int x) { return x == 8; }).is_none());
}

TEST_CASE("count of an empty iterator is 0") {
  CHECK(Span<int>().iter().count() == 0);
  int a[3] = {1, 2, 3};
  CHECK(Span<int>(a).iter().count() == 3);
}

TEST_CASE("min and max of an empty iterator are None") {
  CHECK(Span<int>().iter().min().is_none());
  CHECK(Span<int>().iter().max().is_none());
  CHECK(Span<int>().iter().last().is_none());
}

TEST_CASE("min is the first smallest and max the last largest, as in Rust") {
  int a[5] = {3, 1, 4, 1, 4};
  CHECK(Span<int>(a).iter().min().as_ptr() == &a[1]);
  CHECK(Span<int>(a).iter().max().as_ptr() == &a[4]);
  CHECK(Span<int>(a).iter().last().as_ptr() == &a[4]);
  CHECK((Span<int>(a).iter().map([](int x) { return -x; }).min() == -4));
}

TEST_CASE("min and max of items that hold references (enumerate) compare by value") {
  Ranked r[3] = {{2}, {5}, {1}};
  auto best = Span<Ranked>(r).iter().max();
  REQUIRE(best.is_some());
  CHECK(best.as_ptr() == &r[1]);
  auto last = Span<Ranked>(r).enumerate().last();
  REQUIRE(last.is_some());
  CHECK(last.as_ptr()->index == 2);
}

TEST_CASE("fold through map and filter sees the same items as pulling with next") {
  int a[8] = {5, 2, 8, 1, 4, 7, 6, 3};
  auto chain = Span<int>(a).iter().filter([](int x) { return x % 2 == 0; }).map([](int x) {
    return x * 10;
  });
  auto pulled = chain;  // iterators are values: a copy iterates independently
  auto counted = chain;
  Ints folded = chain.fold(Ints{}, [](Ints acc, int x) {
    acc.push_back(x);
    return acc;
  });
  CHECK(folded == collect(pulled));
  CHECK(folded == Ints{20, 80, 40, 60});
  CHECK(counted.count() == 4);
  CHECK(chain.count() == 0);  // the fold consumed it
}

TEST_CASE("for_each through filter visits only the matching items, by reference") {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int>(a).iter().filter([](int x) { return x > 3; }).for_each([](int& x) { x = 0; });
  CHECK(a[2] == 3);
  CHECK(a[3] == 0);
  CHECK(a[4] == 0);
}

TEST_CASE("count of a slice iterator consumes it") {
  int a[3] = {1, 2, 3};
  auto it = Span<int>(a).iter();
  CHECK(it.count() == 3);
  CHECK(it.next().is_none());
  CHECK(it.count() == 0);
}

TEST_CASE("fold after next() continues from where next() stopped") {
  int a[4] = {1, 2, 3, 4};
  auto it = Span<int>(a).iter();
  CHECK(it.next().is_some());
  CHECK(it.fold(0, [](int acc, int x) { return acc + x; }) == 9);
  CHECK(it.next().is_none());
}

// ---- Constant evaluation ------------------------------------------------------------------------

namespace {

constexpr int sum_of_even_squares() {
  int a[6] = {1, 2, 3, 4, 5, 6};
  int sum = 0;
  for (int x : Span<int>(a).iter().filter([](int v) { return v % 2 == 0; }).map([](int v) {
         return v * v;
       })) {
    sum += x;
  }
  return sum;
}
static_assert(sum_of_even_squares() == 4 + 16 + 36);

constexpr int fold_of_even_squares() {
  int a[6] = {1, 2, 3, 4, 5, 6};
  return Span<int>(a)
      .iter()
      .filter([](int v) { return v % 2 == 0; })
      .map([](int v) { return v * v; })
      .fold(0, [](int acc, int x) { return acc + x; });
}
static_assert(fold_of_even_squares() == 4 + 16 + 36);

constexpr bool slices_at_compile_time() {
  int a[7] = {1, 2, 3, 4, 5, 6, 7};
  Span<int> s = a;
  usize chunk_count = s.chunks(3).count();
  auto exact = s.chunks_exact(3);
  usize exact_count = 0;
  for (Span<int> chunk : exact) exact_count += chunk.size() == 3 ? 1u : 100u;
  usize windows = s.windows(7).count() + s.windows(0).count() + s.chunks(0).count();
  usize fields = s.split([](int x) { return x % 3 == 0; }).count();
  return chunk_count == 3 && exact_count == 2 && exact.remainder().size() == 1 && windows == 1 &&
         fields == 3;
}
static_assert(slices_at_compile_time());

constexpr bool consumes_at_compile_time() {
  int a[5] = {4, 8, 1, 9, 2};
  Span<const int> s = a;
  auto enumerated = s.enumerate();
  usize index_of_nine = 0;
  while (auto item = enumerated.next()) {
    if (item.as_ptr()->value == 9) index_of_nine = item.as_ptr()->index;
  }
  auto zipped = s.zip(s.rev());
  int dot = zipped.fold(0, [](int acc, auto pair) { return acc + pair.first * pair.second; });
  return s.iter().max().unwrap() == 9 && s.iter().min().unwrap() == 1 &&
         s.iter().fold(0, [](int acc, int x) { return acc + x; }) == 24 &&
         s.iter().step_by(2).count() == 3 && s.iter().any([](int x) { return x == 1; }) &&
         index_of_nine == 3 && dot == 4 * 2 + 8 * 9 + 1 * 1 + 9 * 8 + 2 * 4 &&
         s.iter().skip(1).take(2).last().unwrap() == 1 && s.iter().step_by(0).count() == 0;
}
static_assert(consumes_at_compile_time());

}  // namespace
