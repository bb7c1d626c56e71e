// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Differential fuzzing of ferrite/span.hpp against the standard library and plain index
// arithmetic.
//
// Each input is a script over an `int` buffer and a byte buffer (both decoded from the input,
// so their sizes and contents vary, zero included): sorting (sort_unstable, _by, _by_key, and
// _by with a comparator that is not a strict weak order, which must stay in bounds and keep the
// elements), binary_search, narrowing (subspan, slice, split_at_checked, split_first/last,
// take_front/back), splitting iterators (split, chunks, chunks_exact, windows), in-place edits
// (rotate, swap, reverse, copy_from) and byte parsing (read/write le/be). The buffers live in
// exactly-sized heap blocks, so AddressSanitizer reports any access one past the end.
#include "fuzz_support.hpp"

#include <ferrite/span.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace {

using ferrite::Span;
using ferrite::usize;
using ferrite_fuzz::ByteReader;

// An exactly-sized heap copy of `model`: the span under test views this block and nothing
// else, so AddressSanitizer reports a read or write even one element past the end (and any
// access at all into an empty one).
template <class T>
struct Exact {
  std::unique_ptr<T[]> cells;
  usize size;
  explicit Exact(const std::vector<T>& model) : cells(new T[model.size()]), size(model.size()) {
    std::copy(model.begin(), model.end(), cells.get());
  }
  Span<T> span() { return Span<T>::from_raw_parts_unchecked(cells.get(), size); }
  bool equals(const std::vector<T>& model) const {
    return std::equal(model.begin(), model.end(), cells.get());
  }
};

bool same_view(Span<int> got, const int* base, usize offset, usize count) {
  return got.size() == count && (count == 0 || got.data() == base + offset);
}

void check_sorting(ByteReader& in, std::vector<int> model) {
  Exact<int> buffer(model);
  Span<int> span = buffer.span();
  switch (in.below(4)) {
    case 0:
      span.sort_unstable();
      std::sort(model.begin(), model.end());
      FUZZ_CHECK(buffer.equals(model));
      break;
    case 1:
      span.sort_unstable_by([](const int& a, const int& b) { return a > b; });
      std::sort(model.begin(), model.end(), [](int a, int b) { return a > b; });
      FUZZ_CHECK(buffer.equals(model));
      break;
    case 2: {
      // By key: only the keys' order is determined, so compare the key sequence and the multiset.
      auto key = [](const int& v) { return v % 5; };
      span.sort_unstable_by_key(key);
      FUZZ_CHECK(std::is_sorted(span.begin(), span.end(), [&](int a, int b) { return key(a) < key(b); }));
      std::vector<int> got(span.begin(), span.end());
      std::sort(got.begin(), got.end());
      std::sort(model.begin(), model.end());
      FUZZ_CHECK(got == model);
      break;
    }
    default: {
      // Not a strict weak order: answers drawn from the input. The result is unspecified, but it
      // must be a permutation, and every comparison must see values of the span (the sort may
      // compare against a copy, such as a pivot held in a local, so addresses are not checked;
      // AddressSanitizer covers reads outside the buffer).
      const std::uint64_t seed = in.read<std::uint64_t>();
      std::uint64_t state = seed | 1u;
      bool present[40] = {};  // values are in (-20, 20)
      for (int v : model) present[v + 20] = true;
      span.sort_unstable_by([&](const int& a, const int& b) {
        FUZZ_CHECK(a > -20 && a < 20 && present[a + 20] && b > -20 && b < 20 && present[b + 20]);
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return (state & 1u) != 0;
      });
      std::vector<int> got(span.begin(), span.end());
      std::sort(got.begin(), got.end());
      std::sort(model.begin(), model.end());
      FUZZ_CHECK(got == model);
      break;
    }
  }
  // binary_search on the sorted data (when it is sorted ascending).
  if (std::is_sorted(span.begin(), span.end())) {
    const int x = in.read<std::int8_t>() % 20;
    const ferrite::Result<usize, usize> found = span.binary_search(x);
    const usize lower = static_cast<usize>(std::lower_bound(span.begin(), span.end(), x) - span.begin());
    const usize upper = static_cast<usize>(std::upper_bound(span.begin(), span.end(), x) - span.begin());
    if (lower != upper) {
      FUZZ_CHECK(found.is_ok());
      const ferrite::Option<usize> index = found.ok();
      const usize at = *index.as_ptr();
      FUZZ_CHECK(at >= lower && at < upper);
    } else {
      FUZZ_CHECK(found.is_err());
      FUZZ_CHECK(found == ferrite::Err(lower));
    }
  }
}

