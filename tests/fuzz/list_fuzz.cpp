// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Differential fuzzing of the intrusive lists (ferrite/list.hpp, hlist.hpp, slist.hpp) against
// a model of std::deque<int> per list, driven by operation scripts decoded from the input.
//
// Twelve element slots, each empty or holding a heap-allocated element with four links: a
// ListLink (on list A or B), an AutoUnlinkListLink (on list C), an HListLink (in one of four
// hash buckets) and an SListLink (on stack S). Operations create and destroy elements, push,
// insert, pop, remove, splice, clear, remove_if, iterate with removal and reverse. After every
// operation every list is walked forwards (and List backwards) and compared with its model, and
// every element's is_linked with the model's. Destroying an element frees its memory, so a
// list that kept a pointer to it is a use after free that AddressSanitizer reports; an element
// on C is destroyed while linked, which its auto-unlink link must handle.
//
// Only valid operations are issued (an element already linked is pushed with try_push_*, whose
// EBUSY refusal is checked): with debug checks on, misuse panics, and a panic here is a failure.
#include "fuzz_support.hpp"

#include <ferrite/hlist.hpp>
#include <ferrite/list.hpp>
#include <ferrite/slist.hpp>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace {

using ferrite_fuzz::ByteReader;

struct Elem {
  int slot;
  ferrite::ListLink link;
  ferrite::AutoUnlinkListLink auto_link;
  ferrite::HListLink hash_link;
  ferrite::SListLink stack_link;
  explicit Elem(int s) : slot(s) {}
};

using PairList = ferrite::List<Elem, &Elem::link>;
using AutoList = ferrite::List<Elem, &Elem::auto_link>;
using Bucket = ferrite::HList<Elem, &Elem::hash_link>;
using Stack = ferrite::SList<Elem, &Elem::stack_link>;
using Model = std::deque<int>;

// The result of a try_push_*: true if it linked the element; a refusal must be EBUSY.
bool accepted(const ferrite::Result<void, ferrite::Errno>& pushed) {
  if (pushed.is_err()) FUZZ_CHECK(pushed == ferrite::Err(ferrite::Errno::Busy));
  return pushed.is_ok();
}

constexpr int slot_count = 12;
constexpr int bucket_count = 4;

struct Machine {
  // Declared first, destroyed last: the lists below unlink what they still hold before the
  // elements die.
  std::unique_ptr<Elem> pool[slot_count];
  PairList pair_lists[2];
  AutoList auto_list;
  Bucket buckets[bucket_count];
  Stack stack;

  Model pair_models[2];
  Model auto_model;
  Model bucket_models[bucket_count];
  Model stack_model;

  // ---- The model's view ---------------------------------------------------------------------

  static bool in(const Model& m, int slot) { return std::find(m.begin(), m.end(), slot) != m.end(); }
  static void erase(Model& m, int slot) {
    const auto it = std::find(m.begin(), m.end(), slot);
    if (it != m.end()) m.erase(it);
  }
  int pair_list_of(int slot) const {
    for (int l = 0; l < 2; ++l) {
      if (in(pair_models[l], slot)) return l;
    }
    return -1;
  }
  int bucket_of(int slot) const {
    for (int b = 0; b < bucket_count; ++b) {
      if (in(bucket_models[b], slot)) return b;
    }
    return -1;
  }

  // ---- Checking -----------------------------------------------------------------------------

  template <class L>
  static void check_forward(L& list, const Model& model) {
    auto expected = model.begin();
    for (Elem& e : list) {
      FUZZ_CHECK(expected != model.end());
      FUZZ_CHECK(e.slot == *expected);
      ++expected;
    }
    FUZZ_CHECK(expected == model.end());
    FUZZ_CHECK(list.size() == model.size());
    FUZZ_CHECK(list.is_empty() == model.empty());
    FUZZ_CHECK(list.front().is_some() == !model.empty());
    if (!model.empty()) FUZZ_CHECK(list.front().as_ptr()->slot == model.front());
  }

