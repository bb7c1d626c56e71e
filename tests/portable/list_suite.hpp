// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of the intrusive lists (ferrite/list.hpp, slist.hpp, hlist.hpp): ring
// invariants, element recovery through the member pointer (the ABI-dependent part, so it is
// worth running on every target), O(1) removal, and unlinking on destruction.
//
// Elements are declared before their lists, so each list is destroyed first and unlinks them:
// a linked Safe-mode element must not die first (debug builds panic on that).
#ifndef FERRITE_TESTS_PORTABLE_LIST_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_LIST_SUITE_HPP

#include "check.hpp"
#include "ferrite/hlist.hpp"
#include "ferrite/list.hpp"
#include "ferrite/slist.hpp"

namespace ferrite_portable::list_suite {

using ferrite::None;

struct Task {
  int id;
  ferrite::ListLink run_link;
  ferrite::ListLink all_link;
  ferrite::SListLink free_link;
  ferrite::HListLink hash_link;
};
using RunQueue = ferrite::List<Task, &Task::run_link>;
using AllTasks = ferrite::List<Task, &Task::all_link>;
using FreeList = ferrite::SList<Task, &Task::free_link>;
using Bucket = ferrite::HList<Task, &Task::hash_link>;

static_assert(sizeof(ferrite::ListLink) == 2 * sizeof(void*), "ListLink is a list_head");
static_assert(sizeof(RunQueue) == 2 * sizeof(void*), "List is a list_head");
static_assert(sizeof(FreeList) == sizeof(void*), "SList is one pointer");
static_assert(sizeof(Bucket) == sizeof(void*), "HList is one pointer");

/// The ids along a list, as a decimal number (1, 2, 3 -> 123): one value to compare.
template <class L>
int ids(L& list) {
  int digits = 0;
  for (Task& task : list) digits = digits * 10 + task.id;
  return digits;
}

FERRITE_TEST(an_empty_list_has_no_front_back_or_elements) {
  RunQueue queue;
  FERRITE_CHECK(queue.is_empty());
  FERRITE_CHECK(queue.size() == 0);
  FERRITE_CHECK(queue.front() == None);
  FERRITE_CHECK(queue.back() == None);
  FERRITE_CHECK(queue.pop_front() == None);
  FERRITE_CHECK(ids(queue) == 0);
}

FERRITE_TEST(push_front_and_push_back_order_the_ring) {
  Task a{1, {}, {}, {}, {}}, b{2, {}, {}, {}, {}}, c{3, {}, {}, {}, {}};
  RunQueue queue;
  queue.push_back(b);
  queue.push_back(c);
  queue.push_front(a);
  FERRITE_CHECK(ids(queue) == 123);
  FERRITE_CHECK(queue.size() == 3);
  FERRITE_CHECK(queue.front().as_ptr() == &a);
  FERRITE_CHECK(queue.back().as_ptr() == &c);
  int backwards = 0;
  for (Task& task : queue.reversed()) backwards = backwards * 10 + task.id;
  FERRITE_CHECK(backwards == 321);
}

FERRITE_TEST(an_element_sits_on_two_lists_through_two_links) {
  Task a{1, {}, {}, {}, {}}, b{2, {}, {}, {}, {}};
  RunQueue run;
  AllTasks all;
  all.push_back(a);
  all.push_back(b);
  run.push_back(b);
  FERRITE_CHECK(ids(all) == 12);
  FERRITE_CHECK(ids(run) == 2);
  FERRITE_CHECK(run.remove(b));
  FERRITE_CHECK(ids(all) == 12);  // still on the other list
  FERRITE_CHECK(!RunQueue::is_linked(b));
  FERRITE_CHECK(AllTasks::is_linked(b));
}

FERRITE_TEST(remove_is_o1_and_reports_whether_it_unlinked) {
  Task a{1, {}, {}, {}, {}}, b{2, {}, {}, {}, {}}, c{3, {}, {}, {}, {}};
  RunQueue queue;
  queue.push_back(a);
  queue.push_back(b);
  queue.push_back(c);
  FERRITE_CHECK(queue.remove(b));
  FERRITE_CHECK(!queue.remove(b));  // already out
  FERRITE_CHECK(ids(queue) == 13);
  FERRITE_CHECK(queue.pop_back().as_ptr() == &c);
  FERRITE_CHECK(queue.pop_front().as_ptr() == &a);
  FERRITE_CHECK(queue.is_empty());
}

FERRITE_TEST(iter_safe_lets_the_body_remove_the_current_element) {
  Task t1{1, {}, {}, {}, {}}, t2{2, {}, {}, {}, {}}, t3{3, {}, {}, {}, {}}, t4{4, {}, {}, {}, {}};
  RunQueue queue;
  queue.push_back(t1);
  queue.push_back(t2);
  queue.push_back(t3);
  queue.push_back(t4);
  for (Task& task : queue.iter_safe()) {
    if (task.id % 2 == 0) static_cast<void>(queue.remove(task));
  }
  FERRITE_CHECK(ids(queue) == 13);
  FERRITE_CHECK(queue.remove_if([](const Task& task) { return task.id == 3; }) == 1);
  FERRITE_CHECK(ids(queue) == 1);
}

FERRITE_TEST(append_moves_every_element_and_empties_the_source) {
  Task a{1, {}, {}, {}, {}}, b{2, {}, {}, {}, {}}, c{3, {}, {}, {}, {}};
  RunQueue first;
  RunQueue second;
  first.push_back(a);
  second.push_back(b);
  second.push_back(c);
  first.append(second);
  FERRITE_CHECK(ids(first) == 123);
  FERRITE_CHECK(second.is_empty());
}

FERRITE_TEST(destroying_a_list_unlinks_its_elements) {
  Task a{1, {}, {}, {}, {}};
  {
    RunQueue queue;
    queue.push_back(a);
    FERRITE_CHECK(RunQueue::is_linked(a));
  }
  FERRITE_CHECK(!RunQueue::is_linked(a));
  RunQueue again;
  again.push_back(a);  // free to be linked anew
  FERRITE_CHECK(ids(again) == 1);
}

FERRITE_TEST(an_auto_unlink_element_leaves_its_list_when_destroyed) {
  struct Timer {
    int id;
    ferrite::AutoUnlinkListLink link;
  };
  ferrite::List<Timer, &Timer::link> timers;
  Timer kept{1, {}};
  timers.push_back(kept);
  {
    Timer brief{2, {}};
    timers.push_back(brief);
    FERRITE_CHECK(timers.size() == 2);
  }
  FERRITE_CHECK(timers.size() == 1);
  FERRITE_CHECK(timers.front().as_ptr() == &kept);
}

FERRITE_TEST(an_slist_is_a_lifo_stack_and_reverses_in_place) {
  Task a{1, {}, {}, {}, {}}, b{2, {}, {}, {}, {}}, c{3, {}, {}, {}, {}};
  FreeList stack;
  FERRITE_CHECK(stack.pop_front() == None);
  stack.push_front(a);
  stack.push_front(b);
  stack.push_front(c);
  FERRITE_CHECK(ids(stack) == 321);
  stack.reverse();
  FERRITE_CHECK(ids(stack) == 123);
  FERRITE_CHECK(stack.remove(b));
  FERRITE_CHECK(stack.pop_front().as_ptr() == &a);
  FERRITE_CHECK(stack.size() == 1);
}

FERRITE_TEST(an_hlist_element_leaves_its_bucket_without_the_bucket) {
  Task a{1, {}, {}, {}, {}}, b{2, {}, {}, {}, {}}, c{3, {}, {}, {}, {}};
  Bucket buckets[2];
  buckets[a.id % 2].push_front(a);
  buckets[b.id % 2].push_front(b);
  buckets[c.id % 2].push_front(c);
  FERRITE_CHECK(ids(buckets[1]) == 31);
  FERRITE_CHECK(ids(buckets[0]) == 2);
  FERRITE_CHECK(Bucket::remove(c));  // static: no bucket named
  FERRITE_CHECK(ids(buckets[1]) == 1);
  FERRITE_CHECK(!Bucket::is_linked(c));
}

inline constexpr Case cases[] = {
    {"an empty list has no front, back or elements", an_empty_list_has_no_front_back_or_elements},
    {"push_front and push_back order the ring", push_front_and_push_back_order_the_ring},
    {"an element sits on two lists through two links", an_element_sits_on_two_lists_through_two_links},
    {"remove is O(1) and reports whether it unlinked", remove_is_o1_and_reports_whether_it_unlinked},
    {"iter_safe lets the body remove the current element",
     iter_safe_lets_the_body_remove_the_current_element},
    {"append moves every element and empties the source",
     append_moves_every_element_and_empties_the_source},
    {"destroying a list unlinks its elements", destroying_a_list_unlinks_its_elements},
    {"an auto-unlink element leaves its list when destroyed",
     an_auto_unlink_element_leaves_its_list_when_destroyed},
    {"an SList is a LIFO stack and reverses in place", an_slist_is_a_lifo_stack_and_reverses_in_place},
    {"an HList element leaves its bucket without naming the bucket",
     an_hlist_element_leaves_its_bucket_without_the_bucket},
};

}  // namespace ferrite_portable::list_suite

#endif  // FERRITE_TESTS_PORTABLE_LIST_SUITE_HPP
