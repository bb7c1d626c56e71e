// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/peers/boost_list.cpp: idiom 5 with Boost.Intrusive's list, as a user who picks it gets
// it: a base hook with the default link mode (safe_link, which clears a node's pointers on
// unlink) and the default constant-time size().
#include <new>

#include <boost/intrusive/list.hpp>

#include "../common/idioms.h"

namespace {
namespace bi = boost::intrusive;

struct Item : bi::list_base_hook<> {
  uint32_t value = 0;
};
static_assert(sizeof(Item) <= LIST_ITEM_BYTES, "Item must fit its storage");
using ItemList = bi::list<Item>;
}  // namespace

extern "C" uint64_t list_boost(void* storage, size_t n) {
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
    for (auto it = list.begin(); it != list.end();) {
      if (drop)
        it = list.erase(it);
      else
        ++it;
      drop = !drop;
    }
    for (const Item& item : list) kept += item.value;

    while (!list.empty()) {
      Item& front = list.front();
      list.pop_front();
      order = order * 31u + front.value;
    }
  }
  for (size_t i = 0; i < n; i++) items[i].~Item();
  return sum ^ (kept << 20) ^ order;
}
