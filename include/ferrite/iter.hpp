// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/iter.hpp: lazy, allocation-free iterators in the shape of Rust's `core::iter`.
//
// A ferrite iterator is any type with a member type `Item` and a member function
// `constexpr Option<Item> next()`: each call hands out the next element, or None once the
// sequence is exhausted. Types that derive from `IteratorBase<Self>` (all of those below) also get
// the adapters and consumers of the table, and work in a range-for loop:
//
//     for (auto& byte : packet.iter().skip(4).take(len)) checksum += byte;
//
// Nothing is allocated and nothing happens until an element is asked for: an adapter only stores
// the iterator it wraps plus a counter or a function object, so `sizeof` of a chain is the sum of
// its parts.
//
// Cost: range-for over a span or over `span.iter()` is a plain pointer loop. `fold`, `for_each`
// and `count` use internal iteration (the slice's own loop, with map/filter applied inside it),
// so at -O2 a chain ending in one of them compiles to the hand-written index loop, vectorized
// where that loop would be. A range-for over an adapter pulls items one `next()` at a time: the
// same work, but compilers do not vectorize it; prefer `fold`/`for_each` in the hottest loops.
//
// | Group             | Member                         | Yields / returns                        |
// |-------------------|--------------------------------|-----------------------------------------|
// | core              | next()                         | Option<Item>                            |
// |                   | next_back() (double-ended)     | Option<Item>, from the back             |
// |                   | len() (exact size)             | usize, elements left                    |
// | adapters (lazy)   | map(f)                         | f(item)                                 |
// |                   | filter(pred)                   | the items for which pred(item) is true  |
// |                   | take(n) / skip(n)              | the first n items / all but the first n |
// |                   | step_by(step)                  | the first item, then every step-th      |
// |                   | enumerate()                    | Enumerated{index, value}                |
// |                   | zip(other)                     | Pair{first, second}, to the shorter end |
// |                   | rev() (double-ended)           | the items back to front                 |
// | consumers         | fold(init, f)                  | f(...f(f(init, a), b)..., z)            |
// |                   | for_each(f)                    | nothing; calls f on every item          |
// |                   | any(pred) / all(pred)          | bool (short-circuits)                   |
// |                   | find(pred)                     | Option<Item>, the first match           |
// |                   | position(pred)                 | Option<usize>                           |
// |                   | count()                        | usize                                   |
// |                   | min() / max()                  | Option<Item>: first minimum, last max   |
// |                   | last()                         | Option<Item>                            |
//
// Slices come with their own iterators, defined here so that span.hpp stays about spans:
// `SliceIter` (`span.iter()`), `Chunks`, `ChunksExact` (with `remainder()`), `Windows` and
// `Split`. All of them are double-ended.
//
// Degenerate arguments have one defined answer each and never reach undefined behaviour:
// `chunks(0)`, `chunks_exact(0)`, `windows(0)` and `step_by(0)` yield nothing (Rust panics
// there; a kernel must not), and `chunks_exact(0).remainder()` is the whole span.
//
// Consuming: adapters copy the iterator they wrap (iterators are small values). Consumers
// advance `*this`, as Rust's `&mut self` methods do, so `it.find(p)` may be called again to find
// the next match. A range-for loop over an adapter consumes it; one over `span.iter()` is a
// pointer loop that only reads it.
//
// In constant expressions everything works, except range-for, `last`, `min` and `max` over an
// iterator whose items are structs holding references (`enumerate()` or `zip()` over a span):
// replacing such an item needs placement new, which C++20 does not allow there. Use `next()` in
// a while loop, or `fold`.
#ifndef FERRITE_ITER_HPP
#define FERRITE_ITER_HPP

#include "config.hpp"
#include "int_aliases.hpp"
#include "option.hpp"
#include "utility.hpp"

