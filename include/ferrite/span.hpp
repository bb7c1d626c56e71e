// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/span.hpp: `Span<T>`, a bounds-safe view of contiguous elements (Rust's `&mut [T]`;
// `Span<const T>` is `&[T]`).
//
// A Span is a pointer and a length that can only be split, narrowed and indexed in ways that
// stay in bounds: every access that could fall outside returns an Option (or a Result), and
// costs exactly the comparison a careful C programmer writes by hand. Spans borrow: they never
// own, allocate or free, and must not outlive what they view.
//
// Guarantees: `sizeof(Span<T>) == 2 * sizeof(void*)`; trivially copyable; every operation but
// the byte views is usable in constant expressions. An empty span may have a null `data()`.
//
// | Group     | Members                                                 | Returns              |
// |-----------|---------------------------------------------------------|----------------------|
// | making    | Span(array), Span(container&), Span<T> -> Span<const T> |                      |
// |           | from_raw_parts_unchecked(ptr, len) (unsafe)             | Span                 |
// | querying  | size, is_empty, data, begin, end                        |                      |
// |           | contains(x), starts_with(s), ends_with(s)               | bool                 |
// |           | position(pred)                                          | Option<usize>        |
// |           | binary_search(x), binary_search_by_key(k, key_of)       | Result<usize, usize> |
// |           | partition_point(pred)                                   | usize                |
// | access    | get(i), first(), last()                                 | Option<T&>           |
// |           | get_unchecked(i) (debug-checked)                        | T&                   |
// |           | operator[](i) (panics)                                  | T&                   |
// | narrowing | subspan(offset, count), slice(begin, end)               | Option<Span>         |
// |           | take_front(n), take_back(n) (parsing cursors)           | Option<Span>         |
// |           | split_at_checked(n)                                     | Option<SplitAt>      |
// |           | split_first(), split_last()                             | Option<SplitFirst>   |
// |           | split_at(n) (panics)                                    | SplitAt              |
// | in place  | copy_from(src)                                          | Result<void, Errno>  |
// |           | fill(x), reverse()                                      | void                 |
// |           | swap(i, j), rotate_left(k), rotate_right(k) (panic)     | void                 |
// |           | swap_checked, rotate_left_checked, rotate_right_checked | Result<void, Errno>  |
// |           | sort_unstable(), sort_unstable_by(less), _by_key(key)   | void                 |
// | bytes     | as_bytes(), as_writable_bytes()                         | Span<(const) uchar>  |
// |           | read_le<U>(offset), read_be<U>(offset)                  | Option<U>            |
// |           | write_le(offset, v), write_be(offset, v)                | Result<void, Errno>  |
// | iterating | iter(), rev(), enumerate(), zip(other)                  | see iter.hpp         |
// |           | chunks(n), chunks_exact(n), windows(n), split(pred)     | see iter.hpp         |
//
// Errors: a length mismatch in `copy_from` is `Errno::Inval`; an index, offset or count that
// reaches past the end (`write_le`, `*_checked`) is `Errno::Range`. A failed operation leaves
// the span's elements untouched.
//
// `sort_unstable` is an introsort: quicksort with the median of the quartiles as pivot,
// insertion sort for short runs, and (bottom-up) heapsort once the partitioning gets deeper than
// 2 log2(n), so it makes O(n log n) comparisons in the worst case (under 3 n log2 n against
// McIlroy's quicksort adversary, measured up to n = 10^5), allocates nothing and recurses at most
// log2(n) deep.
// A comparison that is not a strict weak order gives an unspecified order, never an access out
// of bounds.
#ifndef FERRITE_SPAN_HPP
#define FERRITE_SPAN_HPP

#include "config.hpp"
#include "errno.hpp"
#include "int_aliases.hpp"
#include "integer.hpp"
#include "iter.hpp"
#include "option.hpp"
#include "result.hpp"
#include "utility.hpp"