void check_narrowing(ByteReader& in, const std::vector<int>& model) {
  Exact<int> buffer(model);
  Span<int> span = buffer.span();
  const int* base = buffer.cells.get();
  const usize n = model.size();
  const usize a = in.below(40);
  const usize b = in.below(40);

  const auto sub = span.subspan(a, b);
  FUZZ_CHECK(sub.is_some() == (a <= n && b <= n - a));
  if (sub.is_some()) FUZZ_CHECK(same_view(*sub.as_ptr(), base, a, b));
  const auto sliced = span.slice(a, b);
  FUZZ_CHECK(sliced.is_some() == (a <= b && b <= n));
  if (sliced.is_some()) FUZZ_CHECK(same_view(*sliced.as_ptr(), base, a, b - a));

  const auto halves = span.split_at_checked(a);
  FUZZ_CHECK(halves.is_some() == (a <= n));
  if (halves.is_some()) {
    FUZZ_CHECK(same_view(halves.as_ptr()->left, base, 0, a));
    FUZZ_CHECK(same_view(halves.as_ptr()->right, base, a, n - a));
  }
  const auto first = span.split_first();
  FUZZ_CHECK(first.is_some() == (n > 0));
  if (n > 0) {
    FUZZ_CHECK(&first.as_ptr()->first == base);
    FUZZ_CHECK(same_view(first.as_ptr()->rest, base, 1, n - 1));
  }
  const auto last = span.split_last();
  FUZZ_CHECK(last.is_some() == (n > 0));
  if (n > 0) {
    FUZZ_CHECK(&last.as_ptr()->last == base + n - 1);
    FUZZ_CHECK(same_view(last.as_ptr()->rest, base, 0, n - 1));
  }
  FUZZ_CHECK(span.get(a).is_some() == (a < n));
  if (a < n) FUZZ_CHECK(span.get(a).as_ptr() == base + a);
  FUZZ_CHECK(span.first().as_ptr() == (n > 0 ? base : nullptr));
  FUZZ_CHECK(span.last().as_ptr() == (n > 0 ? base + n - 1 : nullptr));

  // Parsing cursors: a sequence of take_front/take_back against two indices.
  Span<int> cursor = span;
  usize front = 0;
  usize back = n;
  while (in.more() && in.below(4) != 0) {
    const usize k = in.below(8);
    if (in.below(2) == 0) {
      const auto taken = cursor.take_front(k);
      FUZZ_CHECK(taken.is_some() == (k <= back - front));
      if (taken.is_some()) {
        FUZZ_CHECK(same_view(*taken.as_ptr(), base, front, k));
        front += k;
      }
    } else {
      const auto taken = cursor.take_back(k);
      FUZZ_CHECK(taken.is_some() == (k <= back - front));
      if (taken.is_some()) {
        back -= k;
        FUZZ_CHECK(same_view(*taken.as_ptr(), base, back, k));
      }
    }
    FUZZ_CHECK(same_view(cursor, base, front, back - front));
  }

  // Queries against the standard algorithms.
  const int x = in.read<std::int8_t>() % 20;
  FUZZ_CHECK(span.contains(x) == (std::find(model.begin(), model.end(), x) != model.end()));
  const auto pos = span.position([x](const int& v) { return v == x; });
  const auto it = std::find(model.begin(), model.end(), x);
  FUZZ_CHECK(pos.is_some() == (it != model.end()));
  if (pos.is_some()) FUZZ_CHECK(*pos.as_ptr() == static_cast<usize>(it - model.begin()));
  if (halves.is_some()) {
    const Span<const int> prefix = halves.as_ptr()->left;
    const Span<const int> suffix = halves.as_ptr()->right;
    FUZZ_CHECK(span.starts_with(prefix) && span.ends_with(suffix));
    std::vector<int> other(model.begin(), model.begin() + static_cast<std::ptrdiff_t>(a));
    if (!other.empty()) {
      other.back() ^= 1;
      Exact<int> changed(other);
      FUZZ_CHECK(!span.starts_with(Span<const int>(changed.span())));
    }
  }
}

