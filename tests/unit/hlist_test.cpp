// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/hlist.hpp>

#include <cstdint>
#include <initializer_list>

using ferrite::AutoUnlinkHListLink;
using ferrite::HList;
using ferrite::HListLink;

namespace {

struct Entry {
  Entry() = default;
  explicit Entry(int k) : key(k) {}
  int key = 0;
  HListLink link;
};

using Bucket = HList<Entry, &Entry::link>;

// The keys front to back as one number: {1, 2, 3} reads 123.
long digits(const Bucket& bucket) {
  long result = 0;
  for (const Entry& entry : bucket) result = result * 10 + entry.key;
  return result;
}

}  // namespace

TEST_CASE("an HList head is one pointer and its link two") {
  static_assert(sizeof(Bucket) == sizeof(void*));
  static_assert(sizeof(HListLink) == 2 * sizeof(void*));
  static_assert(sizeof(AutoUnlinkHListLink) == 2 * sizeof(void*));
  static_assert(!ferrite::detail::copy_constructible<HListLink>);
  static_assert(!ferrite::detail::move_constructible<HListLink>);
  static_assert(!ferrite::detail::move_constructible<Bucket>);
  static_assert(!__is_assignable(Bucket&, Bucket&&));
  CHECK(true);
}

namespace {
constinit Bucket constant_initialized_table[4];
}  // namespace

TEST_CASE("a table of HLists can be constant-initialized") {
  for (const Bucket& bucket : constant_initialized_table) CHECK(bucket.is_empty());
}

TEST_CASE("an empty HList has no front, size 0, and pops None") {
  Bucket bucket;
  CHECK(bucket.is_empty());
  CHECK(bucket.size() == 0);
  CHECK(bucket.front().is_none());
  CHECK(bucket.pop_front().is_none());
  CHECK(bucket.begin() == bucket.end());
  bucket.clear();
  CHECK(bucket.remove_if([](const Entry&) { return true; }) == 0);
}

TEST_CASE("a one-element HList pops that element and is empty again") {
  Entry a{1};
  Bucket bucket;
  bucket.push_front(a);
  CHECK(bucket.size() == 1);
  CHECK(bucket.front().as_ptr() == &a);
  CHECK(a.link.is_linked());
  CHECK(bucket.pop_front().as_ptr() == &a);
  CHECK(bucket.is_empty());
  CHECK_FALSE(a.link.is_linked());
}

TEST_CASE("removing the only element of an HList empties it") {
  Entry a{1};
  Bucket bucket;
  bucket.push_front(a);
  CHECK(Bucket::remove(a));
  CHECK(bucket.is_empty());
  CHECK_FALSE(Bucket::remove(a));
}

TEST_CASE("push_front puts the newest element first") {
  Entry a{1}, b{2}, c{3};
  Bucket bucket;
  bucket.push_front(c);
  bucket.push_front(b);
  bucket.push_front(a);
  CHECK(digits(bucket) == 123);
  CHECK(bucket.pop_front().as_ptr() == &a);
  CHECK(digits(bucket) == 23);
}

TEST_CASE("remove takes an element out of the front, the middle or the end in O(1)") {
  Entry a{1}, b{2}, c{3}, d{4}, e{5};
  Bucket bucket;
  for (Entry* entry : {&d, &c, &b, &a}) bucket.push_front(*entry);
  CHECK(Bucket::remove(b));
  CHECK(digits(bucket) == 134);
  CHECK(Bucket::remove(d));
  CHECK(digits(bucket) == 13);
  CHECK(Bucket::remove(a));
  CHECK(digits(bucket) == 3);
  CHECK(bucket.front().as_ptr() == &c);
  bucket.push_front(e);
  CHECK(digits(bucket) == 53);
}

TEST_CASE("insert_before and insert_after work at the first and the last element") {
  Entry a{1}, b{2}, c{3}, d{4}, e{5};
  Bucket bucket;
  bucket.push_front(c);
  bucket.insert_before(c, a);
  CHECK(bucket.front().as_ptr() == &a);
  bucket.insert_after(a, b);
  bucket.insert_after(c, e);
  bucket.insert_before(e, d);
  CHECK(digits(bucket) == 12345);
  CHECK(Bucket::remove(e));
  CHECK(Bucket::remove(a));
  CHECK(digits(bucket) == 234);
}

TEST_CASE("try_push_front fails with Busy on a linked element") {
  Entry a{1};
  Bucket bucket, other;
  CHECK(bucket.try_push_front(a) == ferrite::Ok());
  CHECK(other.try_push_front(a) == ferrite::Err(ferrite::Errno::Busy));
  static_assert(ferrite::detail::is_same_v<decltype(other.try_push_front(a)), ferrite::Result<void, ferrite::Errno>>);
  CHECK(other.is_empty());
  CHECK(bucket.contains_linked(a));
  CHECK_FALSE(other.contains_linked(a));
}

