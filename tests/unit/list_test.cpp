// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/list.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>

using ferrite::AutoUnlinkListLink;
using ferrite::List;
using ferrite::ListLink;

namespace {

struct Item {
  Item() = default;
  explicit Item(int v) : value(v) {}
  int value = 0;
  ListLink link;
  ListLink other_link;
};

using ItemList = List<Item, &Item::link>;
using OtherList = List<Item, &Item::other_link>;

// The values of `list` front to back, as one number: {1, 2, 3} reads 123. Empty reads 0.
template <class L>
long digits(const L& list) {
  long result = 0;
  for (const Item& item : list) result = result * 10 + item.value;
  return result;
}

template <class L>
long digits_reversed(L& list) {
  long result = 0;
  for (Item& item : list.reversed()) result = result * 10 + item.value;
  return result;
}

}  // namespace

// ---- Layout ---------------------------------------------------------------------------------

TEST_CASE("a link and a list head are each exactly two pointers") {
  static_assert(sizeof(ListLink) == 2 * sizeof(void*));
  static_assert(sizeof(AutoUnlinkListLink) == 2 * sizeof(void*));
  static_assert(sizeof(ItemList) == 2 * sizeof(void*));
  static_assert(alignof(ItemList) == alignof(void*));
  CHECK(sizeof(Item) == sizeof(int) + 4 * sizeof(void*) + (alignof(void*) - sizeof(int)));
}

TEST_CASE("links and lists are neither copyable nor movable") {
  static_assert(!ferrite::detail::copy_constructible<ListLink>);
  static_assert(!ferrite::detail::move_constructible<ListLink>);
  static_assert(!__is_assignable(ListLink&, const ListLink&));
  static_assert(!ferrite::detail::copy_constructible<ItemList>);
  static_assert(!ferrite::detail::move_constructible<ItemList>);
  static_assert(!__is_assignable(ItemList&, ItemList&&));
  static_assert(!ferrite::detail::move_constructible<Item>);
  CHECK(true);
}

namespace {
constinit ItemList constant_initialized_list;
}  // namespace

TEST_CASE("a list can be constant-initialized") {
  CHECK(constant_initialized_list.is_empty());
}

// ---- Empty and one-element lists ------------------------------------------------------------

TEST_CASE("an empty list has no front, no back, size 0 and pops None") {
  ItemList list;
  CHECK(list.is_empty());
  CHECK(list.size() == 0);
  CHECK(list.front().is_none());
  CHECK(list.back().is_none());
  CHECK(list.pop_front().is_none());
  CHECK(list.pop_back().is_none());
  CHECK(list.begin() == list.end());
  CHECK(digits(list) == 0);
  CHECK(list.remove_if([](const Item&) { return true; }) == 0);
  list.clear();
  CHECK(list.is_empty());
}

TEST_CASE("a one-element list has that element at both ends") {
  Item a{7};
  ItemList list;
  list.push_back(a);
  CHECK_FALSE(list.is_empty());
  CHECK(list.size() == 1);
  CHECK(list.front().as_ptr() == &a);
  CHECK(list.back().as_ptr() == &a);
  CHECK(a.link.is_linked());
  CHECK(ItemList::is_linked(a));
  CHECK(digits(list) == 7);
  CHECK(digits_reversed(list) == 7);
}

TEST_CASE("popping the front of a one-element list empties it and unlinks the element") {
  Item a{7};
  ItemList list;
  list.push_front(a);
  CHECK(list.pop_front().as_ptr() == &a);
  CHECK(list.is_empty());
  CHECK_FALSE(a.link.is_linked());
  CHECK(list.pop_front().is_none());
}

TEST_CASE("popping the back of a one-element list empties it and unlinks the element") {
  Item a{7};
  ItemList list;
  list.push_back(a);
  CHECK(list.pop_back().as_ptr() == &a);
  CHECK(list.is_empty());
  CHECK_FALSE(a.link.is_linked());
}