namespace ferrite {

template <class T>
class Span;

namespace detail {

/// What every ferrite iterator provides.
template <class I>
concept Iterator = requires(I& it) {
  typename I::Item;
  it.next();
};

/// An iterator that can also be consumed from the back.
template <class I>
concept DoubleEndedIterator = Iterator<I> && requires(I& it) { it.next_back(); };

/// An iterator that knows how many items it has left.
template <class I>
concept ExactSizeIterator = Iterator<I> && requires(const I& it) {
  { it.len() } -> same_as<usize>;
};

/// Moves the item out of an engaged Option; for reference items, the reference itself.
template <class Item>
[[gnu::always_inline]] constexpr Item&& take_item(Option<Item>& engaged) noexcept {
  return static_cast<Item&&>(engaged.unwrap_unchecked());
}

/// The item as a predicate sees it: read-only, like Rust's `&Self::Item`.
template <class Item>
[[gnu::always_inline]] constexpr const remove_reference_t<Item>& peek_item(
    Option<Item>& engaged) noexcept {
  return engaged.unwrap_unchecked();
}

/// Tells the optimizer that `element`, the address of a live element, is not null, so that the
/// None test of the `Option<T&>` built from it folds away and a loop keeps one exit test.
template <class T>
[[gnu::always_inline]] constexpr void assume_non_null(T* element) noexcept {
  if (element == nullptr) __builtin_unreachable();
}

/// The accumulator of folds run only for their effect (`for_each`).
struct Nothing {};

/// Selects the internal constructor of Span that trusts its caller (slice iterators, Span).
struct UncheckedTag {};

/// Replaces the contents of `slot`. An Option of an item that holds references (Enumerated,
/// Pair) cannot be assigned, so that one is destroyed and rebuilt in place, which constant
/// evaluation does not allow (see the overview).
template <class Item>
constexpr void reseat(Option<Item>& slot, Option<Item>&& fresh) {
  if constexpr (requires { slot = detail::move(fresh); }) {
    slot = detail::move(fresh);
  } else {
    detail::destroy_at(&slot);
    detail::construct_at(&slot, detail::move(fresh));
  }
}

template <class I>
class RangeCursor;
struct RangeEnd {};

}  // namespace detail

template <class I, class F>
class Map;
template <class I, class P>
class Filter;
template <class I>
class Take;
template <class I>
class Skip;
template <class I>
class StepBy;
template <class I>
class Enumerate;
template <class A, class B>
class Zip;
template <class I>
class Rev;

/// An item of `enumerate()`: its position in the sequence and the item itself.
///
///     for (auto [i, reg] : regs.iter().enumerate()) write_reg(base + 4 * i, reg);
template <class Item>
struct Enumerated {
  usize index;
  Item value;
};

/// The adapters, consumers and range-for support every ferrite iterator inherits.
///
/// `Derived` provides `using Item = ...;` and `constexpr Option<Item> next()`.
template <class Derived>
class IteratorBase {
 public:
  // ---- Adapters -------------------------------------------------------------------------------

  /// An iterator over `f(item)` for each item.
  ///
  ///     auto lengths = descriptors.iter().map([](const Desc& d) { return d.len; });
  template <class F>
  [[nodiscard]] constexpr Map<Derived, F> map(F f) const {
    return Map<Derived, F>(self(), detail::move(f));
  }

  /// An iterator over the items for which `pred(item)` is true.
  ///
  ///     for (auto& dev : devices.iter().filter([](const Dev& d) { return d.online; })) poll(dev);
  template <class P>
  [[nodiscard]] constexpr Filter<Derived, P> filter(P pred) const {
    return Filter<Derived, P>(self(), detail::move(pred));
  }

  /// An iterator over at most the first `n` items.
  ///
  ///     auto header = bytes.iter().take(4);
  [[nodiscard]] constexpr Take<Derived> take(usize n) const { return Take<Derived>(self(), n); }

  /// An iterator over the items after the first `n` (nothing if there are fewer).
  ///
  ///     auto payload = bytes.iter().skip(4);
  [[nodiscard]] constexpr Skip<Derived> skip(usize n) const { return Skip<Derived>(self(), n); }

  /// An iterator over the first item and then every `step`-th one; `step_by(0)` yields nothing.
  ///
  ///     auto even_indices = samples.iter().step_by(2);
  [[nodiscard]] constexpr StepBy<Derived> step_by(usize step) const {
    return StepBy<Derived>(self(), step);
  }

