// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/kernel.h: the handful of kernel C idioms the baselines use, written for this
// benchmark (not taken from Linux): errno values, ERR_PTR, container_of, a circular doubly
// linked list_head and a single-pointer-head hlist. Everything is `static inline`, as in a
// kernel header, so the C baselines get exactly the code a kernel engineer would get.
#ifndef BENCH_C_KERNEL_H
#define BENCH_C_KERNEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EPERM 1
#define ENOENT 2
#define EIO 5
#define ENOMEM 12
#define EBUSY 16
#define ENODEV 19
#define EINVAL 22
#define ERANGE 34
#define EOVERFLOW 75

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

// ---- Error pointers: the top 4095 addresses encode -errno --------------------------------------
#define MAX_ERRNO 4095

static inline void* ERR_PTR(long error) { return (void*)error; }
static inline long PTR_ERR(const void* ptr) { return (long)ptr; }
static inline bool IS_ERR(const void* ptr) {
  return unlikely((uintptr_t)ptr >= (uintptr_t)-MAX_ERRNO);
}

#define container_of(ptr, type, member) ((type*)((char*)(ptr)-offsetof(type, member)))

// ---- list_head: circular, the head is a sentinel node -------------------------------------------
struct list_head {
  struct list_head *next, *prev;
};

static inline void INIT_LIST_HEAD(struct list_head* head) {
  head->next = head;
  head->prev = head;
}

static inline void list_link_between(struct list_head* entry, struct list_head* prev,
                                     struct list_head* next) {
  next->prev = entry;
  entry->next = next;
  entry->prev = prev;
  prev->next = entry;
}

/// Inserts at the tail (before the sentinel).
static inline void list_add_tail(struct list_head* entry, struct list_head* head) {
  list_link_between(entry, head->prev, head);
}

/// Unlinks and poisons the entry so a use after removal faults (the poison values are ours).
#define LIST_POISON_NEXT ((struct list_head*)0x100)
#define LIST_POISON_PREV ((struct list_head*)0x122)
static inline void list_del(struct list_head* entry) {
  entry->next->prev = entry->prev;
  entry->prev->next = entry->next;
  entry->next = LIST_POISON_NEXT;
  entry->prev = LIST_POISON_PREV;
}

static inline bool list_empty(const struct list_head* head) { return head->next == head; }

#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(head, type, member) list_entry((head)->next, type, member)

#define list_for_each_entry(pos, head, type, member)                          \
  for (pos = list_entry((head)->next, type, member); &pos->member != (head); \
       pos = list_entry(pos->member.next, type, member))

/// Iteration that tolerates removing `pos`: `tmp` already holds the next entry.
#define list_for_each_entry_safe(pos, tmp, head, type, member)            \
  for (pos = list_entry((head)->next, type, member),                       \
      tmp = list_entry(pos->member.next, type, member);                    \
       &pos->member != (head);                                             \
       pos = tmp, tmp = list_entry(tmp->member.next, type, member))

// ---- hlist: one pointer per bucket, `pprev` points at whatever points at us ---------------------
struct hlist_node {
  struct hlist_node *next, **pprev;
};
struct hlist_head {
  struct hlist_node* first;
};

static inline void INIT_HLIST_HEAD(struct hlist_head* head) { head->first = NULL; }

static inline void hlist_add_head(struct hlist_node* node, struct hlist_head* head) {
  struct hlist_node* first = head->first;
  node->next = first;
  if (first) first->pprev = &node->next;
  head->first = node;
  node->pprev = &head->first;
}

#define hlist_entry(ptr, type, member) container_of(ptr, type, member)

#define hlist_for_each_entry(pos, head, type, member)                                   \
  for (struct hlist_node* hlist_it_ = (head)->first;                                     \
       hlist_it_ && ((pos = hlist_entry(hlist_it_, type, member)), 1); hlist_it_ = hlist_it_->next)

/// Multiplicative hash onto `bits` bits (Knuth's golden-ratio constant).
static inline uint32_t hash_32(uint32_t value, unsigned bits) {
  return (value * 0x61C88647u) >> (32 - bits);
}

#endif  // BENCH_C_KERNEL_H