  template <class L>
  static void check_list(L& list, const Model& model) {
    check_forward(list, model);
    auto expected = model.rbegin();
    for (Elem& e : list.reversed()) {
      FUZZ_CHECK(expected != model.rend());
      FUZZ_CHECK(e.slot == *expected);
      ++expected;
    }
    FUZZ_CHECK(expected == model.rend());
    FUZZ_CHECK(list.back().is_some() == !model.empty());
    if (!model.empty()) FUZZ_CHECK(list.back().as_ptr()->slot == model.back());
  }

  void check_all() {
    check_list(pair_lists[0], pair_models[0]);
    check_list(pair_lists[1], pair_models[1]);
    check_list(auto_list, auto_model);
    for (int b = 0; b < bucket_count; ++b) check_forward(buckets[b], bucket_models[b]);
    check_forward(stack, stack_model);
    for (int s = 0; s < slot_count; ++s) {
      if (!pool[s]) continue;
      Elem& e = *pool[s];
      const int l = pair_list_of(s);
      FUZZ_CHECK(PairList::is_linked(e) == (l >= 0));
      FUZZ_CHECK(pair_lists[0].contains_linked(e) == (l == 0));
      FUZZ_CHECK(pair_lists[1].contains_linked(e) == (l == 1));
      FUZZ_CHECK(AutoList::is_linked(e) == in(auto_model, s));
      FUZZ_CHECK(Bucket::is_linked(e) == (bucket_of(s) >= 0));
      FUZZ_CHECK(Stack::is_linked(e) == in(stack_model, s));
    }
  }

  // ---- Operations ---------------------------------------------------------------------------

  // An existing element, or nullptr if the slot is empty.
  Elem* at(int slot) { return pool[slot].get(); }

  void lifetime(int s) {
    if (!pool[s]) {
      pool[s] = std::make_unique<Elem>(s);
      return;
    }
    // Safe links must be unlinked before the element dies (debug builds panic otherwise); the
    // auto-unlink link may stay linked: destruction unlinks it.
    if (pair_list_of(s) >= 0 || bucket_of(s) >= 0 || in(stack_model, s)) return;
    pool[s].reset();
    erase(auto_model, s);
  }

