// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/list.hpp: intrusive circular doubly linked lists, the `list_head` of Linux with the
// container_of casts, the use-after-del and the copied heads taken out.
//
// An element embeds one `ListLink` per list it may sit on; a `List<T, &T::link>` threads those
// links into a ring through a sentinel embedded in the head. Nothing is allocated, every insertion
// and removal is O(1), and an element can be on as many lists at once as it has links.
//
//     struct Task {
//       int id;
//       ferrite::ListLink run_link;     // on the run queue
//       ferrite::ListLink all_link;     // on the list of all tasks
//     };
//     ferrite::List<Task, &Task::run_link> run_queue;
//     ferrite::List<Task, &Task::all_link> all_tasks;
//
//     Task t{.id = 1};
//     all_tasks.push_back(t);
//     run_queue.push_back(t);
//     for (Task& task : run_queue) schedule(task);
//     if (Task* next = run_queue.pop_front().as_ptr()) run(*next);
//
// Size guarantees
//   sizeof(ListLink) == sizeof(List<...>) == 2 * sizeof(void*), in every build mode: exactly
//   `struct list_head`. A link knows whether it is linked (its pointers are null, or poison,
//   when it is not), so no extra flag is needed.
//
// Link modes (the link type is chosen by the element, the List follows it)
//   ListLink            = BasicListLink<LinkMode::Safe>. Destroying a linked element, or
//                         inserting an element that is already linked, is a bug that debug
//                         builds (FERRITE_DEBUG_CHECKS) catch through the panic hook. Release
//                         builds trust the caller, at the cost of the C code.
//   AutoUnlinkListLink  = BasicListLink<LinkMode::AutoUnlink>. Destroying a linked element
//                         unlinks it first, in every build: the element may simply die.
//   In debug builds a removed link is poisoned (its pointers set to addresses that fault on
//   use, as LIST_POISON does), so a stale traversal traps instead of corrupting memory.
//
// Methods of List (all O(1) unless marked)
//   querying     is_empty, front, back -> Option<T&>, is_linked(elem), size() O(n),
//                contains_linked(elem) O(n)
//   inserting    push_front, push_back, insert_before, insert_after (precondition: the element
//                is not linked; checked in debug builds), try_push_front, try_push_back ->
//                Result<void, Errno> (EBUSY: the element is already on a list)
//   removing     pop_front, pop_back -> Option<T&>, remove(elem) -> bool, clear() O(n),
//                remove_if(pred) O(n)
//   moving all   append(other), prepend(other), splice_before(pos, other),
//                splice_after(pos, other): O(1), `other` is left empty
//   iterating    range-for (bidirectional), reversed(), iter_safe() (the body may remove the
//                current element: list_for_each_entry_safe)
//
// Safety. Links and heads are neither copyable nor movable (a copied list_head is the classic
// corruption). Destroying a List unlinks its remaining elements (O(n)), so they are free to be
// linked again or destroyed. For a global list use `StaticCell<List<...>>` from pin.hpp: a
// kernel module cannot register global destructors. `remove(elem)` of an element on another
// list of the same link type removes it from that list: memory stays consistent, as the ring
// needs no head to unlink.
//
// From link to element. The List recovers `T&` from a link through the member pointer
// `&T::link`, with no `offsetof` (invalid on a non-standard-layout type, and it needs a member
// name, not a pointer) and no object invented in dummy storage: the byte offset is read from the
// member pointer itself, which the Itanium C++ ABI (GCC and Clang on every ELF target, ARM's
// EABI too) defines as exactly that offset, including for members of non-virtual bases and of
// classes with virtual functions. Stepping back by that offset from the link's bytes gives the
// address of the enclosing object, which is alive (it is linked); that pointer is laundered to
// the link's class and then static_cast down to `T`, so the result points to a real `T` and
// passes UBSan's alignment and vptr checks (the tests run under ASan and UBSan). Where this
// cannot be done the code does not compile: a member pointer that is not a plain offset
// (another ABI), a null member pointer, and a link inside a virtual or inaccessible base of `T`
// (no fixed offset, or no downcast). This machinery, shared with SList and HList, lives in
// detail/intrusive.hpp.
#ifndef FERRITE_LIST_HPP
#define FERRITE_LIST_HPP

#include "config.hpp"
#include "detail/intrusive.hpp"
#include "errno.hpp"
#include "option.hpp"
#include "result.hpp"
#include "utility.hpp"