TEST_CASE("removing the only element empties the list") {
  Item a{7};
  ItemList list;
  list.push_back(a);
  CHECK(list.remove(a));
  CHECK(list.is_empty());
  CHECK(list.front().is_none());
  CHECK_FALSE(a.link.is_linked());
}

// ---- Inserting --------------------------------------------------------------------------------

TEST_CASE("push_back appends and push_front prepends") {
  Item a{1}, b{2}, c{3};
  ItemList list;
  list.push_back(b);
  list.push_back(c);
  list.push_front(a);
  CHECK(digits(list) == 123);
  CHECK(digits_reversed(list) == 321);
  CHECK(list.front().as_ptr() == &a);
  CHECK(list.back().as_ptr() == &c);
  CHECK(list.size() == 3);
}

TEST_CASE("try_push fails with Busy on an element that is already linked and changes nothing") {
  Item a{1}, b{2};
  ItemList list, other;
  CHECK(list.try_push_back(a).is_ok());
  CHECK(list.try_push_front(b).is_ok());
  CHECK(list.try_push_back(a) == ferrite::Err(ferrite::Errno::Busy));
  CHECK(list.try_push_front(a) == ferrite::Err(ferrite::Errno::Busy));
  CHECK(list.try_push_back(b) == ferrite::Err(ferrite::Errno::Busy));
  CHECK(other.try_push_front(a) == ferrite::Err(ferrite::Errno::Busy));
  CHECK(digits(list) == 21);
  CHECK(other.is_empty());
}

TEST_CASE("try_push returns Result<void, Errno>, Ok once the element is linked") {
  static_assert(ferrite::detail::is_same_v<decltype(ItemList().try_push_back(ferrite::detail::declval<Item&>())),
                                           ferrite::Result<void, ferrite::Errno>>);
  static_assert(ferrite::detail::is_same_v<decltype(ItemList().try_push_front(ferrite::detail::declval<Item&>())),
                                           ferrite::Result<void, ferrite::Errno>>);
  Item a{1};
  ItemList list;
  CHECK(list.try_push_front(a) == ferrite::Ok());
  CHECK(list.front().as_ptr() == &a);
}

TEST_CASE("insert_before and insert_after work at the first element") {
  Item a{2}, before{1}, after{3};
  ItemList list;
  list.push_back(a);
  list.insert_before(a, before);
  CHECK(list.front().as_ptr() == &before);
  list.insert_after(a, after);
  CHECK(list.back().as_ptr() == &after);
  CHECK(digits(list) == 123);
  CHECK(digits_reversed(list) == 321);
}

TEST_CASE("insert_before and insert_after work in the middle and at the last element") {
  Item a{1}, c{3}, e{5}, b{2}, d{4}, f{6};
  ItemList list;
  list.push_back(a);
  list.push_back(c);
  list.push_back(e);
  list.insert_before(c, b);
  list.insert_after(c, d);
  list.insert_after(e, f);
  CHECK(digits(list) == 123456);
  CHECK(digits_reversed(list) == 654321);
  CHECK(list.back().as_ptr() == &f);
}

// ---- Removing ---------------------------------------------------------------------------------

TEST_CASE("remove of an element that is not linked returns false") {
  Item a{1}, b{2};
  ItemList list;
  list.push_back(a);
  CHECK_FALSE(list.remove(b));
  CHECK(list.remove(a));
  CHECK_FALSE(list.remove(a));
  CHECK(list.is_empty());
}

TEST_CASE("remove works at the front, in the middle and at the back") {
  Item a{1}, b{2}, c{3}, d{4};
  ItemList list;
  for (Item* item : {&a, &b, &c, &d}) list.push_back(*item);
  CHECK(list.remove(a));
  CHECK(digits(list) == 234);
  CHECK(list.remove(c));
  CHECK(digits(list) == 24);
  CHECK(digits_reversed(list) == 42);
  CHECK(list.remove(d));
  CHECK(digits(list) == 2);
  CHECK(list.back().as_ptr() == &b);
}

