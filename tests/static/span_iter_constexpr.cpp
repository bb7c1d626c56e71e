// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Span and the iterators in constant evaluation: a read one past the end of an array, a
// pointer compared or subtracted across arrays, or a sort that swaps outside its range is a
// compile error here. Sorting runs on every permutation of a few short arrays and on adversarial
// patterns long enough to reach the heapsort fallback, each checked against a sorted copy.
// Compiled -fsyntax-only, freestanding, by scripts/stage-tidy.sh.
#include <ferrite/iter.hpp>
#include <ferrite/span.hpp>

namespace {

using ferrite::Errno;
using ferrite::Span;
using ferrite::usize;

template <usize N>
constexpr bool equal(const int (&a)[N], const int (&b)[N]) {
  for (usize i = 0; i < N; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

template <usize N>
constexpr bool ascending(const int (&a)[N]) {
  for (usize i = 1; i < N; ++i) {
    if (a[i] < a[i - 1]) return false;
  }
  return true;
}

// ---- Querying, access, narrowing -------------------------------------------------------------------

static_assert([] {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int> s = a;
  return s.size() == 5 && !s.is_empty() && s.contains(4) && !s.contains(9) && s.get(4) == 5 &&
         s.get(5).is_none() && s.first() == 1 && s.last() == 5 && s.position([](int v) { return v > 2; }) == 2u;
}());
static_assert([] {
  Span<int> empty;
  return empty.is_empty() && empty.first().is_none() && empty.last().is_none() && empty.get(0).is_none() &&
         empty.split_first().is_none() && empty.split_last().is_none() && empty.iter().count() == 0;
}());
static_assert([] {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int> s = a;
  const auto mid = s.subspan(1, 3);
  const auto whole = s.slice(0, 5);
  return mid.is_some() && mid.unwrap().size() == 3 && mid.unwrap().data() == a + 1 && whole.is_some() &&
         s.subspan(5, 0).is_some() && s.subspan(5, 1).is_none() && s.subspan(6, 0).is_none() &&
         s.slice(3, 2).is_none() && s.slice(0, 6).is_none();
}());
static_assert([] {
  int a[4] = {1, 2, 3, 4};
  Span<int> s = a;
  const auto halves = s.split_at_checked(1).unwrap();
  const auto all_left = s.split_at_checked(4).unwrap();
  const auto first = s.split_first().unwrap();
  const auto last = s.split_last().unwrap();
  return halves.left.size() == 1 && halves.right.size() == 3 && halves.right.data() == a + 1 &&
         all_left.right.is_empty() && s.split_at_checked(5).is_none() && &first.first == a &&
         first.rest.size() == 3 && &last.last == a + 3 && last.rest.size() == 3;
}());
static_assert([] {
  const int a[6] = {1, 2, 3, 4, 5, 6};
  Span<const int> cursor = a;
  const auto header = cursor.take_front(2);
  const auto trailer = cursor.take_back(1);
  const auto too_much = cursor.take_front(4);  // 3 left: refused, cursor unchanged
  return header.unwrap().data() == a && trailer.unwrap().data() == a + 5 && too_much.is_none() &&
         cursor.size() == 3 && cursor.data() == a + 2;
}());
static_assert([] {
  const int a[5] = {1, 2, 3, 4, 5};
  const int prefix[2] = {1, 2};
  const int suffix[2] = {4, 5};
  const int wrong[2] = {2, 2};
  Span<const int> s = a;
  return s.starts_with(prefix) && s.ends_with(suffix) && !s.starts_with(wrong) && !s.ends_with(wrong) &&
         s.starts_with(Span<const int>()) && !Span<const int>(prefix).starts_with(a);
}());

// ---- binary_search: Ok(a matching index) or Err(the insertion point) --------------------------------------

static_assert([] {
  const int a[6] = {1, 3, 3, 5, 7, 9};
  Span<const int> s = a;
  const bool found = s.binary_search(5) == ferrite::Ok(usize{3}) && s.binary_search(3).is_ok();
  const bool missing = s.binary_search(0) == ferrite::Err(usize{0}) && s.binary_search(4) == ferrite::Err(usize{3}) &&
                       s.binary_search(10) == ferrite::Err(usize{6});
  return found && missing && Span<const int>().binary_search(1) == ferrite::Err(usize{0});
}());

// ---- In place -----------------------------------------------------------------------------------------------

static_assert([] {
  int a[5] = {1, 2, 3, 4, 5};
  Span<int> s = a;
  const bool rotated = s.rotate_left_checked(2).is_ok();
  const int after_left[5] = {3, 4, 5, 1, 2};
  const bool left_ok = equal(a, after_left);
  const bool right = s.rotate_right_checked(2).is_ok();
  const int original[5] = {1, 2, 3, 4, 5};
  const bool back = equal(a, original);
  const bool refused = s.rotate_left_checked(6) == ferrite::Err(Errno::Range) && equal(a, original);
  return rotated && left_ok && right && back && refused && s.rotate_left_checked(5).is_ok() && equal(a, original);
}());
static_assert([] {
  int a[4] = {1, 2, 3, 4};
  Span<int> s = a;
  s.reverse();
  const int reversed[4] = {4, 3, 2, 1};
  const bool ok = equal(a, reversed);
  const bool swapped = s.swap_checked(0, 3).is_ok() && a[0] == 1 && a[3] == 4;
  const bool refused = s.swap_checked(0, 4) == ferrite::Err(Errno::Range);
  s.fill(7);
  return ok && swapped && refused && a[0] == 7 && a[3] == 7;
}());
static_assert([] {
  int a[6] = {1, 2, 3, 4, 5, 6};
  Span<int> s = a;
  // Overlapping copy to the right: memmove semantics, not an element-by-element smear.
  const bool copied = s.subspan(1, 4).unwrap().copy_from(s.subspan(0, 4).unwrap()).is_ok();
  const int expected[6] = {1, 1, 2, 3, 4, 6};
  const bool mismatch = s.subspan(0, 2).unwrap().copy_from(s.subspan(0, 3).unwrap()) == ferrite::Err(Errno::Inval);
  return copied && equal(a, expected) && mismatch && equal(a, expected);
}());

// ---- sort_unstable: every permutation of short arrays, and long adversarial patterns ---------------------

// Visits every permutation of {0..N-1} (Heap's algorithm), sorts a copy of each and checks it.
template <usize N>
constexpr bool sorts_every_permutation() {
  int perm[N] = {};
  for (usize i = 0; i < N; ++i) perm[i] = static_cast<int>(i);
  usize counters[N] = {};
  auto sorted_copy = [&] {
    int copy[N] = {};
    for (usize i = 0; i < N; ++i) copy[i] = perm[i];
    Span<int>(copy).sort_unstable();
    for (usize i = 0; i < N; ++i) {
      if (copy[i] != static_cast<int>(i)) return false;
    }
    return true;
  };
  if (!sorted_copy()) return false;
  usize i = 0;
  while (i < N) {
    if (counters[i] < i) {
      const usize j = i % 2 == 0 ? 0 : counters[i];
      const int t = perm[j];
      perm[j] = perm[i];
      perm[i] = t;
      if (!sorted_copy()) return false;
      ++counters[i];
      i = 0;
    } else {
      counters[i] = 0;
      ++i;
    }
  }
  return true;
}
static_assert(sorts_every_permutation<1>() && sorts_every_permutation<2>() && sorts_every_permutation<3>());
static_assert(sorts_every_permutation<4>() && sorts_every_permutation<5>() && sorts_every_permutation<6>());

// Patterns that break naive quicksorts: sorted, reversed, all equal, organ pipe, sawtooth, and a
// pseudo-random sequence, at a length past the insertion-sort cutoff.
template <int Pattern>
constexpr bool sorts_pattern() {
  constexpr usize n = 200;
  int a[n] = {};
  unsigned state = 12345u;
  for (usize i = 0; i < n; ++i) {
    const int k = static_cast<int>(i);
    switch (Pattern) {
      case 0: a[i] = k; break;
      case 1: a[i] = 200 - k; break;
      case 2: a[i] = 7; break;
      case 3: a[i] = k < 100 ? k : 200 - k; break;
      case 4: a[i] = k % 13; break;
      default:
        state = state * 1103515245u + 12345u;
        a[i] = static_cast<int>((state >> 16) % 50u);
        break;
    }
  }
  long sum_before = 0;
  for (int v : a) sum_before += v;
  Span<int>(a).sort_unstable();
  long sum_after = 0;
  for (int v : a) sum_after += v;
  return ascending(a) && sum_before == sum_after;
}
static_assert(sorts_pattern<0>() && sorts_pattern<1>() && sorts_pattern<2>());
static_assert(sorts_pattern<3>() && sorts_pattern<4>() && sorts_pattern<5>());

static_assert([] {
  int a[7] = {5, -3, 8, 0, -3, 2, 9};
  Span<int>(a).sort_unstable_by([](const int& x, const int& y) { return x > y; });
  const int expected[7] = {9, 8, 5, 2, 0, -3, -3};
  int b[5] = {-7, 4, -1, 3, 0};
  Span<int>(b).sort_unstable_by_key([](const int& v) { return v < 0 ? -v : v; });
  const int by_magnitude[5] = {0, -1, 3, 4, -7};
  return equal(a, expected) && equal(b, by_magnitude);
}());

// A comparator that is not a strict weak order: the order is unspecified but nothing is read or
// written outside the array (that would not be a constant expression).
static_assert([] {
  int a[64] = {};
  for (int i = 0; i < 64; ++i) a[i] = (i * 37) % 64;
  unsigned state = 1u;
  Span<int>(a).sort_unstable_by([&state](const int&, const int&) {
    state = state * 1103515245u + 12345u;
    return ((state >> 16) & 1u) != 0;
  });
  long sum = 0;
  for (int v : a) sum += v;
  return sum == 63 * 64 / 2;
}());

// ---- Splitting iterators ----------------------------------------------------------------------------------

static_assert([] {
  const int a[7] = {1, 0, 2, 3, 0, 0, 4};
  usize sizes[8] = {};
  usize pieces = 0;
  for (Span<const int> piece : Span<const int>(a).split([](const int& v) { return v == 0; })) sizes[pieces++] = piece.size();
  // Rust: [1], [2, 3], [], [4]
  return pieces == 4 && sizes[0] == 1 && sizes[1] == 2 && sizes[2] == 0 && sizes[3] == 1;
}());
static_assert([] {
  const int a[3] = {0, 1, 0};
  usize pieces = 0;
  usize total = 0;
  for (Span<const int> piece : Span<const int>(a).split([](const int& v) { return v == 0; })) {
    ++pieces;
    total += piece.size();
  }
  usize empty_pieces = 0;
  for (Span<const int> piece : Span<const int>().split([](const int&) { return true; })) empty_pieces += 1 + piece.size();
  return pieces == 3 && total == 1 && empty_pieces == 1;  // [], [1], []; and one empty piece
}());
static_assert([] {
  const int a[7] = {1, 2, 3, 4, 5, 6, 7};
  Span<const int> s = a;
  usize chunks = 0;
  usize last_size = 0;
  for (Span<const int> c : s.chunks(3)) {
    ++chunks;
    last_size = c.size();
  }
  auto exact = s.chunks_exact(3);
  const usize exact_count = exact.count();
  usize windows = 0;
  for (Span<const int> w : s.windows(3)) windows += w.size() == 3 ? 1u : 100u;
  return chunks == 3 && last_size == 1 && exact_count == 2 && s.chunks_exact(3).remainder().size() == 1 &&
         windows == 5 && s.chunks(0).count() == 0 && s.windows(0).count() == 0 && s.windows(8).count() == 0 &&
         s.chunks_exact(0).remainder().size() == 7;
}());
static_assert([] {
  const int a[5] = {1, 2, 3, 4, 5};
  auto back = Span<const int>(a).chunks(2);
  const auto last = back.next_back();  // the short chunk comes off the back first
  return last.is_some() && last.unwrap().size() == 1 && last.unwrap()[0] == 5;
}());

// ---- Adapters and consumers ----------------------------------------------------------------------------------

static_assert([] {
  const int a[6] = {1, 2, 3, 4, 5, 6};
  Span<const int> s = a;
  const int sum_of_even_squares =
      s.iter().filter([](const int& v) { return v % 2 == 0; }).map([](const int& v) { return v * v; }).fold(0, [](int acc, int v) { return acc + v; });
  return sum_of_even_squares == 4 + 16 + 36 && s.iter().skip(2).take(3).count() == 3 &&
         s.iter().step_by(2).count() == 3 && s.iter().step_by(0).count() == 0 &&
         s.iter().any([](const int& v) { return v == 6; }) && !s.iter().all([](const int& v) { return v < 6; }) &&
         s.iter().position([](const int& v) { return v == 4; }) == usize{3} &&
         s.iter().rev().next().unwrap() == 6 && s.iter().len() == 6;
}());
static_assert([] {
  const int a[5] = {3, 1, 4, 1, 5};
  Span<const int> s = a;
  const auto smallest = s.iter().min();
  const auto largest = s.iter().max();
  const auto found = s.iter().find([](const int& v) { return v > 3; });
  return smallest.as_ptr() == a + 1 && largest.as_ptr() == a + 4 && found.as_ptr() == a + 2 &&
         s.iter().last().as_ptr() == a + 4;
}());
static_assert([] {
  const int a[3] = {10, 20, 30};
  const int b[2] = {1, 2};
  int sum = 0;
  auto pairs = Span<const int>(a).iter().zip(Span<const int>(b).iter());
  while (auto pair = pairs.next()) sum += pair.unwrap().first * pair.unwrap().second;
  usize index_sum = 0;
  auto numbered = Span<const int>(a).iter().enumerate();
  while (auto item = numbered.next()) index_sum += item.unwrap().index;
  return sum == 10 + 40 && index_sum == 3;
}());

}  // namespace