namespace ferrite {

/// What a link does when its element is destroyed while still linked.
enum class LinkMode {
  /// A bug: debug builds panic; release builds trust the caller (zero cost).
  Safe,
  /// The link unlinks itself first, in every build.
  AutoUnlink,
};

template <LinkMode Mode> class BasicListLink;

// The node type and its four primitives are declared here, defined under Details below;
// node_is_linked and node_unlink are also what the shared link node (detail/intrusive.hpp) calls.
namespace detail {
/// The two pointers of `list_head`; a List's sentinel is a bare ListNode.
struct ListNode {
  ListNode* next;
  ListNode* prev;
};
bool node_is_linked(const ListNode* n) noexcept;
void list_mark_unlinked(ListNode* n) noexcept;
void list_insert(ListNode* n, ListNode* prev, ListNode* next) noexcept;
void node_unlink(ListNode* n) noexcept;
inline constexpr char list_link_destroyed_message[] = "ListLink destroyed while still linked";
template <class L> inline constexpr bool is_list_link_v = false;
template <LinkMode Mode> inline constexpr bool is_list_link_v<BasicListLink<Mode>> = true;
}  // namespace detail

/// The hook an element embeds to sit on a `List`: two pointers, like `struct list_head`.
///
///     struct Request { ferrite::ListLink link; int sector; };
///
/// Invariant: either unlinked (both pointers null, or poison in debug builds) or part of a
/// well-formed ring. Not copyable or movable: the neighbours point at this address.
template <LinkMode Mode>
class BasicListLink {
 public:
  /// An unlinked link; constexpr, so elements can be constant-initialized globals.
  constexpr BasicListLink() noexcept = default;

  BasicListLink(const BasicListLink&) = delete;
  BasicListLink& operator=(const BasicListLink&) = delete;
  /// Safe mode: debug builds panic if still linked. AutoUnlink mode: unlinks first.
  ~BasicListLink() = default;

  /// True while this link is on a list.
  ///
  ///     if (!task.run_link.is_linked()) run_queue.push_back(task);
  [[nodiscard]] bool is_linked() const noexcept;

  /// Removes this link from whatever list holds it; returns whether it was linked.
  ///
  ///     task.run_link.unlink();  // no need to know which queue it is on
  bool unlink() noexcept;

 private:
  template <class, auto, class> friend struct detail::IntrusiveAccess;
  detail::IntrusiveLinkNode<detail::ListNode, Mode == LinkMode::AutoUnlink,
                            detail::list_link_destroyed_message>
      node_;
};

/// The default link: destroying it while linked is a bug caught in debug builds.
using ListLink = BasicListLink<LinkMode::Safe>;
/// A link that unlinks itself when destroyed.
using AutoUnlinkListLink = BasicListLink<LinkMode::AutoUnlink>;

/// An intrusive circular doubly linked list of `T`, threaded through the member `Member`
/// (`&T::link`, a `ListLink` or `AutoUnlinkListLink` of `T` or of a non-virtual base of `T`).
///
///     ferrite::List<Request, &Request::link> queue;
///
/// Invariant: the head's sentinel and the links of the elements form one ring; an empty list's
/// sentinel points to itself. The list never owns its elements: they must outlive their stay.
template <class T, auto Member>
class List {
  using Access = detail::IntrusiveAccess<T, Member, detail::ListNode>;
  using Node = detail::ListNode;
  template <bool Const, bool Forward>
  using Iterator = detail::IntrusiveIterator<List, Access, Const, Forward>;
  using SafeIterator = detail::IntrusiveSafeIterator<List, Access, /*NullTerminated=*/false>;
  template <class Iter> using Range = detail::IntrusiveRange<Iter>;

 public:
  /// The link type of the elements.
  using Link = typename Access::Link;
  static_assert(detail::is_list_link_v<Link>,
                "List<T, &T::link> needs a ListLink (or AutoUnlinkListLink) member");
  using value_type = T;
  using iterator = Iterator<false, true>;
  using const_iterator = Iterator<true, true>;

  /// An empty list. constexpr: a `constinit` list needs no constructor to run.
  constexpr List() noexcept : head_{&head_, &head_} {}

  List(const List&) = delete;
  List& operator=(const List&) = delete;

  /// Unlinks every remaining element (O(n)), so each may be relinked or destroyed afterwards.
  ~List() { clear(); }

  // ---- Querying -----------------------------------------------------------------------------

  /// True when the list holds no element.
  ///
  ///     if (queue.is_empty()) sleep();
  [[nodiscard]] bool is_empty() const noexcept { return head_.next == &head_; }

  /// The first element, or None.
  ///
  ///     if (Request* r = queue.front().as_ptr()) start(*r);
  [[nodiscard]] Option<T&> front() noexcept { return element_or_none(head_.next); }
  [[nodiscard]] Option<const T&> front() const noexcept { return element_or_none(head_.next); }

  /// The last element, or None.
  [[nodiscard]] Option<T&> back() noexcept { return element_or_none(head_.prev); }
  [[nodiscard]] Option<const T&> back() const noexcept { return element_or_none(head_.prev); }