  void pair_step(ByteReader& in_bytes, int s, int t) {
    const int l = static_cast<int>(in_bytes.below(2));
    PairList& list = pair_lists[l];
    Model& model = pair_models[l];
    Elem* e = at(s);
    Elem* pos = at(t);
    const bool free = e != nullptr && pair_list_of(s) < 0;
    switch (in_bytes.below(12)) {
      case 0:
        if (e != nullptr) {
          FUZZ_CHECK(accepted(list.try_push_front(*e)) == free);
          if (free) model.push_front(s);
        }
        break;
      case 1:
        if (e != nullptr) {
          FUZZ_CHECK(accepted(list.try_push_back(*e)) == free);
          if (free) model.push_back(s);
        }
        break;
      case 2:
      case 3:
        if (free && pos != nullptr && in(model, t)) {
          const auto it = std::find(model.begin(), model.end(), t);
          if (in_bytes.below(2) == 0) {
            list.insert_before(*pos, *e);
            model.insert(it, s);
          } else {
            list.insert_after(*pos, *e);
            model.insert(it + 1, s);
          }
        }
        break;
      case 4: {
        const ferrite::Option<Elem&> popped = list.pop_front();
        FUZZ_CHECK(popped.is_some() == !model.empty());
        if (!model.empty()) {
          FUZZ_CHECK(popped.as_ptr() == at(model.front()));
          model.pop_front();
        }
        break;
      }
      case 5: {
        const ferrite::Option<Elem&> popped = list.pop_back();
        FUZZ_CHECK(popped.is_some() == !model.empty());
        if (!model.empty()) {
          FUZZ_CHECK(popped.as_ptr() == at(model.back()));
          model.pop_back();
        }
        break;
      }
      case 6:
        // remove() takes the element off whichever list of this link type holds it.
        if (e != nullptr) {
          const int holder = pair_list_of(s);
          FUZZ_CHECK(list.remove(*e) == (holder >= 0));
          if (holder >= 0) erase(pair_models[holder], s);
        }
        break;
      case 7:
        list.clear();
        model.clear();
        break;
      case 8: {
        PairList& other = pair_lists[1 - l];
        Model& other_model = pair_models[1 - l];
        if (in_bytes.below(2) == 0) {
          list.append(other);
          model.insert(model.end(), other_model.begin(), other_model.end());
        } else {
          list.prepend(other);
          model.insert(model.begin(), other_model.begin(), other_model.end());
        }
        other_model.clear();
        break;
      }
      case 9: {
        if (pos == nullptr || !in(model, t)) break;
        PairList& other = pair_lists[1 - l];
        Model& other_model = pair_models[1 - l];
        auto it = std::find(model.begin(), model.end(), t);
        if (in_bytes.below(2) == 0) {
          list.splice_before(*pos, other);
        } else {
          list.splice_after(*pos, other);
          ++it;
        }
        model.insert(it, other_model.begin(), other_model.end());
        other_model.clear();
        break;
      }
      case 10: {
        const int modulus = 2 + static_cast<int>(in_bytes.below(3));
        const std::size_t removed = list.remove_if([&](const Elem& x) { return x.slot % modulus == t % modulus; });
        const auto before = model.size();
        model.erase(std::remove_if(model.begin(), model.end(), [&](int x) { return x % modulus == t % modulus; }),
                    model.end());
        FUZZ_CHECK(removed == before - model.size());
        break;
      }
      default: {
        // Removal of the current element during iteration (list_for_each_entry_safe).
        Model visited;
        for (Elem& x : list.iter_safe()) {
          visited.push_back(x.slot);
          if (x.slot % 2 == t % 2) list.remove(x);
        }
        FUZZ_CHECK(visited == model);
        model.erase(std::remove_if(model.begin(), model.end(), [&](int x) { return x % 2 == t % 2; }), model.end());
        break;
      }
    }
  }

  void auto_step(ByteReader& in_bytes, int s) {
    Elem* e = at(s);
    switch (in_bytes.below(4)) {
      case 0:
        if (e != nullptr) {
          FUZZ_CHECK(accepted(auto_list.try_push_back(*e)) == !in(auto_model, s));
          if (!in(auto_model, s)) auto_model.push_back(s);
        }
        break;
      case 1:
        if (e != nullptr) {
          FUZZ_CHECK(accepted(auto_list.try_push_front(*e)) == !in(auto_model, s));
          if (!in(auto_model, s)) auto_model.push_front(s);
        }
        break;
      case 2: {
        const ferrite::Option<Elem&> popped = auto_list.pop_back();
        FUZZ_CHECK(popped.is_some() == !auto_model.empty());
        if (!auto_model.empty()) {
          FUZZ_CHECK(popped.as_ptr() == at(auto_model.back()));
          auto_model.pop_back();
        }
        break;
      }
      default:
        // The element unlinks itself from C when destroyed.
        lifetime(s);
        break;
    }
  }