namespace ferrite {

namespace detail {
template <class T>
struct IndexAt;
template <class C, class T>
concept ContiguousContainerOf = requires(C& container) {
  { container.size() } -> convertible_to<usize>;
  { container.data() } -> convertible_to<T*>;
} && convertible_to<remove_reference_t<decltype(*declval<C&>().data())> (*)[], T (*)[]>;
template <class T>
inline constexpr bool is_span_v = false;
template <class T>
inline constexpr bool is_span_v<Span<T>> = true;
// Byte-sized enums with an unsigned char underlying type count as bytes: that is std::byte,
// named here without <cstddef>. Every value of such an enum is valid.
template <class T, bool = __is_enum(T)>
inline constexpr bool is_byte_enum_v = false;
template <class T>
inline constexpr bool is_byte_enum_v<T, true> = is_same_v<__underlying_type(T), unsigned char>;
template <class T>
inline constexpr bool is_byte_v = is_same_v<remove_cv_t<T>, unsigned char> ||
                                  is_same_v<remove_cv_t<T>, signed char> ||
                                  is_same_v<remove_cv_t<T>, char> ||
                                  is_same_v<remove_cv_t<T>, char8_t> ||
                                  is_byte_enum_v<remove_cv_t<T>>;
// Integers (ferrite's `Integer`: no bool, no character types) and float/double: every byte
// pattern is a valid value and there is no padding. bool (only 0 and 1 are valid), enums (maybe a
// narrower range) and long double (padding on x86) are deliberately absent.
template <class T>
inline constexpr bool is_plain_number_v =
    Integer<T> || is_same_v<remove_cv_t<T>, float> || is_same_v<remove_cv_t<T>, double>;
enum class ByteOrder { little, big };

// Defined at the end of this file; declared here because Span's members call them.
template <class U, ByteOrder Order, class Byte>
constexpr U load(const Byte* bytes) noexcept;
template <class U, ByteOrder Order, class Byte>
constexpr void store(Byte* bytes, U value) noexcept;
template <class T, class U>
constexpr bool equal_elements(const T* a, const U* b, usize n);
template <class D, class S>
constexpr void move_elements(D* dest, const S* source, usize n);
template <class T>
constexpr void reverse_elements(T* first, usize n);
constexpr unsigned depth_limit(usize n) noexcept;
template <class T, class Less>
constexpr void introsort(T* a, usize n, Less& less, unsigned depth);
}  // namespace detail

/// The two halves of `split_at`: `left` has the first `n` elements, `right` the rest.
///
///     auto [header, payload] = packet.split_at_checked(8).unwrap();
template <class T>
struct SplitAt {
  Span<T> left;
  Span<T> right;
};

/// The first element and the rest, from `split_first`.
///
///     for (auto& [first, rest] : args.split_first()) run(first, rest);  // Option: 0 or 1 pass
template <class T>
struct SplitFirst {
  T& first;
  Span<T> rest;
};

/// The last element and the rest, from `split_last`.
///
///     for (auto& [crc, body] : frame.split_last()) check_crc(body, crc);
template <class T>
struct SplitLast {
  T& last;
  Span<T> rest;
};

/// A view of `size()` contiguous `T`s starting at `data()`.
///
/// Invariant: `[data(), data() + size())` is a valid range of live `T` objects for as long as
/// the span is used; every safe member preserves it.
template <class T>
class Span {
 public:
  using Element = T;

  // ---- Making spans --------------------------------------------------------------------------

  /// The empty span.
  constexpr Span() noexcept = default;

  /// A span of a whole C array.
  ///
  ///     uint8_t buf[64];
  ///     Span<uint8_t> s = buf;
  template <class U, usize N>
    requires detail::convertible_to<U (*)[], T (*)[]>
  constexpr Span(U (&array)[N]) noexcept : data_(array), size_(N) {}

  /// A span of a contiguous container's elements (anything with `data()` and `size()`). Only
  /// lvalues: a span of a temporary would dangle at the end of the statement.
  ///
  ///     Span<const char> name = fixed_string;
  template <class C>
    requires(!detail::is_span_v<detail::remove_cvref_t<C>> && detail::is_lvalue_reference_v<C&&> &&
             detail::ContiguousContainerOf<detail::remove_reference_t<C>, T>)
  // NOLINTNEXTLINE(bugprone-forwarding-reference-overload): lvalues only, Spans excluded
  constexpr Span(C&& container) noexcept
      : data_(container.data()), size_(static_cast<usize>(container.size())) {}

  /// Deleted: a span of a temporary container would dangle. Keep the container in a variable.
  template <class C>
    requires(!detail::is_span_v<detail::remove_cvref_t<C>> &&
             !detail::is_lvalue_reference_v<C &&> &&
             detail::ContiguousContainerOf<detail::remove_reference_t<C>, T>)
  // NOLINTNEXTLINE(bugprone-forwarding-reference-overload): deleted, it hides nothing
  Span(C&& container) = delete;

  /// A read-only view of a mutable span (`Span<T>` -> `Span<const T>`); never the reverse.
  ///
  ///     void log_bytes(Span<const uint8_t> bytes);
  ///     log_bytes(rx_buffer);  // a Span<uint8_t>
  template <class U>
    requires(!detail::is_same_v<U, T> && detail::convertible_to<U (*)[], T (*)[]>)
  constexpr Span(Span<U> other) noexcept : data_(other.data()), size_(other.size()) {}

  /// A span of `size` elements at `data`, trusting the caller.
  ///
  /// # Safety
  /// `[data, data + size)` must be live `T` objects for as long as the span (or any span made
  /// from it) is used, and `data` may be null only if `size` is 0. Debug builds check the null.
  ///
  ///     auto regs = Span<volatile uint32_t>::from_raw_parts_unchecked(mmio_base, 16);
  [[nodiscard]] static constexpr Span from_raw_parts_unchecked(T* data, usize size,
                                                               SourceLocation where =
                                                                   SourceLocation::current()) {
    detail::debug_check(data != nullptr || size == 0,
                        "Span::from_raw_parts_unchecked: null data with a non-zero size", where);
    return Span(detail::UncheckedTag{}, data, size);
  }

  // ---- Querying --------------------------------------------------------------------------------

  /// The number of elements.
  [[nodiscard]] constexpr usize size() const noexcept { return size_; }
  /// True if there are no elements.
  [[nodiscard]] constexpr bool is_empty() const noexcept { return size_ == 0; }
  /// The first element's address (null or dangling-but-unused when empty).
  [[nodiscard]] constexpr T* data() const noexcept { return data_; }
  /// Range-for support: `for (auto& x : span)` is a plain pointer loop.
  [[nodiscard]] constexpr T* begin() const noexcept { return data_; }
  /// One past the last element.
  [[nodiscard]] constexpr T* end() const noexcept { return data_ + size_; }