  /// An iterator over `Enumerated{index, item}`, counting from 0.
  ///
  ///     for (auto [i, byte] : buf.iter().enumerate()) if (byte == 0) return i;
  [[nodiscard]] constexpr Enumerate<Derived> enumerate() const {
    return Enumerate<Derived>(self());
  }

  /// An iterator over `Pair{a, b}` of this and `other` in lockstep, ending with the shorter one.
  /// `other` is an iterator or anything with `iter()`, such as a Span.
  ///
  ///     for (auto [dst, src] : out.iter().zip(in)) dst = src ^ key;
  template <class Other>
  [[nodiscard]] constexpr auto zip(const Other& other) const {
    if constexpr (detail::Iterator<Other>) {
      return Zip<Derived, Other>(self(), other);
    } else {
      return Zip<Derived, decltype(other.iter())>(self(), other.iter());
    }
  }

  /// An iterator over the items back to front (double-ended iterators only).
  ///
  ///     for (auto& frame : stack.iter().rev()) unwind(frame);
  // A template so that the constraint is checked at the call, when `Derived` is complete
  // (Clang 14 would otherwise check it, and remember the answer, while it is not).
  template <class Self = Derived>
    requires detail::DoubleEndedIterator<Self>
  [[nodiscard]] constexpr Rev<Self> rev() const {
    return Rev<Self>(self());
  }

  // ---- Consumers --------------------------------------------------------------------------------

  /// Combines every item into an accumulator: `acc = f(acc, item)`, starting from `init`.
  ///
  ///     uint32_t sum = bytes.iter().fold(0u, [](uint32_t acc, uint8_t b) { return acc + b; });
  template <class Acc, class F>
  [[nodiscard]] constexpr Acc fold(Acc init, F f) {
    Acc acc = detail::move(init);
    while (auto item = self().next()) acc = f(detail::move(acc), detail::take_item(item));
    return acc;
  }

  /// Calls `f` on every item, in order.
  ///
  ///     regs.iter().for_each([](auto& r) { r = 0; });
  template <class F>
  constexpr void for_each(F f) {
    using Item = typename Derived::Item;
    // Through fold, so iterators with a tighter internal loop (slices, map, filter) use it.
    (void)self().fold(detail::Nothing{}, [&f](detail::Nothing done, Item&& item) {
      f(static_cast<Item&&>(item));
      return done;
    });
  }

  /// True if `pred` holds for some item; stops at the first that does. False when empty.
  ///
  ///     bool busy = queues.iter().any([](const Queue& q) { return q.pending > 0; });
  template <class P>
  [[nodiscard]] constexpr bool any(P pred) {
    while (auto item = self().next()) {
      if (pred(detail::peek_item(item))) return true;
    }
    return false;
  }

  /// True if `pred` holds for every item; stops at the first that does not. True when empty.
  ///
  ///     bool printable = name.iter().all([](char c) { return c >= ' ' && c <= '~'; });
  template <class P>
  [[nodiscard]] constexpr bool all(P pred) {
    while (auto item = self().next()) {
      if (!pred(detail::peek_item(item))) return false;
    }
    return true;
  }

  /// The first item for which `pred` holds, or None. Resumable: a second call goes on from
  /// after the match.
  ///
  ///     Option<Dev&> dev = devices.iter().find([&](const Dev& d) { return d.id == id; });
  template <class P>
  [[nodiscard]] constexpr auto find(P pred) {
    using Item = typename Derived::Item;
    while (auto item = self().next()) {
      if (pred(detail::peek_item(item))) return item;
    }
    return Option<Item>(None);
  }

  /// The number of items before the first one for which `pred` holds, or None.
  ///
  ///     Option<usize> nul = text.iter().position([](char c) { return c == '\0'; });
  template <class P>
  [[nodiscard]] constexpr Option<usize> position(P pred) {
    usize index = 0;
    while (auto item = self().next()) {
      if (pred(detail::peek_item(item))) return Option<usize>(index);
      ++index;
    }
    return None;
  }