TEST_CASE("iter_safe lets the body remove the current element, and remove_if removes matches") {
  Entry entries[5];
  Bucket bucket;
  for (int i = 4; i >= 0; --i) {
    entries[i].key = i + 1;
    bucket.push_front(entries[i]);
  }
  for (Entry& e : bucket.iter_safe())
    if (e.key == 1 || e.key == 3) Bucket::remove(e);
  CHECK(digits(bucket) == 245);
  CHECK(bucket.remove_if([](const Entry& e) { return e.key != 4; }) == 2);
  CHECK(digits(bucket) == 4);
}

TEST_CASE("clear and destruction unlink every element") {
  Entry a{1}, b{2};
  {
    Bucket bucket;
    bucket.push_front(a);
    bucket.push_front(b);
  }
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(b.link.is_linked());
}

namespace {
struct Cached {
  explicit Cached(int k) : key(k) {}
  int key;
  AutoUnlinkHListLink link;
};
}  // namespace

TEST_CASE("an auto-unlink HList element leaves its bucket when destroyed") {
  HList<Cached, &Cached::link> bucket;
  Cached a{1};
  {
    Cached b{2};
    Cached c{3};
    bucket.push_front(a);
    bucket.push_front(b);
    bucket.push_front(c);
    CHECK(bucket.size() == 3);
  }
  CHECK(bucket.size() == 1);
  CHECK(bucket.front().as_ptr() == &a);
}

#if FERRITE_DEBUG_CHECKS

TEST_CASE("debug builds catch inserting an HList element that is already linked") {
  Entry a{1}, b{2}, loose{3};
  Bucket bucket, other;
  bucket.push_front(a);
  bucket.push_front(b);
  CHECK(FERRITE_PANICKED(bucket.push_front(a)));
  CHECK(FERRITE_PANICKED(other.push_front(b)));
  CHECK(FERRITE_PANICKED(bucket.insert_after(a, b)));
  CHECK(FERRITE_PANICKED(bucket.insert_before(loose, a)));
  CHECK(digits(bucket) == 21);
}

TEST_CASE("debug builds catch destroying an HList element that is still linked") {
  alignas(Entry) unsigned char storage[sizeof(Entry)];
  Entry* doomed = ferrite::detail::construct_at(reinterpret_cast<Entry*>(storage));
  Bucket bucket;
  bucket.push_front(*doomed);
  CHECK(FERRITE_PANICKED(ferrite::detail::destroy_at(doomed)));
  bucket.clear();
  CHECK(bucket.is_empty());
}

#endif  // FERRITE_DEBUG_CHECKS

TEST_CASE("a random hash table of HList buckets agrees with a model of who is where") {
  constexpr int kEntries = 40;
  constexpr int kBuckets = 5;
  std::uint64_t state = 88172645463325252u;
  auto next = [&](int below) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<int>(state % static_cast<std::uint64_t>(below));
  };
  Entry entries[kEntries];
  for (int i = 0; i < kEntries; ++i) entries[i].key = i;
  Bucket table[kBuckets];
  int model[kBuckets][kEntries];
  int size[kBuckets] = {};
  int owner[kEntries];
  for (int& o : owner) o = -1;

  auto erase = [&](int b, int e) {
    int i = 0;
    while (model[b][i] != e) ++i;
    for (; i + 1 < size[b]; ++i) model[b][i] = model[b][i + 1];
    --size[b];
    owner[e] = -1;
  };
  auto insert = [&](int b, int at, int e) {
    for (int i = size[b]; i > at; --i) model[b][i] = model[b][i - 1];
    model[b][at] = e;
    ++size[b];
    owner[e] = b;
  };

  for (int step = 0; step < 3000; ++step) {
    int e = next(kEntries);
    int b = e % kBuckets;  // an entry always hashes to the same bucket
    switch (next(5)) {
      case 0:
        if (owner[e] < 0) {
          table[b].push_front(entries[e]);
          insert(b, 0, e);
        }
        break;
      case 1:
        CHECK(Bucket::remove(entries[e]) == (owner[e] >= 0));
        if (owner[e] >= 0) erase(b, e);
        break;
      case 2: {
        Entry* popped = table[b].pop_front().as_ptr();
        CHECK(popped == (size[b] ? &entries[model[b][0]] : nullptr));
        if (size[b]) erase(b, model[b][0]);
        break;
      }
      case 3:
      case 4:
        if (owner[e] < 0 && size[b] > 0) {
          int at = next(size[b]);
          Entry& pos = entries[model[b][at]];
          if (next(2) == 0) {
            table[b].insert_before(pos, entries[e]);
            insert(b, at, e);
          } else {
            table[b].insert_after(pos, entries[e]);
            insert(b, at + 1, e);
          }
        }
        break;
    }
    for (int k = 0; k < kBuckets; ++k) {
      int i = 0;
      bool same = true;
      for (Entry& entry : table[k]) {
        if (i >= size[k] || &entry != &entries[model[k][i]]) same = false;
        ++i;
      }
      CHECK(same);
      CHECK(i == size[k]);
    }
    for (int i = 0; i < kEntries; ++i) CHECK(entries[i].link.is_linked() == (owner[i] >= 0));
  }
  for (Bucket& bucket : table) bucket.clear();
}