// Rust's split: the pieces between separators, separators excluded; n separators make n + 1
// pieces, empty ones included.
std::vector<std::pair<usize, usize>> split_reference(const std::vector<int>& model, int separator) {
  std::vector<std::pair<usize, usize>> pieces;
  usize start = 0;
  for (usize i = 0; i < model.size(); ++i) {
    if (model[i] == separator) {
      pieces.emplace_back(start, i - start);
      start = i + 1;
    }
  }
  pieces.emplace_back(start, model.size() - start);
  return pieces;
}

void check_iterators(ByteReader& in, const std::vector<int>& model) {
  Exact<int> buffer(model);
  Span<int> span = buffer.span();
  const int* base = buffer.cells.get();
  const usize n = model.size();
  const usize k = in.below(10);

  const int separator = in.read<std::int8_t>() % 20;
  const auto expected = split_reference(model, separator);
  usize index = 0;
  for (Span<int> piece : span.split([separator](const int& v) { return v == separator; })) {
    FUZZ_CHECK(index < expected.size());
    FUZZ_CHECK(same_view(piece, base, expected[index].first, expected[index].second));
    ++index;
  }
  FUZZ_CHECK(index == expected.size());

  usize offset = 0;
  for (Span<int> chunk : span.chunks(k)) {
    FUZZ_CHECK(k != 0 && offset < n);
    FUZZ_CHECK(same_view(chunk, base, offset, std::min(k, n - offset)));
    offset += chunk.size();
  }
  FUZZ_CHECK(offset == (k == 0 ? 0 : n));

  auto exact = span.chunks_exact(k);
  offset = 0;
  while (auto chunk = exact.next()) {
    FUZZ_CHECK(same_view(*chunk.as_ptr(), base, offset, k));
    offset += k;
  }
  const usize whole = k == 0 ? 0 : n - n % k;
  FUZZ_CHECK(offset == whole);
  FUZZ_CHECK(same_view(exact.remainder(), base, whole, n - whole));

  usize windows = 0;
  for (Span<int> window : span.windows(k)) {
    FUZZ_CHECK(same_view(window, base, windows, k));
    ++windows;
  }
  FUZZ_CHECK(windows == (k == 0 || k > n ? 0 : n - k + 1));
}

void check_editing(ByteReader& in, std::vector<int> model) {
  Exact<int> buffer(model);
  Span<int> span = buffer.span();
  const usize n = model.size();
  const usize a = in.below(40);
  const usize b = in.below(40);
  switch (in.below(6)) {
    case 0: {
      const auto r = span.rotate_left_checked(a);
      FUZZ_CHECK(r.is_ok() == (a <= n));
      if (a <= n) std::rotate(model.begin(), model.begin() + static_cast<std::ptrdiff_t>(a), model.end());
      break;
    }
    case 1: {
      const auto r = span.rotate_right_checked(a);
      FUZZ_CHECK(r.is_ok() == (a <= n));
      if (a <= n) std::rotate(model.begin(), model.end() - static_cast<std::ptrdiff_t>(a), model.end());
      break;
    }
    case 2: {
      const auto r = span.swap_checked(a, b);
      FUZZ_CHECK(r.is_ok() == (a < n && b < n));
      if (r.is_err()) FUZZ_CHECK(r == ferrite::Err(ferrite::Errno::Range));
      if (a < n && b < n) std::swap(model[a], model[b]);
      break;
    }
    case 3:
      span.reverse();
      std::reverse(model.begin(), model.end());
      break;
    case 4: {
      // Overlapping copy within the buffer: memmove semantics.
      const auto dst = span.subspan(a, b);
      const auto src = span.subspan(in.below(40), b);
      if (dst.is_some() && src.is_some()) {
        const usize from = static_cast<usize>(src.as_ptr()->data() - span.data());
        FUZZ_CHECK(dst.as_ptr()->copy_from(*src.as_ptr()).is_ok());
        std::vector<int> moved(model.begin() + static_cast<std::ptrdiff_t>(from),
                               model.begin() + static_cast<std::ptrdiff_t>(from + b));
        std::copy(moved.begin(), moved.end(), model.begin() + static_cast<std::ptrdiff_t>(a));
      }
      if (dst.is_some() && b > 0) {
        // A length mismatch is Inval and writes nothing.
        const auto shorter = span.subspan(0, b - 1);
        FUZZ_CHECK(dst.as_ptr()->copy_from(*shorter.as_ptr()) == ferrite::Err(ferrite::Errno::Inval));
      }
      break;
    }
    default:
      span.fill(static_cast<int>(a));
      std::fill(model.begin(), model.end(), static_cast<int>(a));
      break;
  }
  FUZZ_CHECK(buffer.equals(model));
}

