// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/lists.cpp: idiom 5 with ferrite: List with an embedded ListLink, and the hlist
// hash table with HList.
#include <new>

#include "../common/idioms.h"

#ifdef BENCH_HAVE_LIST
#include <ferrite/list.hpp>

namespace {
struct Item {
  ferrite::ListLink link;
  uint32_t value = 0;
};
static_assert(sizeof(Item) <= LIST_ITEM_BYTES, "Item must fit its storage");
using ItemList = ferrite::List<Item, &Item::link>;
}  // namespace

extern "C" uint64_t list_ferrite(void* storage, size_t n) {
  Item* items = static_cast<Item*>(storage);
  for (size_t i = 0; i < n; i++) new (&items[i]) Item;
  uint64_t sum = 0, kept = 0, order = 0;
  {
    ItemList list;
    for (size_t i = 0; i < n; i++) {
      items[i].value = static_cast<uint32_t>(i) * 3u + 1u;
      list.push_back(items[i]);
    }
    for (const Item& item : list) sum += item.value;

    bool drop = false;
    for (Item& item : list.iter_safe()) {
      if (drop) list.remove(item);
      drop = !drop;
    }
    for (const Item& item : list) kept += item.value;

    while (Item* front = list.pop_front().as_ptr()) order = order * 31u + front->value;
  }
  for (size_t i = 0; i < n; i++) items[i].~Item();
  return sum ^ (kept << 20) ^ order;
}
#endif