TEST_CASE("pop_front and pop_back take from their own ends") {
  Item a{1}, b{2}, c{3};
  ItemList list;
  for (Item* item : {&a, &b, &c}) list.push_back(*item);
  CHECK(list.pop_back().as_ptr() == &c);
  CHECK(list.pop_front().as_ptr() == &a);
  CHECK(digits(list) == 2);
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(c.link.is_linked());
}

TEST_CASE("a removed element can be linked again") {
  Item a{1}, b{2};
  ItemList list;
  list.push_back(a);
  list.push_back(b);
  CHECK(list.remove(a));
  list.push_back(a);
  CHECK(digits(list) == 21);
}

TEST_CASE("clear unlinks every element") {
  Item a{1}, b{2}, c{3};
  ItemList list;
  for (Item* item : {&a, &b, &c}) list.push_back(*item);
  list.clear();
  CHECK(list.is_empty());
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(b.link.is_linked());
  CHECK_FALSE(c.link.is_linked());
}

TEST_CASE("destroying a list unlinks its remaining elements") {
  Item a{1}, b{2};
  {
    ItemList list;
    list.push_back(a);
    list.push_back(b);
  }
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(b.link.is_linked());
}

TEST_CASE("remove_if removes exactly the matching elements, at either end too") {
  Item items[6];
  ItemList list;
  for (int i = 0; i < 6; ++i) {
    items[i].value = i + 1;
    list.push_back(items[i]);
  }
  auto removed = list.remove_if([](const Item& item) { return item.value % 2 == 1 || item.value == 6; });
  CHECK(removed == 4);
  CHECK(digits(list) == 24);
  CHECK_FALSE(items[0].link.is_linked());
  CHECK_FALSE(items[5].link.is_linked());
  CHECK(items[1].link.is_linked());
}

TEST_CASE("a link can unlink itself without naming its list") {
  Item a{1}, b{2};
  ItemList list;
  list.push_back(a);
  list.push_back(b);
  CHECK(a.link.unlink());
  CHECK_FALSE(a.link.unlink());
  CHECK(digits(list) == 2);
}

// ---- Moving all elements ----------------------------------------------------------------------

TEST_CASE("append moves every element to the back in O(1) and empties the source") {
  Item a{1}, b{2}, c{3}, d{4};
  ItemList dest, source;
  dest.push_back(a);
  dest.push_back(b);
  source.push_back(c);
  source.push_back(d);
  dest.append(source);
  CHECK(source.is_empty());
  CHECK(digits(dest) == 1234);
  CHECK(digits_reversed(dest) == 4321);
}

TEST_CASE("prepend moves every element to the front") {
  Item a{1}, b{2}, c{3};
  ItemList dest, source;
  dest.push_back(c);
  source.push_back(a);
  source.push_back(b);
  dest.prepend(source);
  CHECK(source.is_empty());
  CHECK(digits(dest) == 123);
  CHECK(digits_reversed(dest) == 321);
}

TEST_CASE("appending or prepending to an empty list takes the source as it is") {
  Item a{1}, b{2};
  ItemList dest, source;
  source.push_back(a);
  source.push_back(b);
  dest.append(source);
  CHECK(digits(dest) == 12);
  CHECK(source.is_empty());
  ItemList other;
  other.prepend(dest);
  CHECK(digits(other) == 12);
  CHECK(digits_reversed(other) == 21);
  CHECK(dest.is_empty());
}

TEST_CASE("appending an empty list or the list itself changes nothing") {
  Item a{1}, b{2};
  ItemList list, empty;
  list.push_back(a);
  list.push_back(b);
  list.append(empty);
  list.prepend(empty);
  list.append(list);
  list.prepend(list);
  CHECK(digits(list) == 12);
  CHECK(digits_reversed(list) == 21);
  CHECK(empty.is_empty());
}