  /// The number of items left (consumes them).
  ///
  ///     usize zeros = buf.iter().filter([](uint8_t b) { return b == 0; }).count();
  [[nodiscard]] constexpr usize count() {
    using Item = typename Derived::Item;
    return self().fold(usize{0}, [](usize n, Item&&) { return n + 1; });
  }

  /// The last item, or None when empty.
  ///
  ///     Option<const Entry&> newest = log.iter().last();
  [[nodiscard]] constexpr auto last() {
    using Item = typename Derived::Item;
    Option<Item> result = None;
    while (auto item = self().next()) detail::reseat(result, detail::move(item));
    return result;
  }

  /// The smallest item by `<` (the first of equal ones), or None when empty.
  ///
  ///     Option<const int&> lowest = temps.iter().min();
  [[nodiscard]] constexpr auto min() {
    using Item = typename Derived::Item;
    Option<Item> best = self().next();
    if (!best) return best;
    while (auto item = self().next()) {
      if (detail::peek_item(item) < detail::peek_item(best)) {
        detail::reseat(best, detail::move(item));
      }
    }
    return best;
  }

  /// The largest item by `<` (the last of equal ones), or None when empty.
  ///
  ///     Option<const int&> highest = temps.iter().max();
  [[nodiscard]] constexpr auto max() {
    using Item = typename Derived::Item;
    Option<Item> best = self().next();
    if (!best) return best;
    while (auto item = self().next()) {
      if (!(detail::peek_item(item) < detail::peek_item(best))) {
        detail::reseat(best, detail::move(item));
      }
    }
    return best;
  }

  // ---- Range-for ----------------------------------------------------------------------------

  /// Range-for support: the loop pulls items with `next()` and so consumes the iterator.
  [[nodiscard]] constexpr detail::RangeCursor<Derived> begin() {
    return detail::RangeCursor<Derived>(self());
  }
  /// The end of a range-for loop: reached when `next()` returns None.
  [[nodiscard]] constexpr detail::RangeEnd end() const noexcept { return {}; }

 private:
  [[nodiscard]] constexpr Derived& self() noexcept { return static_cast<Derived&>(*this); }
  [[nodiscard]] constexpr const Derived& self() const noexcept {
    return static_cast<const Derived&>(*this);
  }
};

// ---- Adapters -----------------------------------------------------------------------------------

/// The iterator of `map(f)`: yields `f(item)`.
template <class I, class F>
class Map : public IteratorBase<Map<I, F>> {
 public:
  using Item = detail::invoke_result_t<F&, typename I::Item>;

  constexpr Map(I inner, F f) : inner_(detail::move(inner)), f_(detail::move(f)) {}

  constexpr Option<Item> next() { return apply(inner_.next()); }
  constexpr Option<Item> next_back()
    requires detail::DoubleEndedIterator<I>
  {
    return apply(inner_.next_back());
  }
  [[nodiscard]] constexpr usize len() const
    requires detail::ExactSizeIterator<I>
  {
    return inner_.len();
  }
  /// Internal iteration: the inner iterator's own loop, with `f` applied on the way.
  template <class Acc, class G>
  [[nodiscard]] constexpr Acc fold(Acc init, G g) {
    using InnerItem = typename I::Item;
    return inner_.fold(detail::move(init), [this, &g](Acc acc, InnerItem&& item) -> Acc {
      return g(detail::move(acc), f_(static_cast<InnerItem&&>(item)));
    });
  }

 private:
  constexpr Option<Item> apply(Option<typename I::Item> item) {
    if (!item) return None;
    return Option<Item>(f_(detail::take_item(item)));
  }

  I inner_;
  [[no_unique_address]] F f_;
};

/// The iterator of `filter(pred)`: yields the items for which `pred(item)` is true.
template <class I, class P>
class Filter : public IteratorBase<Filter<I, P>> {
 public:
  using Item = typename I::Item;

  constexpr Filter(I inner, P pred) : inner_(detail::move(inner)), pred_(detail::move(pred)) {}