  /// True when `elem` is on some list through this list's link (O(1); not necessarily this list).
  [[nodiscard]] static bool is_linked(const T& elem) noexcept { return Access::link(elem).is_linked(); }

  /// True when `elem` is on this very list. O(n): walks the list.
  ///
  ///     CHECK(queue.contains_linked(request));
  [[nodiscard]] bool contains_linked(const T& elem) const noexcept {
    return detail::intrusive_contains<Node>(head_.next, &head_, Access::node(elem));
  }

  /// The number of elements. O(n): the list keeps no count, like `list_head`.
  [[nodiscard]] detail::size_t size() const noexcept {
    return detail::intrusive_count<Node>(head_.next, &head_);
  }

  // ---- Inserting ----------------------------------------------------------------------------

  /// Links `elem` in as the first element. Precondition: `elem` is not linked through this
  /// link (debug builds panic otherwise; `try_push_front` checks in every build).
  ///
  ///     stack.push_front(frame);
  void push_front(T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    link_between(elem, &head_, head_.next, where);
  }

  /// Links `elem` in as the last element. Precondition as for `push_front`.
  ///
  ///     queue.push_back(request);
  void push_back(T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    link_between(elem, head_.prev, &head_, where);
  }

  /// Links `elem` in as the first element, or changes nothing and fails. Never panics.
  ///
  /// Errors: EBUSY: the element is already on a list.
  ///
  ///     FERRITE_TRY(queue.try_push_front(req));
  [[nodiscard]] Result<void, Errno> try_push_front(T& elem) noexcept {
    if (is_linked(elem)) return Err(Errno::Busy);
    detail::list_insert(Access::node(elem), &head_, head_.next);
    return Ok();
  }

  /// Links `elem` in as the last element, or changes nothing and fails. Never panics.
  ///
  /// Errors: EBUSY: the element is already on a list.
  [[nodiscard]] Result<void, Errno> try_push_back(T& elem) noexcept {
    if (is_linked(elem)) return Err(Errno::Busy);
    detail::list_insert(Access::node(elem), head_.prev, &head_);
    return Ok();
  }

  /// Links `elem` in just before `pos`, which must be on this list. Precondition: `elem` is not
  /// linked, `pos` is (both checked in debug builds).
  ///
  ///     queue.insert_before(later_request, urgent_request);
  void insert_before(T& pos, T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    Node* at = Access::node(pos);
    detail::debug_check(is_linked(pos), "List::insert_before: the position is not linked", where);
    link_between(elem, at->prev, at, where);
  }

  /// Links `elem` in just after `pos`, which must be on this list. Preconditions as for
  /// `insert_before`.
  void insert_after(T& pos, T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    Node* at = Access::node(pos);
    detail::debug_check(is_linked(pos), "List::insert_after: the position is not linked", where);
    link_between(elem, at, at->next, where);
  }

  // ---- Removing -----------------------------------------------------------------------------

  /// Unlinks and returns the first element, or None if the list is empty.
  ///
  ///     while (Request* r = queue.pop_front().as_ptr()) complete(*r);
  Option<T&> pop_front() noexcept { return unlink_or_none(head_.next); }

  /// Unlinks and returns the last element, or None if the list is empty.
  Option<T&> pop_back() noexcept { return unlink_or_none(head_.prev); }

  /// Unlinks `elem` and returns true, or returns false if it was not linked. `elem` should be
  /// on this list; if it is on another list of the same link, it leaves that one (consistently).
  ///
  ///     if (queue.remove(request)) cancel(request);
  bool remove(T& elem) noexcept { return Access::link(elem).unlink(); }

  /// Unlinks every element. O(n): each link is reset so its element knows it is free.
  void clear() noexcept {
    Node* n = head_.next;
    while (n != &head_) {
      Node* next = n->next;
      detail::list_mark_unlinked(n);
      n = next;
    }
    head_.next = head_.prev = &head_;
  }

  /// Unlinks every element for which `pred(elem)` is true; returns how many. O(n).
  ///
  ///     queue.remove_if([](const Request& r) { return r.cancelled; });
  template <class Pred>
  detail::size_t remove_if(Pred&& pred) {
    detail::size_t removed = 0;
    for (T& elem : iter_safe()) {
      if (pred(static_cast<const T&>(elem))) {
        Access::link(elem).unlink();
        ++removed;
      }
    }
    return removed;
  }

  // ---- Moving all elements ------------------------------------------------------------------

  /// Moves all of `other`'s elements, in order, to the end of this list; `other` ends empty. O(1).
  ///
  ///     done.append(batch);  // list_splice_tail_init(&batch, &done)
  void append(List& other) noexcept { splice_between(other, head_.prev, &head_); }