template <class U>
void check_bytes_as(ByteReader& in, std::vector<std::uint8_t>& model, Exact<std::uint8_t>& buffer) {
  Span<std::uint8_t> span = buffer.span();
  const usize n = model.size();
  const usize offset = in.below(40);
  const bool fits = offset <= n && n - offset >= sizeof(U);
  // Reference: assemble the value from bytes, least significant first for little-endian.
  auto assemble = [&](bool little) {
    std::uint64_t bits = 0;
    for (usize i = 0; i < sizeof(U); ++i) {
      const usize at = little ? offset + sizeof(U) - 1 - i : offset + i;
      bits = (bits << 8) | model[at];
    }
    return static_cast<U>(bits);
  };
  const auto le = span.template read_le<U>(offset);
  const auto be = span.template read_be<U>(offset);
  FUZZ_CHECK(le.is_some() == fits && be.is_some() == fits);
  if (fits) {
    FUZZ_CHECK(*le.as_ptr() == assemble(true));
    FUZZ_CHECK(*be.as_ptr() == assemble(false));
  }
  const U value = in.read<U>();
  const bool little = in.below(2) == 0;
  const auto written = little ? span.write_le(offset, value) : span.write_be(offset, value);
  FUZZ_CHECK(written.is_ok() == fits);
  if (fits) {
    for (usize i = 0; i < sizeof(U); ++i) {
      const usize shift = 8 * (little ? i : sizeof(U) - 1 - i);
      model[offset + i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(value) >> shift);
    }
  } else {
    FUZZ_CHECK(written == ferrite::Err(ferrite::Errno::Range));
  }
  FUZZ_CHECK(buffer.equals(model));
}

void check_bytes(ByteReader& in) {
  std::vector<std::uint8_t> model(in.below(24));
  for (auto& byte : model) byte = in.read<std::uint8_t>();
  Exact<std::uint8_t> buffer(model);
  while (in.more() && in.below(3) != 0) {
    switch (in.below(4)) {
      case 0: check_bytes_as<std::uint8_t>(in, model, buffer); break;
      case 1: check_bytes_as<std::uint16_t>(in, model, buffer); break;
      case 2: check_bytes_as<std::uint32_t>(in, model, buffer); break;
      default: check_bytes_as<std::uint64_t>(in, model, buffer); break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ByteReader in(data, size);
  while (in.more()) {
    // A fresh int buffer per record: up to 40 small values, so duplicates and separators occur.
    const usize length = in.below(41);
    std::vector<int> model(length);
    for (int& v : model) v = in.read<std::int8_t>() % 20;
    switch (in.below(5)) {
      case 0: check_sorting(in, model); break;
      case 1: check_narrowing(in, model); break;
      case 2: check_iterators(in, model); break;
      case 3: check_editing(in, model); break;
      default: check_bytes(in); break;
    }
  }
  return 0;
}