  constexpr Option<Item> next() {
    while (auto item = inner_.next()) {
      if (pred_(detail::peek_item(item))) return item;
    }
    return None;
  }
  constexpr Option<Item> next_back()
    requires detail::DoubleEndedIterator<I>
  {
    while (auto item = inner_.next_back()) {
      if (pred_(detail::peek_item(item))) return item;
    }
    return None;
  }
  /// Internal iteration: the inner iterator's own loop, skipping the items `pred` rejects.
  template <class Acc, class G>
  [[nodiscard]] constexpr Acc fold(Acc init, G g) {
    return inner_.fold(detail::move(init), [this, &g](Acc acc, Item&& item) -> Acc {
      if (!pred_(static_cast<const detail::remove_reference_t<Item>&>(item))) return acc;
      return g(detail::move(acc), static_cast<Item&&>(item));
    });
  }

 private:
  I inner_;
  [[no_unique_address]] P pred_;
};

/// The iterator of `take(n)`: yields at most the first `n` items.
template <class I>
class Take : public IteratorBase<Take<I>> {
 public:
  using Item = typename I::Item;

  constexpr Take(I inner, usize n) : inner_(detail::move(inner)), remaining_(n) {}

  constexpr Option<Item> next() {
    if (remaining_ == 0) return None;
    --remaining_;
    return inner_.next();
  }
  [[nodiscard]] constexpr usize len() const
    requires detail::ExactSizeIterator<I>
  {
    usize inner_len = inner_.len();
    return inner_len < remaining_ ? inner_len : remaining_;
  }

 private:
  I inner_;
  usize remaining_;
};

/// The iterator of `skip(n)`: drops the first `n` items on the first call to `next()`.
template <class I>
class Skip : public IteratorBase<Skip<I>> {
 public:
  using Item = typename I::Item;

  constexpr Skip(I inner, usize n) : inner_(detail::move(inner)), to_skip_(n) {}

  constexpr Option<Item> next() {
    drop_skipped();
    return inner_.next();
  }
  [[nodiscard]] constexpr usize len() const
    requires detail::ExactSizeIterator<I>
  {
    usize inner_len = inner_.len();
    return inner_len > to_skip_ ? inner_len - to_skip_ : 0;
  }
  /// Drops the skipped items up front, then lets the inner iterator run its own (tighter)
  /// loop: over a slice that is one pointer bump and the slice's plain loop.
  template <class Acc, class G>
  [[nodiscard]] constexpr Acc fold(Acc init, G g) {
    drop_skipped();
    return inner_.fold(detail::move(init), detail::move(g));
  }

 private:
  constexpr void drop_skipped() {
    if constexpr (requires(I& inner, usize n) { inner.advance_by(n); }) {
      inner_.advance_by(to_skip_);
    } else {
      while (to_skip_ > 0 && inner_.next().is_some()) --to_skip_;
    }
    to_skip_ = 0;
  }

  I inner_;
  usize to_skip_;
};

/// The iterator of `step_by(step)`: the first item, then every `step`-th. A step of 0 yields
/// nothing (Rust panics there; ferrite gives the empty sequence instead).
template <class I>
class StepBy : public IteratorBase<StepBy<I>> {
 public:
  using Item = typename I::Item;

  constexpr StepBy(I inner, usize step) : inner_(detail::move(inner)), step_(step) {}

  constexpr Option<Item> next() {
    if (step_ == 0) return None;
    if (first_) {
      first_ = false;
      return inner_.next();
    }
    for (usize skipped = 1; skipped < step_; ++skipped) {
      if (!inner_.next()) return None;
    }
    return inner_.next();
  }

 private:
  I inner_;
  usize step_;
  bool first_ = true;
};

/// The iterator of `enumerate()`: yields `Enumerated{index, item}`.
template <class I>
class Enumerate : public IteratorBase<Enumerate<I>> {
 public:
  using Item = Enumerated<typename I::Item>;

  constexpr explicit Enumerate(I inner) : inner_(detail::move(inner)) {}

  constexpr Option<Item> next() {
    auto item = inner_.next();
    if (!item) return None;
    return Option<Item>(Item{count_++, detail::take_item(item)});
  }
  /// From the back; the index is still the item's position counted from the front.
  constexpr Option<Item> next_back()
    requires detail::DoubleEndedIterator<I> && detail::ExactSizeIterator<I>
  {
    usize remaining = inner_.len();
    auto item = inner_.next_back();
    if (!item) return None;
    return Option<Item>(Item{count_ + remaining - 1, detail::take_item(item)});
  }
  [[nodiscard]] constexpr usize len() const
    requires detail::ExactSizeIterator<I>
  {
    return inner_.len();
  }

