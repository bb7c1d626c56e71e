// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/slist.hpp>

#include <cstdint>
#include <initializer_list>

using ferrite::SList;
using ferrite::SListLink;

namespace {

struct Node {
  Node() = default;
  explicit Node(int v) : value(v) {}
  int value = 0;
  SListLink link;
  SListLink spare_link;
};

using Stack = SList<Node, &Node::link>;
using SpareStack = SList<Node, &Node::spare_link>;

// The values front to back as one number: {1, 2, 3} reads 123.
template <class L>
long digits(const L& list) {
  long result = 0;
  for (const Node& node : list) result = result * 10 + node.value;
  return result;
}

}  // namespace

TEST_CASE("an SList link and head are each one pointer") {
  static_assert(sizeof(SListLink) == sizeof(void*));
  static_assert(sizeof(Stack) == sizeof(void*));
  static_assert(!ferrite::detail::copy_constructible<SListLink>);
  static_assert(!ferrite::detail::move_constructible<SListLink>);
  static_assert(!ferrite::detail::move_constructible<Stack>);
  static_assert(!__is_assignable(Stack&, Stack&&));
  CHECK(true);
}

namespace {
constinit Stack constant_initialized_stack;
}  // namespace

TEST_CASE("an SList can be constant-initialized") { CHECK(constant_initialized_stack.is_empty()); }

TEST_CASE("an empty SList has no front, size 0, and pops None") {
  Stack stack;
  CHECK(stack.is_empty());
  CHECK(stack.size() == 0);
  CHECK(stack.front().is_none());
  CHECK(stack.pop_front().is_none());
  CHECK(stack.begin() == stack.end());
  stack.reverse();
  CHECK(stack.is_empty());
  CHECK(stack.remove_if([](const Node&) { return true; }) == 0);
}

TEST_CASE("a one-element SList pops that element and is empty again") {
  Node a{1};
  Stack stack;
  stack.push_front(a);
  CHECK(stack.size() == 1);
  CHECK(stack.front().as_ptr() == &a);
  CHECK(a.link.is_linked());
  stack.reverse();
  CHECK(digits(stack) == 1);
  CHECK(stack.pop_front().as_ptr() == &a);
  CHECK(stack.is_empty());
  CHECK_FALSE(a.link.is_linked());
}

TEST_CASE("push_front and pop_front are last in, first out") {
  Node a{1}, b{2}, c{3};
  Stack stack;
  stack.push_front(a);
  stack.push_front(b);
  stack.push_front(c);
  CHECK(digits(stack) == 321);
  CHECK(stack.pop_front().as_ptr() == &c);
  CHECK(stack.pop_front().as_ptr() == &b);
  CHECK(stack.pop_front().as_ptr() == &a);
  CHECK(stack.pop_front().is_none());
}

TEST_CASE("the last element of an SList still reads as linked") {
  Node a{1}, b{2};
  Stack stack;
  stack.push_front(a);
  stack.push_front(b);
  CHECK(a.link.is_linked());
  CHECK(Stack::is_linked(a));
  stack.clear();
}

TEST_CASE("try_push_front fails with Busy on a linked element and changes nothing") {
  Node a{1};
  Stack stack;
  CHECK(stack.try_push_front(a) == ferrite::Ok());
  CHECK(stack.try_push_front(a) == ferrite::Err(ferrite::Errno::Busy));
  CHECK(stack.size() == 1);
  static_assert(ferrite::detail::is_same_v<decltype(stack.try_push_front(a)), ferrite::Result<void, ferrite::Errno>>);
}

TEST_CASE("insert_after links after the first, a middle and the last element") {
  Node a{1}, b{2}, c{3}, d{4}, e{5};
  Stack stack;
  stack.push_front(c);
  stack.push_front(a);
  stack.insert_after(a, b);
  stack.insert_after(c, e);
  stack.insert_after(c, d);
  CHECK(digits(stack) == 12345);
}

TEST_CASE("insert_after the only element makes it the last, and remove_if can empty the list") {
  Node a{1}, b{2};
  Stack stack;
  stack.push_front(a);
  stack.insert_after(a, b);
  CHECK(digits(stack) == 12);
  CHECK(stack.remove_if([](const Node&) { return true; }) == 2);
  CHECK(stack.is_empty());
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(b.link.is_linked());
  int visited = 0;
  for (Node& n : stack.iter_safe()) visited += n.value + 1;
  CHECK(visited == 0);
}

TEST_CASE("remove unlinks the first, a middle or the last element, and refuses strangers") {
  Node a{1}, b{2}, c{3}, d{4}, stranger{9};
  Stack stack;
  SpareStack elsewhere;
  for (Node* n : {&d, &c, &b, &a}) stack.push_front(*n);
  CHECK_FALSE(stack.remove(stranger));
  CHECK(stack.remove(a));
  CHECK(digits(stack) == 234);
  CHECK(stack.remove(c));
  CHECK(digits(stack) == 24);
  CHECK(stack.remove(d));
  CHECK(digits(stack) == 2);
  CHECK_FALSE(stack.remove(d));
  Stack other;
  other.push_front(a);
  CHECK_FALSE(stack.remove(a));
  CHECK(a.link.is_linked());
  other.clear();
}

