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

#if defined(BENCH_HAVE_HLIST) && defined(BENCH_HAVE_OPTION)
#include <ferrite/hlist.hpp>
#include <ferrite/option.hpp>

namespace {
struct HItem {
  ferrite::HListLink link;
  uint32_t key = 0;
  uint32_t value = 0;
};
static_assert(sizeof(HItem) <= LIST_ITEM_BYTES, "HItem must fit its storage");
using Bucket = ferrite::HList<HItem, &HItem::link>;

constexpr unsigned kHashBits = 6;
static_assert(HLIST_BUCKETS == 1u << kHashBits, "bucket count is 2^kHashBits");

/// The same multiplicative hash as the C baseline's hash_32.
constexpr uint32_t hash_32(uint32_t value, unsigned bits) { return (value * 0x61C88647u) >> (32 - bits); }

ferrite::Option<HItem&> find(Bucket (&buckets)[HLIST_BUCKETS], uint32_t key) {
  for (HItem& item : buckets[hash_32(key, kHashBits)]) {
    if (item.key == key) return item;
  }
  return ferrite::None;
}
}  // namespace

extern "C" uint64_t hlist_ferrite(void* storage, const uint32_t* keys, size_t n,
                                  const uint32_t* lookups, size_t m) {
  HItem* items = static_cast<HItem*>(storage);
  for (size_t i = 0; i < n; i++) new (&items[i]) HItem;
  uint64_t sum = 0;
  {
    Bucket buckets[HLIST_BUCKETS];
    for (size_t i = 0; i < n; i++) {
      items[i].key = keys[i];
      items[i].value = static_cast<uint32_t>(i) + 1u;
      buckets[hash_32(keys[i], kHashBits)].push_front(items[i]);
    }
    for (size_t j = 0; j < m; j++) {
      const HItem* found = find(buckets, lookups[j]).as_ptr();
      sum += found ? found->value : (1ull << 32);
    }
  }  // the buckets' destructors unlink every item, so the items may be destroyed
  for (size_t i = 0; i < n; i++) items[i].~HItem();
  return sum;
}
#endif