  void bucket_step(ByteReader& in_bytes, int s, int t) {
    const int b = static_cast<int>(in_bytes.below(bucket_count));
    Bucket& bucket = buckets[b];
    Model& model = bucket_models[b];
    Elem* e = at(s);
    Elem* pos = at(t);
    const bool free = e != nullptr && bucket_of(s) < 0;
    switch (in_bytes.below(6)) {
      case 0:
        if (e != nullptr) {
          FUZZ_CHECK(accepted(bucket.try_push_front(*e)) == free);
          if (free) model.push_front(s);
        }
        break;
      case 1:
        if (free && pos != nullptr && in(model, t)) {
          const auto it = std::find(model.begin(), model.end(), t);
          if (in_bytes.below(2) == 0) {
            bucket.insert_before(*pos, *e);
            model.insert(it, s);
          } else {
            bucket.insert_after(*pos, *e);
            model.insert(it + 1, s);
          }
        }
        break;
      case 2: {
        const ferrite::Option<Elem&> popped = bucket.pop_front();
        FUZZ_CHECK(popped.is_some() == !model.empty());
        if (!model.empty()) {
          FUZZ_CHECK(popped.as_ptr() == at(model.front()));
          model.pop_front();
        }
        break;
      }
      case 3:
        // Static remove: no bucket needed.
        if (e != nullptr) {
          const int holder = bucket_of(s);
          FUZZ_CHECK(Bucket::remove(*e) == (holder >= 0));
          if (holder >= 0) erase(bucket_models[holder], s);
        }
        break;
      case 4: {
        const std::size_t removed = bucket.remove_if([&](const Elem& x) { return x.slot % 3 == t % 3; });
        const auto before = model.size();
        model.erase(std::remove_if(model.begin(), model.end(), [&](int x) { return x % 3 == t % 3; }), model.end());
        FUZZ_CHECK(removed == before - model.size());
        break;
      }
      default:
        bucket.clear();
        model.clear();
        break;
    }
  }

  void stack_step(ByteReader& in_bytes, int s, int t) {
    Elem* e = at(s);
    Elem* pos = at(t);
    const bool free = e != nullptr && !in(stack_model, s);
    switch (in_bytes.below(7)) {
      case 0:
        if (e != nullptr) {
          FUZZ_CHECK(accepted(stack.try_push_front(*e)) == free);
          if (free) stack_model.push_front(s);
        }
        break;
      case 1:
        if (free && pos != nullptr && in(stack_model, t)) {
          stack.insert_after(*pos, *e);
          stack_model.insert(std::find(stack_model.begin(), stack_model.end(), t) + 1, s);
        }
        break;
      case 2: {
        const ferrite::Option<Elem&> popped = stack.pop_front();
        FUZZ_CHECK(popped.is_some() == !stack_model.empty());
        if (!stack_model.empty()) {
          FUZZ_CHECK(popped.as_ptr() == at(stack_model.front()));
          stack_model.pop_front();
        }
        break;
      }
      case 3:
        if (e != nullptr) {
          FUZZ_CHECK(stack.remove(*e) == in(stack_model, s));
          erase(stack_model, s);
        }
        break;
      case 4:
        stack.reverse();
        std::reverse(stack_model.begin(), stack_model.end());
        break;
      case 5: {
        Model visited;
        for (Elem& x : stack.iter_safe()) {
          visited.push_back(x.slot);
          if (x.slot % 2 == t % 2) FUZZ_CHECK(stack.remove(x));
        }
        FUZZ_CHECK(visited == stack_model);
        stack_model.erase(std::remove_if(stack_model.begin(), stack_model.end(), [&](int x) { return x % 2 == t % 2; }),
                          stack_model.end());
        break;
      }
      default:
        stack.clear();
        stack_model.clear();
        break;
    }
  }

  void run(ByteReader in_bytes) {
    while (in_bytes.more()) {
      const int s = static_cast<int>(in_bytes.below(slot_count));
      const int t = static_cast<int>(in_bytes.below(slot_count));
      switch (in_bytes.below(5)) {
        case 0: lifetime(s); break;
        case 1: pair_step(in_bytes, s, t); break;
        case 2: auto_step(in_bytes, s); break;
        case 3: bucket_step(in_bytes, s, t); break;
        default: stack_step(in_bytes, s, t); break;
      }
      check_all();
    }
    // Empty the Safe-linked lists before the machine dies (the heads would unlink them anyway;
    // doing it here checks that clear leaves every element unlinked).
    pair_lists[0].clear();
    pair_lists[1].clear();
    for (Bucket& bucket : buckets) bucket.clear();
    stack.clear();
    for (auto& e : pool) {
      if (e) FUZZ_CHECK(!PairList::is_linked(*e) && !Bucket::is_linked(*e) && !Stack::is_linked(*e));
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto machine = std::make_unique<Machine>();
  machine->run(ByteReader(data, size));
  return 0;
}