TEST_CASE("splice_before and splice_after insert a whole list at a position") {
  Item a{1}, d{4}, b{2}, c{3}, e{5}, f{6};
  ItemList list, middle, tail;
  list.push_back(a);
  list.push_back(d);
  middle.push_back(b);
  middle.push_back(c);
  tail.push_back(e);
  tail.push_back(f);
  list.splice_before(d, middle);
  list.splice_after(d, tail);
  CHECK(middle.is_empty());
  CHECK(tail.is_empty());
  CHECK(digits(list) == 123456);
  CHECK(digits_reversed(list) == 654321);
}

TEST_CASE("splicing before the only element and after it puts the new elements at the ends") {
  Item only{3}, a{1}, b{2}, c{4}, d{5};
  ItemList list, front, back;
  list.push_back(only);
  front.push_back(a);
  front.push_back(b);
  back.push_back(c);
  back.push_back(d);
  list.splice_before(only, front);
  list.splice_after(only, back);
  CHECK(digits(list) == 12345);
  CHECK(digits_reversed(list) == 54321);
  CHECK(list.front().as_ptr() == &a);
  CHECK(list.back().as_ptr() == &d);
}

TEST_CASE("splicing an empty list at a position changes nothing") {
  Item a{1};
  ItemList list, empty;
  list.push_back(a);
  list.splice_before(a, empty);
  list.splice_after(a, empty);
  CHECK(digits(list) == 1);
  CHECK(list.size() == 1);
}

// ---- Querying and iterating ---------------------------------------------------------------------

TEST_CASE("contains_linked tells this list from another") {
  Item a{1}, b{2}, c{3};
  ItemList one, two;
  one.push_back(a);
  two.push_back(b);
  CHECK(one.contains_linked(a));
  CHECK_FALSE(one.contains_linked(b));
  CHECK_FALSE(one.contains_linked(c));
  CHECK(two.contains_linked(b));
}

TEST_CASE("iterators are bidirectional and const iteration yields const elements") {
  Item a{1}, b{2}, c{3};
  ItemList list;
  for (Item* item : {&a, &b, &c}) list.push_back(*item);
  auto it = list.end();
  --it;
  CHECK(&*it == &c);
  --it;
  CHECK(it->value == 2);
  ++it;
  CHECK(&*it == &c);
  CHECK(&*it-- == &c);
  CHECK(&*it++ == &b);
  CHECK(it++ != list.end());
  CHECK(it == list.end());
  const ItemList& view = list;
  ItemList::const_iterator first = list.begin();
  CHECK(first == view.begin());
  static_assert(ferrite::detail::is_same_v<decltype(*view.begin()), const Item&>);
  static_assert(ferrite::detail::is_same_v<decltype(view.front()), ferrite::Option<const Item&>>);
  long sum = 0;
  for (const Item& item : view.reversed()) sum = sum * 10 + item.value;
  CHECK(sum == 321);
}

TEST_CASE("iter_safe lets the body remove the current element") {
  Item items[5];
  ItemList list;
  for (int i = 0; i < 5; ++i) {
    items[i].value = i + 1;
    list.push_back(items[i]);
  }
  int visited = 0;
  for (Item& item : list.iter_safe()) {
    ++visited;
    if (item.value != 3) CHECK(list.remove(item));
  }
  CHECK(visited == 5);
  CHECK(digits(list) == 3);
}

TEST_CASE("iter_safe lets the body move the current element to another list") {
  Item a{1}, b{2}, c{3};
  ItemList from, to;
  for (Item* item : {&a, &b, &c}) from.push_back(*item);
  for (Item& item : from.iter_safe()) {
    from.remove(item);
    to.push_front(item);
  }
  CHECK(from.is_empty());
  CHECK(digits(to) == 321);
}

TEST_CASE("iter_safe over an empty list visits nothing") {
  ItemList list;
  int visited = 0;
  for (Item& item : list.iter_safe()) visited += item.value + 1;
  CHECK(visited == 0);
}

// ---- Several lists, odd layouts ------------------------------------------------------------------