  /// Moves all of `other`'s elements, in order, to the front of this list; `other` ends empty. O(1).
  void prepend(List& other) noexcept { splice_between(other, &head_, head_.next); }

  /// Moves all of `other`'s elements, in order, just before `pos` (on this list). O(1).
  void splice_before(T& pos, List& other, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(is_linked(pos), "List::splice_before: the position is not linked", where);
    Node* at = Access::node(pos);
    splice_between(other, at->prev, at);
  }

  /// Moves all of `other`'s elements, in order, just after `pos` (on this list). O(1).
  void splice_after(T& pos, List& other, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(is_linked(pos), "List::splice_after: the position is not linked", where);
    Node* at = Access::node(pos);
    splice_between(other, at, at->next);
  }

  // ---- Iterating ----------------------------------------------------------------------------

  /// Front-to-back iteration; the iterators are bidirectional. The body must not unlink the
  /// current element (use `iter_safe()` for that).
  ///
  ///     for (Request& r : queue) r.retries = 0;
  iterator begin() noexcept { return iterator(head_.next); }
  iterator end() noexcept { return iterator(&head_); }
  const_iterator begin() const noexcept { return const_iterator(head_.next); }
  const_iterator end() const noexcept { return const_iterator(&head_); }

  /// Back-to-front iteration.
  ///
  ///     for (Request& r : queue.reversed()) undo(r);
  Range<Iterator<false, false>> reversed() noexcept {
    return {Iterator<false, false>(head_.prev), Iterator<false, false>(&head_)};
  }
  Range<Iterator<true, false>> reversed() const noexcept {
    return {Iterator<true, false>(head_.prev), Iterator<true, false>(&head_)};
  }

  /// Front-to-back iteration whose body may unlink (or move to another list) the current
  /// element, but no other: the next element is fetched before the body runs.
  ///
  ///     for (Request& r : queue.iter_safe())
  ///       if (r.done) queue.remove(r);
  Range<SafeIterator> iter_safe() noexcept {
    return {SafeIterator(head_.next, &head_), SafeIterator(&head_, &head_)};
  }

 private:
  Node head_;

  Option<T&> element_or_none(Node* n) noexcept {
    if (n == &head_) return None;
    return *Access::element(n);
  }
  Option<const T&> element_or_none(const Node* n) const noexcept {
    if (n == &head_) return None;
    return *Access::element(n);
  }

  Option<T&> unlink_or_none(Node* n) noexcept {
    if (n == &head_) return None;
    detail::node_unlink(n);
    return *Access::element(n);
  }

  void link_between(T& elem, Node* prev, Node* next, SourceLocation where) noexcept {
    detail::debug_check(!is_linked(elem), "List: inserting an element that is already linked", where);
    detail::list_insert(Access::node(elem), prev, next);
  }

  void splice_between(List& other, Node* prev, Node* next) noexcept {
    if (&other == this || other.is_empty()) return;
    Node* first = other.head_.next;
    Node* last = other.head_.prev;
    first->prev = prev;
    prev->next = first;
    last->next = next;
    next->prev = last;
    other.head_.next = other.head_.prev = &other.head_;
  }
};

// ---- Details --------------------------------------------------------------------------------

namespace detail {

inline ListNode* list_poison_next() noexcept { return intrusive_poison<ListNode>(poison_next_address); }
inline ListNode* list_poison_prev() noexcept { return intrusive_poison<ListNode>(poison_prev_address); }

inline bool node_is_linked(const ListNode* n) noexcept {
  if constexpr (intrusive_links_check) return n->next != nullptr && n->next != list_poison_next();
  return n->next != nullptr;
}

/// Puts an unlinked node into the unlinked state: null, or poison in debug builds.
inline void list_mark_unlinked(ListNode* n) noexcept {
  if constexpr (intrusive_links_check) {
    n->next = list_poison_next();
    n->prev = list_poison_prev();
  } else {
    n->next = nullptr;
    n->prev = nullptr;
  }
}

inline void list_insert(ListNode* n, ListNode* prev, ListNode* next) noexcept {
  n->next = next;
  n->prev = prev;
  prev->next = n;
  next->prev = n;
}

inline void node_unlink(ListNode* n) noexcept {
  n->prev->next = n->next;
  n->next->prev = n->prev;
  list_mark_unlinked(n);
}

}  // namespace detail

template <LinkMode Mode>
inline bool BasicListLink<Mode>::is_linked() const noexcept {
  return detail::node_is_linked(&node_);
}

template <LinkMode Mode>
inline bool BasicListLink<Mode>::unlink() noexcept {
  if (!is_linked()) return false;
  detail::node_unlink(&node_);
  return true;
}

}  // namespace ferrite

#endif  // FERRITE_LIST_HPP