 private:
  I inner_;
  usize count_ = 0;
};

/// The iterator of `zip(other)`: yields `Pair{a, b}` until either side runs out.
template <class A, class B>
class Zip : public IteratorBase<Zip<A, B>> {
 public:
  using Item = Pair<typename A::Item, typename B::Item>;

  constexpr Zip(A a, B b) : a_(detail::move(a)), b_(detail::move(b)) {}

  constexpr Option<Item> next() {
    auto first = a_.next();
    if (!first) return None;
    auto second = b_.next();
    if (!second) return None;
    return Option<Item>(Item{detail::take_item(first), detail::take_item(second)});
  }
  [[nodiscard]] constexpr usize len() const
    requires detail::ExactSizeIterator<A> && detail::ExactSizeIterator<B>
  {
    usize a_len = a_.len();
    usize b_len = b_.len();
    return a_len < b_len ? a_len : b_len;
  }

 private:
  A a_;
  B b_;
};

/// The iterator of `rev()`: the inner iterator read from the back.
template <class I>
class Rev : public IteratorBase<Rev<I>> {
 public:
  using Item = typename I::Item;

  constexpr explicit Rev(I inner) : inner_(detail::move(inner)) {}

  constexpr Option<Item> next() { return inner_.next_back(); }
  constexpr Option<Item> next_back() { return inner_.next(); }
  [[nodiscard]] constexpr usize len() const
    requires detail::ExactSizeIterator<I>
  {
    return inner_.len();
  }

 private:
  I inner_;
};

// ---- Slice iterators --------------------------------------------------------------------------

/// The iterator of `span.iter()`: yields `T&` for each element, front to back.
///
///     for (auto& x : span.iter().rev()) ...;
template <class T>
class SliceIter : public IteratorBase<SliceIter<T>> {
 public:
  using Item = T&;

  /// Iterates `[front, back)`; `Span::iter()` is the usual way to get one.
  constexpr SliceIter(T* front, T* back) noexcept : front_(front), back_(back) {}

  constexpr Option<T&> next() noexcept {
    if (front_ == back_) return None;
    T* element = front_++;
    detail::assume_non_null(element);
    return *element;
  }
  constexpr Option<T&> next_back() noexcept {
    if (front_ == back_) return None;
    T* element = --back_;
    detail::assume_non_null(element);
    return *element;
  }
  [[nodiscard]] constexpr usize len() const noexcept { return static_cast<usize>(back_ - front_); }
  /// The elements not yet yielded, as a span.
  [[nodiscard]] constexpr Span<T> as_span() const noexcept {
    return Span<T>(detail::UncheckedTag{}, front_, len());
  }
  /// Internal iteration as a plain pointer loop, which compilers unroll and vectorize.
  template <class Acc, class F>
  [[nodiscard]] constexpr Acc fold(Acc init, F f) {
    Acc acc = detail::move(init);
    for (; front_ != back_; ++front_) acc = f(detail::move(acc), *front_);
    return acc;
  }
  /// Skips the next `n` elements, or all that are left if fewer, in O(1) (Rust's `advance_by`).
  constexpr void advance_by(usize n) noexcept { front_ += n < len() ? n : len(); }
  /// The number of elements left, in O(1); consumes them.
  [[nodiscard]] constexpr usize count() noexcept {
    usize n = len();
    front_ = back_;
    return n;
  }
  /// Range-for over `span.iter()` is the same pointer loop as over the span itself. Unlike the
  /// adapters' range-for, it reads the iterator without advancing it.
  [[nodiscard]] constexpr T* begin() const noexcept { return front_; }
  /// The end of that pointer loop.
  [[nodiscard]] constexpr T* end() const noexcept { return back_; }