TEST_CASE("an element sits on two lists at once through two links") {
  Item a{1}, b{2};
  ItemList first;
  OtherList second;
  first.push_back(a);
  first.push_back(b);
  second.push_back(b);
  second.push_back(a);
  CHECK(digits(first) == 12);
  CHECK(digits(second) == 21);
  first.remove(a);
  CHECK(digits(first) == 2);
  CHECK(digits(second) == 21);
  CHECK(a.other_link.is_linked());
}

namespace {

struct Base {
  int base_value = 0;
  ListLink base_link;
};

struct Polymorphic {
  virtual ~Polymorphic() = default;
  virtual int kind() const { return 1; }
  long padding = 0;
};

// Not standard-layout: a vtable, two bases, the link inside the second base.
struct Derived : Polymorphic, Base {
  int kind() const override { return 2; }
  int own = 0;
  ListLink own_link;
};

}  // namespace

TEST_CASE("the element is recovered exactly for a link inside a non-first base of a polymorphic type") {
  static_assert(!ferrite::detail::is_standard_layout_v<Derived>);
  Derived x, y;
  x.own = 1;
  y.own = 2;
  List<Derived, &Derived::base_link> via_base;
  List<Derived, &Derived::own_link> via_own;
  via_base.push_back(x);
  via_base.push_back(y);
  via_own.push_back(y);
  CHECK(via_base.front().as_ptr() == &x);
  CHECK(via_base.back().as_ptr() == &y);
  CHECK(via_own.front().as_ptr() == &y);
  CHECK(via_base.front().as_ptr()->kind() == 2);
  via_base.clear();
  via_own.clear();
}

TEST_CASE("the offset read from the member pointer equals offsetof for a standard-layout type") {
  CHECK(ferrite::detail::member_offset<&Item::link>() == static_cast<std::ptrdiff_t>(offsetof(Item, link)));
  CHECK(ferrite::detail::member_offset<&Item::other_link>() ==
        static_cast<std::ptrdiff_t>(offsetof(Item, other_link)));
}

// ---- Auto-unlink ----------------------------------------------------------------------------------

namespace {
struct Volatile {
  explicit Volatile(int v) : value(v) {}
  int value = 0;
  AutoUnlinkListLink link;
};
using VolatileList = List<Volatile, &Volatile::link>;
}  // namespace

TEST_CASE("an auto-unlink element leaves its list when destroyed") {
  VolatileList list;
  Volatile a{1};
  Volatile c{3};
  list.push_back(a);
  {
    Volatile b{2};
    list.push_back(b);
    list.push_back(c);
    CHECK(list.size() == 3);
  }
  CHECK(list.size() == 2);
  CHECK(list.front().as_ptr() == &a);
  CHECK(list.back().as_ptr() == &c);
  CHECK(list.pop_front().as_ptr() == &a);
  CHECK(list.pop_front().as_ptr() == &c);
  CHECK(list.is_empty());
}

TEST_CASE("an auto-unlink element that was never linked is destroyed quietly") {
  VolatileList list;
  { Volatile lonely{1}; }
  CHECK(list.is_empty());
}

// ---- Debug checks -------------------------------------------------------------------------------

#if FERRITE_DEBUG_CHECKS

TEST_CASE("debug builds catch inserting an element that is already linked") {
  Item a{1}, b{2};
  ItemList list, other;
  list.push_back(a);
  list.push_back(b);
  CHECK(FERRITE_PANICKED(list.push_back(a)));
  CHECK(FERRITE_PANICKED(list.push_front(b)));
  CHECK(FERRITE_PANICKED(other.push_back(a)));
  CHECK(FERRITE_PANICKED(list.insert_after(a, b)));
  CHECK(FERRITE_PANICKED(list.insert_before(b, a)));
  CHECK(ferrite::detail::is_same_v<decltype(ferrite_test::panic_capture.message), const char*>);
  CHECK(digits(list) == 12);
  CHECK(other.is_empty());
}