TEST_CASE("remove_if removes matching elements in one pass, ends included") {
  Node nodes[6];
  Stack stack;
  for (int i = 5; i >= 0; --i) {
    nodes[i].value = i + 1;
    stack.push_front(nodes[i]);
  }
  CHECK(stack.remove_if([](const Node& n) { return n.value == 1 || n.value == 6 || n.value == 3; }) == 3);
  CHECK(digits(stack) == 245);
}

TEST_CASE("reverse reverses the order") {
  Node a{1}, b{2}, c{3}, d{4};
  Stack stack;
  for (Node* n : {&a, &b, &c}) stack.push_front(*n);
  CHECK(digits(stack) == 321);
  stack.reverse();
  CHECK(digits(stack) == 123);
  CHECK(stack.front().as_ptr() == &a);
  stack.insert_after(c, d);
  CHECK(digits(stack) == 1234);
}

TEST_CASE("iter_safe lets the body remove the current element") {
  Node a{1}, b{2}, c{3};
  Stack stack;
  for (Node* n : {&c, &b, &a}) stack.push_front(*n);
  int visited = 0;
  for (Node& n : stack.iter_safe()) {
    ++visited;
    if (n.value != 2) CHECK(stack.remove(n));
  }
  CHECK(visited == 3);
  CHECK(digits(stack) == 2);
}

TEST_CASE("clear and destruction unlink every element") {
  Node a{1}, b{2}, c{3};
  {
    Stack stack;
    stack.push_front(a);
    stack.push_front(b);
    Stack other;
    other.push_front(c);
    other.clear();
    CHECK_FALSE(c.link.is_linked());
  }
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(b.link.is_linked());
}

TEST_CASE("an element sits on two SLists through two links") {
  Node a{1}, b{2};
  Stack one;
  SpareStack two;
  one.push_front(a);
  one.push_front(b);
  two.push_front(b);
  two.push_front(a);
  CHECK(digits(one) == 21);
  CHECK(digits(two) == 12);
  CHECK(one.contains_linked(a));
  CHECK(two.contains_linked(a));
  one.clear();
  CHECK(digits(two) == 12);
}

#if FERRITE_DEBUG_CHECKS

TEST_CASE("debug builds catch pushing an SList element that is already linked") {
  Node a{1}, b{2};
  Stack stack, other;
  stack.push_front(a);
  CHECK(FERRITE_PANICKED(stack.push_front(a)));
  CHECK(FERRITE_PANICKED(other.push_front(a)));
  CHECK(FERRITE_PANICKED(stack.insert_after(b, a)));
  CHECK(digits(stack) == 1);
  CHECK(other.is_empty());
}

TEST_CASE("debug builds catch destroying an SList element that is still linked") {
  alignas(Node) unsigned char storage[sizeof(Node)];
  Node* doomed = ferrite::detail::construct_at(reinterpret_cast<Node*>(storage));
  Stack stack;
  stack.push_front(*doomed);
  CHECK(FERRITE_PANICKED(ferrite::detail::destroy_at(doomed)));
  stack.clear();
  CHECK(stack.is_empty());
}

#endif  // FERRITE_DEBUG_CHECKS

TEST_CASE("random pushes, pops and removals on two SLists agree with an array model") {
  constexpr int kNodes = 16;
  std::uint64_t state = 0x2545f4914f6cdd1du;
  auto next = [&](int below) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<int>(state % static_cast<std::uint64_t>(below));
  };
  Node nodes[kNodes];
  for (int i = 0; i < kNodes; ++i) nodes[i].value = i;
  Stack lists[2];
  int model[2][kNodes];
  int size[2] = {0, 0};
  int owner[kNodes];
  for (int& o : owner) o = -1;

  for (int step = 0; step < 3000; ++step) {
    int l = next(2);
    int e = next(kNodes);
    switch (next(4)) {
      case 0:
        if (owner[e] < 0) {
          lists[l].push_front(nodes[e]);
          for (int i = size[l]; i > 0; --i) model[l][i] = model[l][i - 1];
          model[l][0] = e;
          ++size[l];
          owner[e] = l;
        }
        break;
      case 1: {
        Node* popped = lists[l].pop_front().as_ptr();
        if (size[l] == 0) {
          CHECK(popped == nullptr);
        } else {
          CHECK(popped == &nodes[model[l][0]]);
          owner[model[l][0]] = -1;
          for (int i = 0; i + 1 < size[l]; ++i) model[l][i] = model[l][i + 1];
          --size[l];
        }
        break;
      }
      case 2: {
        CHECK(lists[l].remove(nodes[e]) == (owner[e] == l));
        if (owner[e] == l) {
          int i = 0;
          while (model[l][i] != e) ++i;
          for (; i + 1 < size[l]; ++i) model[l][i] = model[l][i + 1];
          --size[l];
          owner[e] = -1;
        }
        break;
      }
      case 3:
        lists[l].reverse();
        for (int i = 0, j = size[l] - 1; i < j; ++i, --j) {
          int t = model[l][i];
          model[l][i] = model[l][j];
          model[l][j] = t;
        }
        break;
    }
    for (int k = 0; k < 2; ++k) {
      int i = 0;
      bool same = true;
      for (Node& n : lists[k]) {
        if (i >= size[k] || &n != &nodes[model[k][i]]) same = false;
        ++i;
      }
      CHECK(same);
      CHECK(i == size[k]);
    }
    for (int i = 0; i < kNodes; ++i) CHECK(nodes[i].link.is_linked() == (owner[i] >= 0));
  }
  lists[0].clear();
  lists[1].clear();
}