 private:
  T* front_;
  T* back_;
};

/// The iterator of `span.chunks(n)`: consecutive spans of `n` elements, the last one shorter
/// if `n` does not divide the length. `n == 0` yields nothing.
template <class T>
class Chunks : public IteratorBase<Chunks<T>> {
 public:
  using Item = Span<T>;

  constexpr Chunks(Span<T> span, usize n) noexcept : rest_(n == 0 ? Span<T>() : span), n_(n) {}

  constexpr Option<Span<T>> next() noexcept {
    if (rest_.is_empty()) return None;
    usize take = rest_.size() < n_ ? rest_.size() : n_;
    Span<T> chunk(detail::UncheckedTag{}, rest_.data(), take);
    rest_ = Span<T>(detail::UncheckedTag{}, rest_.data() + take, rest_.size() - take);
    return chunk;
  }
  constexpr Option<Span<T>> next_back() noexcept {
    if (rest_.is_empty()) return None;
    usize tail = rest_.size() % n_;
    usize take = tail == 0 ? n_ : tail;
    usize keep = rest_.size() - take;
    Span<T> chunk(detail::UncheckedTag{}, rest_.data() + keep, take);
    rest_ = Span<T>(detail::UncheckedTag{}, rest_.data(), keep);
    return chunk;
  }
  [[nodiscard]] constexpr usize len() const noexcept {
    return rest_.is_empty() ? 0 : (rest_.size() - 1) / n_ + 1;
  }

 private:
  Span<T> rest_;  // empty when n_ == 0, so n_ is never a divisor while it is 0
  usize n_;
};

/// The iterator of `span.chunks_exact(n)`: consecutive spans of exactly `n` elements; the
/// leftover tail is `remainder()`. `n == 0` yields nothing and leaves the whole span as remainder.
template <class T>
class ChunksExact : public IteratorBase<ChunksExact<T>> {
 public:
  using Item = Span<T>;

  constexpr ChunksExact(Span<T> span, usize n) noexcept : n_(n) {
    usize whole = n == 0 ? 0 : span.size() - span.size() % n;
    rest_ = Span<T>(detail::UncheckedTag{}, span.data(), whole);
    remainder_ = Span<T>(detail::UncheckedTag{}, span.data() + whole, span.size() - whole);
  }

  constexpr Option<Span<T>> next() noexcept {
    if (rest_.is_empty()) return None;
    Span<T> chunk(detail::UncheckedTag{}, rest_.data(), n_);
    rest_ = Span<T>(detail::UncheckedTag{}, rest_.data() + n_, rest_.size() - n_);
    return chunk;
  }
  constexpr Option<Span<T>> next_back() noexcept {
    if (rest_.is_empty()) return None;
    usize keep = rest_.size() - n_;
    Span<T> chunk(detail::UncheckedTag{}, rest_.data() + keep, n_);
    rest_ = Span<T>(detail::UncheckedTag{}, rest_.data(), keep);
    return chunk;
  }
  [[nodiscard]] constexpr usize len() const noexcept {
    return rest_.is_empty() ? 0 : rest_.size() / n_;
  }
  /// The last `size % n` elements, which no chunk covers.
  ///
  ///     auto blocks = data.chunks_exact(16);
  ///     for (auto block : blocks) aes_block(block);
  ///     pad_and_encrypt(blocks.remainder());
  [[nodiscard]] constexpr Span<T> remainder() const noexcept { return remainder_; }

 private:
  Span<T> rest_;  // a multiple of n_ long; empty when n_ == 0
  Span<T> remainder_;
  usize n_;
};

/// The iterator of `span.windows(n)`: every run of `n` adjacent elements, overlapping, front
/// to back. Yields nothing when `n == 0` or `n > size`.
template <class T>
class Windows : public IteratorBase<Windows<T>> {
 public:
  using Item = Span<T>;

  constexpr Windows(Span<T> span, usize n) noexcept
      : rest_(n == 0 || n > span.size() ? Span<T>() : span), n_(n) {}