TEST_CASE("debug builds catch inserting next to an element that is not linked") {
  Item a{1}, loose{2};
  ItemList list;
  CHECK(FERRITE_PANICKED(list.insert_after(loose, a)));
  CHECK(FERRITE_PANICKED(list.insert_before(loose, a)));
  CHECK_FALSE(a.link.is_linked());
}

TEST_CASE("debug builds catch destroying an element that is still linked") {
  alignas(Item) unsigned char storage[sizeof(Item)];
  Item* doomed = ferrite::detail::construct_at(reinterpret_cast<Item*>(storage));
  ItemList list;
  list.push_back(*doomed);
  CHECK(FERRITE_PANICKED(ferrite::detail::destroy_at(doomed)));
  CHECK(ferrite_test::panic_capture.message != nullptr);
  // The storage is still there; take the half-destroyed element out so the list can die.
  list.clear();
  CHECK(list.is_empty());
}

TEST_CASE("debug builds poison a removed link, and it still reads as unlinked") {
  Item a{1};
  ItemList list;
  list.push_back(a);
  list.remove(a);
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(list.contains_linked(a));
  // Poisoned, not null: a stale `next` faults at a fixed low address instead of looking valid.
  const ferrite::detail::ListNode* node = ferrite::detail::IntrusiveAccess<Item, &Item::link, ferrite::detail::ListNode>::node(a);
  CHECK(node->next == ferrite::detail::list_poison_next());
  CHECK(node->prev == ferrite::detail::list_poison_prev());
  CHECK(node->next != nullptr);
  list.push_back(a);
  CHECK(list.size() == 1);
}

#endif  // FERRITE_DEBUG_CHECKS

// ---- Randomized model test ------------------------------------------------------------------------

namespace {

struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

constexpr int kElements = 24;
constexpr int kLists = 3;  // lists 0 and 1 use `link`, list 2 uses `other_link`

struct Model {
  int order[kLists][kElements];
  int size[kLists] = {};
  int where[kLists][kElements];  // index into order, or -1

  Model() {
    for (auto& row : where)
      for (int& w : row) w = -1;
  }
  bool has(int list, int elem) const { return where[list][elem] >= 0; }
  void reindex(int list) {
    for (int i = 0; i < size[list]; ++i) where[list][order[list][i]] = i;
  }
  void insert_at(int list, int pos, int elem) {
    for (int i = size[list]; i > pos; --i) order[list][i] = order[list][i - 1];
    order[list][pos] = elem;
    ++size[list];
    reindex(list);
  }
  void erase(int list, int elem) {
    int pos = where[list][elem];
    for (int i = pos; i + 1 < size[list]; ++i) order[list][i] = order[list][i + 1];
    --size[list];
    where[list][elem] = -1;
    reindex(list);
  }
};

// Which link an element uses on list `l`: lists 0 and 1 share `link`, so an element is on at
// most one of them.
int link_group(int list) { return list == 2 ? 1 : 0; }

}  // namespace