  /// True if some element `== x`.
  ///
  ///     if (allowed_ports.contains(port)) accept();
  [[nodiscard]] constexpr bool contains(const detail::remove_cv_t<T>& x) const {
    for (usize i = 0; i < size_; ++i) {
      if (data_[i] == x) return true;
    }
    return false;
  }

  /// True if the span begins with the elements of `prefix` (always true for an empty prefix).
  ///
  ///     if (frame.starts_with(Span<const uint8_t>(magic))) ...;
  [[nodiscard]] constexpr bool starts_with(Span<const detail::remove_cv_t<T>> prefix) const {
    return prefix.size() <= size_ && detail::equal_elements(data_, prefix.data(), prefix.size());
  }

  /// True if the span ends with the elements of `suffix` (always true for an empty suffix).
  ///
  ///     if (name.ends_with(Span<const char>(".ko"))) ...;
  [[nodiscard]] constexpr bool ends_with(Span<const detail::remove_cv_t<T>> suffix) const {
    return suffix.size() <= size_ &&
           detail::equal_elements(data_ + (size_ - suffix.size()), suffix.data(), suffix.size());
  }

  /// The index of the first element for which `pred` holds, or None.
  ///
  ///     Option<usize> nul = name.position([](char c) { return c == '\0'; });
  template <class P>
  [[nodiscard]] constexpr Option<usize> position(P pred) const {
    for (usize i = 0; i < size_; ++i) {
      if (pred(static_cast<const T&>(data_[i]))) return Option<usize>(i);
    }
    return None;
  }

  /// In a span sorted by `<`: Ok(index of an element equal to `x`), or Err(the index where
  /// `x` would be inserted to keep the order). Which of several equal elements is unspecified.
  ///
  ///     Result<usize, usize> r = sorted_ids.binary_search(id);
  [[nodiscard]] constexpr Result<usize, usize> binary_search(
      const detail::remove_cv_t<T>& x) const {
    usize low = 0;
    usize high = size_;
    while (low < high) {
      usize mid = low + (high - low) / 2;
      if (data_[mid] < x) {
        low = mid + 1;
      } else if (x < data_[mid]) {
        high = mid;
      } else {
        return Ok(mid);
      }
    }
    return Err(low);
  }

  /// `binary_search` on `key(element)` in a span sorted by that key.
  ///
  ///     auto r = irqs.binary_search_by_key(42u, [](const Irq& i) { return i.line; });
  template <class K, class KeyOf>
  [[nodiscard]] constexpr Result<usize, usize> binary_search_by_key(const K& key,
                                                                    KeyOf key_of) const {
    usize low = 0;
    usize high = size_;
    while (low < high) {
      usize mid = low + (high - low) / 2;
      const auto& probe = key_of(static_cast<const T&>(data_[mid]));
      if (probe < key) {
        low = mid + 1;
      } else if (key < probe) {
        high = mid;
      } else {
        return Ok(mid);
      }
    }
    return Err(low);
  }