  constexpr Option<Span<T>> next() noexcept {
    if (rest_.size() < n_ || rest_.is_empty()) return None;
    Span<T> window(detail::UncheckedTag{}, rest_.data(), n_);
    rest_ = Span<T>(detail::UncheckedTag{}, rest_.data() + 1, rest_.size() - 1);
    return window;
  }
  constexpr Option<Span<T>> next_back() noexcept {
    if (rest_.size() < n_ || rest_.is_empty()) return None;
    Span<T> window(detail::UncheckedTag{}, rest_.data() + (rest_.size() - n_), n_);
    rest_ = Span<T>(detail::UncheckedTag{}, rest_.data(), rest_.size() - 1);
    return window;
  }
  [[nodiscard]] constexpr usize len() const noexcept {
    return rest_.size() < n_ || rest_.is_empty() ? 0 : rest_.size() - n_ + 1;
  }

 private:
  Span<T> rest_;  // empty unless 0 < n_ <= size
  usize n_;
};

/// The iterator of `span.split(pred)`: the runs of elements between those matching `pred`,
/// which are dropped. As in Rust, `k` separators give `k + 1` spans, some maybe empty: an empty
/// span yields one empty span, and a separator at either end yields an empty span there.
///
///     for (auto field : line.split([](char c) { return c == ','; })) parse(field);
template <class T, class P>
class Split : public IteratorBase<Split<T, P>> {
 public:
  using Item = Span<T>;

  constexpr Split(Span<T> span, P pred) : rest_(span), pred_(detail::move(pred)) {}

  constexpr Option<Span<T>> next() {
    if (finished_) return None;
    for (usize i = 0; i < rest_.size(); ++i) {
      if (pred_(static_cast<const T&>(rest_.data()[i]))) {
        Span<T> piece(detail::UncheckedTag{}, rest_.data(), i);
        rest_ = Span<T>(detail::UncheckedTag{}, rest_.data() + i + 1, rest_.size() - i - 1);
        return piece;
      }
    }
    finished_ = true;
    return rest_;
  }
  constexpr Option<Span<T>> next_back() {
    if (finished_) return None;
    for (usize i = rest_.size(); i > 0; --i) {
      if (pred_(static_cast<const T&>(rest_.data()[i - 1]))) {
        Span<T> piece(detail::UncheckedTag{}, rest_.data() + i, rest_.size() - i);
        rest_ = Span<T>(detail::UncheckedTag{}, rest_.data(), i - 1);
        return piece;
      }
    }
    finished_ = true;
    return rest_;
  }

 private:
  Span<T> rest_;
  [[no_unique_address]] P pred_;
  bool finished_ = false;
};

// ---- Details ------------------------------------------------------------------------------------

namespace detail {

/// The iterator a range-for loop sees: `operator!=` asks whether an item is held,
/// `operator++` pulls the next one. Reference items are held as a plain pointer, so a loop over
/// `span.iter()` is a pointer walk.
template <class I>
class RangeCursor {
  using Item = typename I::Item;
  static constexpr bool by_reference = is_lvalue_reference_v<Item>;
  using Held = conditional_t<by_reference, remove_reference_t<Item>*, Option<Item>>;

 public:
  constexpr explicit RangeCursor(I& iter) : iter_(&iter), current_(pull()) {}

  constexpr bool operator!=(RangeEnd) const noexcept {
    if constexpr (by_reference) {
      return current_ != nullptr;
    } else {
      return current_.is_some();
    }
  }
  constexpr bool operator==(RangeEnd end) const noexcept { return !(*this != end); }

  constexpr RangeCursor& operator++() {
    if constexpr (by_reference) {
      current_ = pull();
    } else {
      detail::reseat(current_, pull());
    }
    return *this;
  }

  /// The current item: the reference itself, or the held value by lvalue reference.
  constexpr decltype(auto) operator*() noexcept {
    if constexpr (by_reference) {
      return static_cast<Item>(*current_);
    } else {
      return static_cast<Item&>(current_.unwrap_unchecked());
    }
  }

 private:
  constexpr Held pull() {
    if constexpr (by_reference) {
      return iter_->next().as_ptr();
    } else {
      return iter_->next();
    }
  }

  I* iter_;
  Held current_;
};

}  // namespace detail
}  // namespace ferrite

#endif  // FERRITE_ITER_HPP