TEST_CASE("random operations on several lists always agree with an array model") {
  for (std::uint64_t seed : {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{3}, std::uint64_t{0x9e3779b97f4a7c15u}}) {
    Rng rng{seed};
    Item items[kElements];
    for (int i = 0; i < kElements; ++i) items[i].value = i;
    ItemList a, b;
    OtherList c;
    Model model;

    auto elem_index = [&](const Item* item) { return item == nullptr ? -1 : static_cast<int>(item - items); };
    auto free_in_group = [&](int list, int elem) {
      if (link_group(list) == 1) return !model.has(2, elem);
      return !model.has(0, elem) && !model.has(1, elem);
    };

    auto check_all = [&](int step) {
      INFO("seed " << seed << " step " << step);
      auto check_one = [&](auto& list, int l) {
        int i = 0;
        bool same = true;
        for (Item& item : list) {
          if (i >= model.size[l] || elem_index(&item) != model.order[l][i]) same = false;
          ++i;
        }
        CHECK(same);
        CHECK(i == model.size[l]);
        int j = model.size[l];
        for (Item& item : list.reversed()) {
          --j;
          if (j < 0 || elem_index(&item) != model.order[l][j]) same = false;
        }
        CHECK(same);
        CHECK(list.is_empty() == (model.size[l] == 0));
      };
      check_one(a, 0);
      check_one(b, 1);
      check_one(c, 2);
      for (int e = 0; e < kElements; ++e) {
        CHECK(items[e].link.is_linked() == (model.has(0, e) || model.has(1, e)));
        CHECK(items[e].other_link.is_linked() == model.has(2, e));
      }
    };

    for (int step = 0; step < 2000; ++step) {
      int l = rng.below(kLists);
      int e = rng.below(kElements);
      Item& item = items[e];
      int op = rng.below(10);
      auto run = [&](auto& list, auto& sibling, int sibling_index) {
        switch (op) {
          case 0:
            if (free_in_group(l, e)) {
              list.push_front(item);
              model.insert_at(l, 0, e);
            }
            break;
          case 1:
            if (free_in_group(l, e)) {
              list.push_back(item);
              model.insert_at(l, model.size[l], e);
            }
            break;
          case 2: {
            int expected = model.size[l] ? model.order[l][0] : -1;
            CHECK(elem_index(list.pop_front().as_ptr()) == expected);
            if (expected >= 0) model.erase(l, expected);
            break;
          }
          case 3: {
            int expected = model.size[l] ? model.order[l][model.size[l] - 1] : -1;
            CHECK(elem_index(list.pop_back().as_ptr()) == expected);
            if (expected >= 0) model.erase(l, expected);
            break;
          }
          case 4:
            if (model.has(l, e)) {
              CHECK(list.remove(item));
              model.erase(l, e);
            }
            break;
          case 5:
          case 6:
            if (model.size[l] > 0 && free_in_group(l, e)) {
              int pos_index = rng.below(model.size[l]);
              Item& pos = items[model.order[l][pos_index]];
              if (op == 5) {
                list.insert_before(pos, item);
                model.insert_at(l, pos_index, e);
              } else {
                list.insert_after(pos, item);
                model.insert_at(l, pos_index + 1, e);
              }
            }
            break;
          case 7:
            if (sibling_index >= 0 && rng.below(4) == 0) {
              bool to_back = rng.below(2) == 0;
              int moved = model.size[sibling_index];
              int moved_order[kElements];
              for (int i = 0; i < moved; ++i) moved_order[i] = model.order[sibling_index][i];
              if (to_back) list.append(sibling);
              else list.prepend(sibling);
              for (int i = 0; i < moved; ++i) {
                model.where[sibling_index][moved_order[i]] = -1;
                model.insert_at(l, to_back ? model.size[l] : i, moved_order[i]);
              }
              model.size[sibling_index] = 0;
            }
            break;
          case 8: {
            int divisor = 2 + rng.below(3);
            auto removed = list.remove_if([&](const Item& it) { return it.value % divisor == 0; });
            int expected = 0;
            for (int i = 0; i < kElements; ++i)
              if (model.has(l, i) && i % divisor == 0) {
                model.erase(l, i);
                ++expected;
              }
            CHECK(removed == static_cast<ferrite::detail::size_t>(expected));
            break;
          }
          case 9:
            CHECK(list.contains_linked(item) == model.has(l, e));
            CHECK(list.size() == static_cast<ferrite::detail::size_t>(model.size[l]));
            if (rng.below(20) == 0) {
              list.clear();
              for (int i = 0; i < kElements; ++i) model.where[l][i] = -1;
              model.size[l] = 0;
            }
            break;
        }
      };
      if (l == 0) run(a, b, 1);
      else if (l == 1) run(b, a, 0);
      else run(c, c, -1);
      check_all(step);
    }
    a.clear();
    b.clear();
    c.clear();
  }
}
