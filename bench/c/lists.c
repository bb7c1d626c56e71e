// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/lists.c: idiom 5 in C, a list_head list and an hlist hash table.
#include "../common/idioms.h"
#include "kernel.h"

struct item {
  struct list_head link;
  uint32_t value;
};
_Static_assert(sizeof(struct item) <= LIST_ITEM_BYTES, "item must fit its storage");

uint64_t list_c(void* storage, size_t n) {
  struct item* items = storage;
  struct list_head head;
  struct item *pos, *tmp;
  uint64_t sum = 0, kept = 0, order = 0;
  bool drop = false;

  INIT_LIST_HEAD(&head);
  for (size_t i = 0; i < n; i++) {
    items[i].value = (uint32_t)i * 3u + 1u;
    list_add_tail(&items[i].link, &head);
  }
  list_for_each_entry(pos, &head, struct item, link) sum += pos->value;

  list_for_each_entry_safe(pos, tmp, &head, struct item, link) {
    if (drop) list_del(&pos->link);
    drop = !drop;
  }
  list_for_each_entry(pos, &head, struct item, link) kept += pos->value;

  while (!list_empty(&head)) {
    pos = list_first_entry(&head, struct item, link);
    list_del(&pos->link);
    order = order * 31u + pos->value;
  }
  return sum ^ (kept << 20) ^ order;
}

struct hitem {
  struct hlist_node node;
  uint32_t key;
  uint32_t value;
};
_Static_assert(sizeof(struct hitem) <= LIST_ITEM_BYTES, "hitem must fit its storage");

#define HLIST_BITS 6
_Static_assert(HLIST_BUCKETS == 1 << HLIST_BITS, "bucket count is 2^HLIST_BITS");

static inline struct hitem* hitem_find(struct hlist_head* buckets, uint32_t key) {
  struct hitem* pos;
  hlist_for_each_entry(pos, &buckets[hash_32(key, HLIST_BITS)], struct hitem, node) {
    if (pos->key == key) return pos;
  }
  return NULL;
}

uint64_t hlist_c(void* storage, const uint32_t* keys, size_t n, const uint32_t* lookups, size_t m) {
  struct hitem* items = storage;
  struct hlist_head buckets[HLIST_BUCKETS];
  uint64_t sum = 0;

  for (size_t b = 0; b < HLIST_BUCKETS; b++) INIT_HLIST_HEAD(&buckets[b]);
  for (size_t i = 0; i < n; i++) {
    items[i].key = keys[i];
    items[i].value = (uint32_t)i + 1u;
    hlist_add_head(&items[i].node, &buckets[hash_32(keys[i], HLIST_BITS)]);
  }
  for (size_t j = 0; j < m; j++) {
    struct hitem* found = hitem_find(buckets, lookups[j]);
    sum += found ? found->value : (1ull << 32);
  }
  return sum;
}