  /// In a span where `pred` holds for a prefix and fails for the rest: the length of that prefix
  /// (the index of the first element for which `pred` fails), found in O(log n).
  ///
  ///     usize expired = timers.partition_point([now](const Timer& t) { return t.when <= now; });
  template <class P>
  [[nodiscard]] constexpr usize partition_point(P pred) const {
    usize low = 0;
    usize high = size_;
    while (low < high) {
      usize mid = low + (high - low) / 2;
      if (pred(static_cast<const T&>(data_[mid]))) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  // ---- Element access --------------------------------------------------------------------------

  /// The element at `index`, or None if `index >= size()`.
  ///
  ///     if (volatile u32* reg = regs.get(n).as_ptr()) *reg = value;
  [[nodiscard]] constexpr Option<T&> get(usize index) const noexcept {
    if (index >= size_) return None;
    detail::assume_non_null(data_ + index);  // the null test of the Option is the bounds check
    return data_[index];
  }

  /// The first element, or None when empty.
  [[nodiscard]] constexpr Option<T&> first() const noexcept {
    if (size_ == 0) return None;
    detail::assume_non_null(data_);
    return data_[0];
  }

  /// The last element, or None when empty.
  [[nodiscard]] constexpr Option<T&> last() const noexcept {
    if (size_ == 0) return None;
    detail::assume_non_null(data_ + (size_ - 1));
    return data_[size_ - 1];
  }

  /// The element at `index`, trusting the caller.
  ///
  /// # Safety
  /// `index < size()`. Debug builds check it and panic.
  ///
  ///     for (usize i = 0; i < n; ++i) sum += s.get_unchecked(i);  // n <= s.size() proven
  [[nodiscard]] constexpr T& get_unchecked(usize index,
                                           SourceLocation where = SourceLocation::current()) const {
    detail::debug_check(index < size_, "Span::get_unchecked: index out of bounds", where);
    return data_[index];
  }

  /// The element at `index`.
  ///
  /// # Panics
  /// If `index >= size()`. Non-panicking alternative: `get(index)`.
  ///
  ///     table[3] = entry;
  constexpr T& operator[](detail::IndexAt<T> at) const {
    FERRITE_PANICS(T, "get(index), which returns Option<T&>");
    if (at.index >= size_) detail::panic("Span::operator[]: index out of bounds", at.where);
    return data_[at.index];
  }

  // ---- Narrowing -------------------------------------------------------------------------------

  /// The `count` elements starting at `offset`, or None if they do not all fit.
  ///
  ///     Option<Span<const uint8_t>> mac = frame.subspan(6, 6);
  [[nodiscard]] constexpr Option<Span> subspan(usize offset, usize count) const noexcept {
    if (offset > size_ || count > size_ - offset) return None;
    return Span(detail::UncheckedTag{}, data_ + offset, count);
  }

  /// The elements `[begin, end)`, or None unless `begin <= end <= size()`.
  ///
  ///     Option<Span<const char>> word = line.slice(start, stop);
  [[nodiscard]] constexpr Option<Span> slice(usize begin, usize end) const noexcept {
    if (begin > end || end > size_) return None;
    return Span(detail::UncheckedTag{}, data_ + begin, end - begin);
  }

  /// Parsing cursor: returns the first `n` elements and moves this span past them. If
  /// `n > size()`, returns None and leaves this span unchanged.
  ///
  ///     Span<const uint8_t> cursor = packet;
  ///     auto header = cursor.take_front(sizeof(Header));  // cursor now starts at the payload
  [[nodiscard]] constexpr Option<Span> take_front(usize n) noexcept {
    if (n > size_) return None;
    Span front(detail::UncheckedTag{}, data_, n);
    data_ += n;
    size_ -= n;
    return front;
  }

  /// Parsing cursor: returns the last `n` elements and shrinks this span before them. If
  /// `n > size()`, returns None and leaves this span unchanged.
  ///
  ///     auto crc = cursor.take_back(4);  // cursor now ends before the trailer
  [[nodiscard]] constexpr Option<Span> take_back(usize n) noexcept {
    if (n > size_) return None;
    size_ -= n;
    return Span(detail::UncheckedTag{}, data_ + size_, n);
  }

  /// `left` = the first `n` elements, `right` = the rest; None if `n > size()`.
  ///
  ///     for (auto& [head, tail] : buf.split_at_checked(len)) send(head);
  [[nodiscard]] constexpr Option<SplitAt<T>> split_at_checked(usize n) const noexcept {
    if (n > size_) return None;
    return Option<SplitAt<T>>(split_unchecked(n));
  }

  /// `left` = the first `n` elements, `right` = the rest.
  ///
  /// # Panics
  /// If `n > size()`. Non-panicking alternative: `split_at_checked(n)`.
  ///
  ///     auto [head, tail] = buf.split_at(4);
  [[nodiscard]] constexpr SplitAt<T> split_at(
      usize n, SourceLocation where = SourceLocation::current()) const {
    FERRITE_PANICS(T, "split_at_checked(n), which returns Option");
    if (n > size_) detail::panic("Span::split_at: split point past the end", where);
    return split_unchecked(n);
  }

  /// The first element and the rest, or None when empty.
  ///
  ///     while (auto parts = args.split_first()) {
  ///       handle(parts.as_ptr()->first);
  ///       args = parts.as_ptr()->rest;
  ///     }
  [[nodiscard]] constexpr Option<SplitFirst<T>> split_first() const noexcept {
    if (size_ == 0) return None;
    return Option<SplitFirst<T>>(
        SplitFirst<T>{data_[0], Span(detail::UncheckedTag{}, data_ + 1, size_ - 1)});
  }

  /// The last element and the rest, or None when empty.
  [[nodiscard]] constexpr Option<SplitLast<T>> split_last() const noexcept {
    if (size_ == 0) return None;
    return Option<SplitLast<T>>(
        SplitLast<T>{data_[size_ - 1], Span(detail::UncheckedTag{}, data_, size_ - 1)});
  }

  // ---- In place ---------------------------------------------------------------------------------

  /// Copies `source` into this span. Lengths must be equal: Err(Errno::Inval) otherwise, and
  /// nothing is written. The spans may overlap (memmove semantics).
  ///
  ///     FERRITE_TRY(dst.copy_from(src));
  [[nodiscard]] constexpr Result<void, Errno> copy_from(
      Span<const detail::remove_cv_t<T>> source) const
    requires(!detail::is_const_v<T>)
  {
    if (source.size() != size_) return Err(Errno::Inval);
    detail::move_elements(data_, source.data(), size_);
    return Ok();
  }

  /// Assigns `value` to every element.
  ///
  ///     buf.fill(0);
  constexpr void fill(const detail::remove_cv_t<T>& value) const
    requires(!detail::is_const_v<T>)
  {
    for (usize i = 0; i < size_; ++i) data_[i] = value;
  }

  /// Reverses the order of the elements.
  constexpr void reverse() const
    requires(!detail::is_const_v<T>)
  {
    detail::reverse_elements(data_, size_);
  }

  /// Exchanges the elements at `i` and `j` (may be equal).
  ///
  /// # Panics
  /// If either is out of bounds. Non-panicking alternative: `swap_checked(i, j)`.
  constexpr void swap(usize i, usize j, SourceLocation where = SourceLocation::current()) const
    requires(!detail::is_const_v<T>)
  {
    FERRITE_PANICS(T, "swap_checked(i, j), which returns Result");
    if (i >= size_ || j >= size_) detail::panic("Span::swap: index out of bounds", where);
    if (i != j) detail::swap(data_[i], data_[j]);
  }

  /// Exchanges the elements at `i` and `j`, or returns Err(Errno::Range) if either is out of
  /// bounds.
  [[nodiscard]] constexpr Result<void, Errno> swap_checked(usize i, usize j) const
    requires(!detail::is_const_v<T>)
  {
    if (i >= size_ || j >= size_) return Err(Errno::Range);
    if (i != j) detail::swap(data_[i], data_[j]);
    return Ok();
  }

  /// Rotates left by `k`: the element at `k` becomes the first, the first `k` move to the end.
  ///
  /// # Panics
  /// If `k > size()`. Non-panicking alternative: `rotate_left_checked(k)`.
  ///
  ///     ring.rotate_left(head);  // oldest entry first
  constexpr void rotate_left(usize k, SourceLocation where = SourceLocation::current()) const
    requires(!detail::is_const_v<T>)
  {
    FERRITE_PANICS(T, "rotate_left_checked(k), which returns Result");
    if (k > size_) detail::panic("Span::rotate_left: rotation past the end", where);
    rotate_left_unchecked(k);
  }

  /// Rotates right by `k`: the last `k` elements move to the front.
  ///
  /// # Panics
  /// If `k > size()`. Non-panicking alternative: `rotate_right_checked(k)`.
  constexpr void rotate_right(usize k, SourceLocation where = SourceLocation::current()) const
    requires(!detail::is_const_v<T>)
  {
    FERRITE_PANICS(T, "rotate_right_checked(k), which returns Result");
    if (k > size_) detail::panic("Span::rotate_right: rotation past the end", where);
    rotate_left_unchecked(size_ - k);
  }

  /// `rotate_left(k)`, or Err(Errno::Range) and no change if `k > size()`.
  [[nodiscard]] constexpr Result<void, Errno> rotate_left_checked(usize k) const
    requires(!detail::is_const_v<T>)
  {
    if (k > size_) return Err(Errno::Range);
    rotate_left_unchecked(k);
    return Ok();
  }

  /// `rotate_right(k)`, or Err(Errno::Range) and no change if `k > size()`.
  [[nodiscard]] constexpr Result<void, Errno> rotate_right_checked(usize k) const
    requires(!detail::is_const_v<T>)
  {
    if (k > size_) return Err(Errno::Range);
    rotate_left_unchecked(size_ - k);
    return Ok();
  }

  /// Sorts by `<`, in place, not stable. O(n log n) comparisons worst case; no allocation.
  ///
  ///     irq_numbers.sort_unstable();
  constexpr void sort_unstable() const
    requires(!detail::is_const_v<T>)
  {
    auto less = [](const T& a, const T& b) { return a < b; };
    detail::introsort(data_, size_, less, detail::depth_limit(size_));
  }

  /// Sorts so that `less(a, b)` true means `a` comes before `b`; `less` must be a strict weak
  /// order for the result to be sorted (otherwise the order is unspecified, but still safe).
  ///
  ///     tasks.sort_unstable_by([](const Task& a, const Task& b) { return a.due < b.due; });
  template <class Less>
  constexpr void sort_unstable_by(Less less) const
    requires(!detail::is_const_v<T>)
  {
    detail::introsort(data_, size_, less, detail::depth_limit(size_));
  }

  /// Sorts by `key(element) < key(other)`.
  ///
  ///     entries.sort_unstable_by_key([](const Entry& e) { return e.offset; });
  template <class Key>
  constexpr void sort_unstable_by_key(Key key) const
    requires(!detail::is_const_v<T>)
  {
    auto less = [&key](const T& a, const T& b) { return key(a) < key(b); };
    detail::introsort(data_, size_, less, detail::depth_limit(size_));
  }

  // ---- Bytes -----------------------------------------------------------------------------------

  /// The elements' object representation, read-only. Only for types without padding (and
  /// float/double), so no indeterminate byte is exposed, and not for volatile elements (device
  /// memory is read through its own accesses). Not constexpr (it reinterprets).
  ///
  ///     crc32(words.as_bytes());
  // A template so that the trait, which needs a complete T, is only asked at the call: a
  // Span of an incomplete (opaque) struct must stay declarable (Clang 14 checks eagerly).
  template <class Self = T>
    requires(detail::is_same_v<const Self, const detail::remove_cv_t<Self>> &&
             (__has_unique_object_representations(detail::remove_cv_t<Self>) ||
              detail::is_plain_number_v<detail::remove_cv_t<Self>>))
  [[nodiscard]] Span<const unsigned char> as_bytes() const noexcept {
    return Span<const unsigned char>(detail::UncheckedTag{},
                                     reinterpret_cast<const unsigned char*>(data_),
                                     size_ * sizeof(T));
  }

  /// The elements' bytes, writable. Only for integer and floating-point elements, for which
  /// every byte pattern is a valid value, so no write through it can create an invalid object.
  ///
  ///     dma_read(dev, samples.as_writable_bytes());
  [[nodiscard]] Span<unsigned char> as_writable_bytes() const noexcept
    requires(detail::is_same_v<T, detail::remove_cv_t<T>> && detail::is_plain_number_v<T>)
  {
    return Span<unsigned char>(detail::UncheckedTag{}, reinterpret_cast<unsigned char*>(data_),
                               size_ * sizeof(T));
  }

  /// The little-endian `U` (an integer or floating-point type) stored at byte `offset`, or None
  /// if it does not fit. One load, plus a byte swap on a big-endian machine. The byte accessors
  /// are always inlined: inline they are a compare and a load, smaller than a call even at -Os.
  ///
  ///     Option<u32> length = header.read_le<u32>(4);
  template <class U>
  [[nodiscard, gnu::always_inline]] constexpr Option<U> read_le(usize offset) const noexcept
    requires(detail::is_byte_v<T> && detail::is_plain_number_v<U>)
  {
    if (offset > size_ || size_ - offset < sizeof(U)) return None;
    return Option<U>(detail::load<U, detail::ByteOrder::little>(data_ + offset));
  }

  /// The big-endian (network order) `U` stored at byte `offset`, or None if it does not fit.
  ///
  ///     Option<u16> ethertype = frame.read_be<u16>(12);
  template <class U>
  [[nodiscard, gnu::always_inline]] constexpr Option<U> read_be(usize offset) const noexcept
    requires(detail::is_byte_v<T> && detail::is_plain_number_v<U>)
  {
    if (offset > size_ || size_ - offset < sizeof(U)) return None;
    return Option<U>(detail::load<U, detail::ByteOrder::big>(data_ + offset));
  }

  /// Stores `value` little-endian at byte `offset`, or returns Err(Errno::Range) and writes
  /// nothing if it does not fit.
  ///
  ///     FERRITE_TRY(desc.write_le<uint32_t>(8, dma_addr));
  template <class U>
  [[nodiscard, gnu::always_inline]] constexpr Result<void, Errno> write_le(usize offset, U value) const noexcept
    requires(detail::is_byte_v<T> && !detail::is_const_v<T> && detail::is_plain_number_v<U>)
  {
    if (offset > size_ || size_ - offset < sizeof(U)) return Err(Errno::Range);
    detail::store<U, detail::ByteOrder::little>(data_ + offset, value);
    return Ok();
  }

  /// Stores `value` big-endian (network order) at byte `offset`, or returns Err(Errno::Range).
  template <class U>
  [[nodiscard, gnu::always_inline]] constexpr Result<void, Errno> write_be(usize offset, U value) const noexcept
    requires(detail::is_byte_v<T> && !detail::is_const_v<T> && detail::is_plain_number_v<U>)
  {
    if (offset > size_ || size_ - offset < sizeof(U)) return Err(Errno::Range);
    detail::store<U, detail::ByteOrder::big>(data_ + offset, value);
    return Ok();
  }

  // ---- Iterating -------------------------------------------------------------------------------

  /// An iterator over `T&`, front to back (double-ended); see iter.hpp for its adapters.
  ///
  ///     usize nonzero = buf.iter().filter([](uint8_t b) { return b != 0; }).count();
  [[nodiscard]] constexpr SliceIter<T> iter() const noexcept {
    return SliceIter<T>(data_, data_ + size_);
  }
  /// `iter().rev()`: the elements back to front.
  [[nodiscard]] constexpr Rev<SliceIter<T>> rev() const noexcept { return iter().rev(); }
  /// `iter().enumerate()`: `Enumerated{index, element}`.
  [[nodiscard]] constexpr Enumerate<SliceIter<T>> enumerate() const noexcept {
    return iter().enumerate();
  }
  /// `iter().zip(other)`: `Pair{mine, theirs}` up to the shorter length.
  template <class Other>
  [[nodiscard]] constexpr auto zip(const Other& other) const {
    return iter().zip(other);
  }
  /// Consecutive spans of `n` elements, the last maybe shorter. `chunks(0)` yields nothing.
  ///
  ///     for (auto page : buffer.chunks(4096)) flush(page);
  [[nodiscard]] constexpr Chunks<T> chunks(usize n) const noexcept { return Chunks<T>(*this, n); }
  /// Consecutive spans of exactly `n`; the rest is `remainder()`. `chunks_exact(0)` yields
  /// nothing and its remainder is the whole span.
  [[nodiscard]] constexpr ChunksExact<T> chunks_exact(usize n) const noexcept {
    return ChunksExact<T>(*this, n);
  }
  /// Every run of `n` adjacent elements (overlapping). Nothing if `n == 0` or `n > size()`.
  ///
  ///     bool rising = s.windows(2).all([](auto w) { return w[0] < w[1]; });
  [[nodiscard]] constexpr Windows<T> windows(usize n) const noexcept {
    return Windows<T>(*this, n);
  }
  /// The runs between elements matching `pred` (which are dropped); `k` matches give `k + 1`
  /// spans, some possibly empty.
  ///
  ///     for (auto arg : cmdline.split([](char c) { return c == ' '; })) parse(arg);
  template <class P>
  [[nodiscard]] constexpr Split<T, P> split(P pred) const {
    return Split<T, P>(*this, detail::move(pred));
  }

  /// Internal: a span over `[data, data + size)` with no check; for ferrite's own iterators.
  constexpr Span(detail::UncheckedTag /*unused*/, T* data, usize size) noexcept
      : data_(data), size_(size) {}

 private:
  constexpr SplitAt<T> split_unchecked(usize n) const noexcept {
    return SplitAt<T>{Span(detail::UncheckedTag{}, data_, n),
                      Span(detail::UncheckedTag{}, data_ + n, size_ - n)};
  }

  // Three reversals: O(n) moves, no buffer, and no special case for k == 0 or k == size.
  constexpr void rotate_left_unchecked(usize k) const {
    detail::reverse_elements(data_, k);
    detail::reverse_elements(data_ + k, size_ - k);
    detail::reverse_elements(data_, size_);
  }

  T* data_ = nullptr;
  usize size_ = 0;
};

template <class U, usize N>
Span(U (&)[N]) -> Span<U>;

// ---- Details ------------------------------------------------------------------------------------

namespace detail {

/// The index argument of `Span::operator[]`. Converting the caller's index into it captures the
/// caller's source location, which a C++20 `operator[]` cannot take as a second parameter.
template <class T>
struct IndexAt {
  usize index;
  SourceLocation where;

  constexpr IndexAt(usize i,
                    SourceLocation location = SourceLocation::current()) noexcept
      : index(i), where(location) {}
};

/// The unsigned integer of `N` bytes, the carrier for byte swapping.
template <usize N>
struct UnsignedBits;
template <> struct UnsignedBits<1> { using type = unsigned char; };
template <> struct UnsignedBits<2> { using type = unsigned short; };
template <> struct UnsignedBits<4> { using type = unsigned int; };
template <> struct UnsignedBits<8> { using type = unsigned long long; };

template <class Bits>
[[gnu::always_inline]] constexpr Bits byte_swap(Bits bits) noexcept {
  if constexpr (sizeof(Bits) == 1) {
    return bits;
  } else if constexpr (sizeof(Bits) == 2) {
    return __builtin_bswap16(bits);
  } else if constexpr (sizeof(Bits) == 4) {
    return __builtin_bswap32(bits);
  } else {
    return __builtin_bswap64(bits);
  }
}

inline constexpr ByteOrder native_byte_order =
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? ByteOrder::little : ByteOrder::big;

/// Reads a `U` stored in byte order `Order` at `bytes`. At run time one unaligned load (the
/// memcpy) and a byte swap when `Order` is not the machine's; in constant evaluation, byte by byte.
template <class U, ByteOrder Order, class Byte>
[[gnu::always_inline]] constexpr U load(const Byte* bytes) noexcept {
  using Bits = typename UnsignedBits<sizeof(U)>::type;
  Bits bits = 0;
  if (__builtin_is_constant_evaluated()) {
    unsigned long long wide = 0;
    for (usize i = 0; i < sizeof(U); ++i) {
      usize shift = 8 * (Order == ByteOrder::little ? i : sizeof(U) - 1 - i);
      wide |= static_cast<unsigned long long>(static_cast<unsigned char>(bytes[i])) << shift;
    }
    bits = static_cast<Bits>(wide);
  } else {
    __builtin_memcpy(&bits, bytes, sizeof(U));
    if constexpr (Order != native_byte_order) bits = detail::byte_swap(bits);
  }
  return __builtin_bit_cast(U, bits);
}

/// Writes `value` in byte order `Order` at `bytes`; the mirror of `load`.
template <class U, ByteOrder Order, class Byte>
[[gnu::always_inline]] constexpr void store(Byte* bytes, U value) noexcept {
  using Bits = typename UnsignedBits<sizeof(U)>::type;
  Bits bits = __builtin_bit_cast(Bits, value);
  if (__builtin_is_constant_evaluated()) {
    for (usize i = 0; i < sizeof(U); ++i) {
      usize shift = 8 * (Order == ByteOrder::little ? i : sizeof(U) - 1 - i);
      bytes[i] = static_cast<Byte>(static_cast<unsigned char>(
          static_cast<unsigned long long>(bits) >> shift));
    }
  } else {
    if constexpr (Order != native_byte_order) bits = detail::byte_swap(bits);
    __builtin_memcpy(bytes, &bits, sizeof(U));
  }
}

template <class T, class U>
constexpr bool equal_elements(const T* a, const U* b, usize n) {
  for (usize i = 0; i < n; ++i) {
    if (!(a[i] == b[i])) return false;
  }
  return true;
}

/// True if `inner` points into `[outer, outer + n)`, decided by equality only, which constant
/// evaluation allows between unrelated objects (ordering comparisons it does not).
template <class A, class B>
constexpr bool points_into(const A* inner, const B* outer, usize n) {
  for (usize i = 0; i < n; ++i) {
    if (static_cast<const volatile void*>(inner) == static_cast<const volatile void*>(outer + i)) {
      return true;
    }
  }
  return false;
}

/// Assigns `n` elements from `source` to `dest`, correct when the ranges overlap. `D` is `S`,
/// maybe volatile: volatile destinations (device registers) get one store per element, never a
/// memmove, whose access widths and order are unspecified.
template <class D, class S>
constexpr void move_elements(D* dest, const S* source, usize n) {
  if (n == 0) return;
  if (static_cast<const volatile void*>(dest) == static_cast<const volatile void*>(source)) return;
  if (__builtin_is_constant_evaluated()) {
    // Copy forwards unless the destination starts inside the source (then backwards).
    if (detail::points_into(dest, source, n)) {
      for (usize i = n; i > 0; --i) dest[i - 1] = source[i - 1];
    } else {
      for (usize i = 0; i < n; ++i) dest[i] = source[i];
    }
  } else if constexpr (is_same_v<D, S> && is_trivially_copyable_v<S>) {
    __builtin_memmove(dest, source, n * sizeof(S));
  } else if (reinterpret_cast<uintptr_t>(dest) < reinterpret_cast<uintptr_t>(source)) {
    for (usize i = 0; i < n; ++i) dest[i] = source[i];
  } else {
    for (usize i = n; i > 0; --i) dest[i - 1] = source[i - 1];
  }
}

template <class T>
constexpr void reverse_elements(T* first, usize n) {
  for (usize i = 0, j = n; i + 1 < j; ++i) {
    --j;
    detail::swap(first[i], first[j]);
  }
}

// ---- sort_unstable: introsort ----------------------------------------------------------------

/// Below this many elements insertion sort beats partitioning.
inline constexpr usize insertion_sort_threshold = 16;

/// 2 * floor(log2(n)) partitioning levels before switching to heapsort.
constexpr unsigned depth_limit(usize n) noexcept {
  unsigned log2 = 0;
  for (; n > 1; n >>= 1) ++log2;
  return 2 * log2;
}

template <class T, class Less>
constexpr void insertion_sort(T* a, usize n, Less& less) {
  for (usize i = 1; i < n; ++i) {
    if (!less(a[i], a[i - 1])) continue;
    T moving = detail::move(a[i]);
    usize j = i;
    do {
      a[j] = detail::move(a[j - 1]);
      --j;
    } while (j > 0 && less(moving, a[j - 1]));
    a[j] = detail::move(moving);
  }
}

template <class T, class Less>
constexpr void sift_down(T* a, usize root, usize n, Less& less) {
  for (;;) {
    usize child = 2 * root + 1;
    if (child >= n) return;
    if (child + 1 < n && less(a[child], a[child + 1])) ++child;
    if (!less(a[root], a[child])) return;
    detail::swap(a[root], a[child]);
    root = child;
  }
}

/// Restores the heap `a[0, n)` whose root alone may be out of place, Floyd's way: walk down to a
/// leaf along the larger children (one comparison per level), climb back to where the root
/// belongs, and shift that path up by one. About half the comparisons of sifting down.
template <class T, class Less>
constexpr void sift_root_bottom_up(T* a, usize n, Less& less) {
  usize j = 0;
  for (usize child = 1; child < n; child = 2 * j + 1) {
    if (child + 1 < n && less(a[child], a[child + 1])) ++child;
    j = child;
  }
  while (j > 0 && less(a[j], a[0])) j = (j - 1) / 2;
  if (j == 0) return;
  T carried = detail::move(a[j]);
  a[j] = detail::move(a[0]);
  do {
    j = (j - 1) / 2;
    detail::swap(carried, a[j]);
  } while (j > 0);
}

template <class T, class Less>
constexpr void heapsort(T* a, usize n, Less& less) {
  for (usize i = n / 2; i > 0; --i) detail::sift_down(a, i - 1, n, less);
  for (usize end = n; end > 1;) {
    --end;
    detail::swap(a[0], a[end]);
    detail::sift_root_bottom_up(a, end, less);
  }
}

/// Puts the median of a[x], a[y], a[z] at a[y] (three comparisons at most).
template <class T, class Less>
constexpr void median_of_three(T* a, usize x, usize y, usize z, Less& less) {
  if (less(a[y], a[x])) detail::swap(a[x], a[y]);
  if (less(a[z], a[y])) {
    detail::swap(a[y], a[z]);
    if (less(a[y], a[x])) detail::swap(a[x], a[y]);
  }
}

template <class T, class Less>
constexpr void introsort(T* a, usize n, Less& less, unsigned depth) {
  while (n > insertion_sort_threshold) {
    if (depth == 0) {
      detail::heapsort(a, n, less);
      return;
    }
    --depth;
    // The quartiles, not the ends: organ-pipe and sawtooth inputs then still split well.
    detail::median_of_three(a, n / 4, n / 2, n - n / 4, less);
    detail::swap(a[0], a[n / 2]);  // the pivot waits at a[0]
    // Hoare partition. Both scans stop on elements equal to the pivot, which keeps runs of
    // equal keys balanced; both are bounded by index, so a comparison that is not a strict weak
    // order cannot walk them off the array.
    usize i = 0;
    usize j = n;
    for (;;) {
      do {
        ++i;
      } while (i < n && less(a[i], a[0]));
      do {
        --j;
      } while (j > 0 && less(a[0], a[j]));
      if (i >= j) break;
      detail::swap(a[i], a[j]);
    }
    if (j != 0) detail::swap(a[0], a[j]);
    // Recurse into the smaller side and loop on the larger: the stack stays O(log n) deep.
    usize left = j;
    usize right = n - j - 1;
    if (left < right) {
      detail::introsort(a, left, less, depth);
      a += j + 1;
      n = right;
    } else {
      detail::introsort(a + j + 1, right, less, depth);
      n = left;
    }
  }
  detail::insertion_sort(a, n, less);
}

}  // namespace detail
}  // namespace ferrite

#endif  // FERRITE_SPAN_HPP
