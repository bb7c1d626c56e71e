// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/slist.hpp: an intrusive singly linked list, the shape of the kernel's `llist`: one
// pointer per element, O(1) push and pop at the front. Use it for stacks, free lists and work
// batches, where nothing is ever removed from the middle in a hurry.
//
//     struct Buffer { ferrite::SListLink free_link; char data[512]; };
//     ferrite::SList<Buffer, &Buffer::free_link> free_buffers;
//
//     free_buffers.push_front(buffer);
//     if (Buffer* b = free_buffers.pop_front().as_ptr()) fill(*b);
//
// Size guarantees
//   sizeof(SListLink) == sizeof(SList<...>) == sizeof(void*).
//   The list is a ring closed through the head: the last element points back to the head, so
//   an unlinked link (null, or poison in debug builds) is told apart from the last one, and a
//   link always knows whether it is linked.
//
// Methods of SList (O(1) unless marked)
//   querying     is_empty, front -> Option<T&>, is_linked(elem), size() O(n),
//                contains_linked(elem) O(n)
//   inserting    push_front, insert_after(pos, elem) (precondition: elem not linked, checked in
//                debug builds), try_push_front -> Result<void, Errno> (EBUSY: the element is
//                already on a list)
//   removing     pop_front -> Option<T&>, remove(elem) -> bool O(n), remove_if(pred) O(n),
//                clear() O(n)
//   reordering   reverse() O(n) (llist_reverse_order)
//   iterating    range-for (forward), iter_safe() (the body may remove the current element)
//
// Safety as for List (see list.hpp): links and heads are neither copyable nor movable;
// destroying a linked element is caught in debug builds; destroying an SList unlinks its
// elements; the element is recovered from its link through the member pointer (the machinery
// shared with List and HList is in detail/intrusive.hpp). `remove` searches this list, so
// removing an element that is on another list returns false.
#ifndef FERRITE_SLIST_HPP
#define FERRITE_SLIST_HPP

#include "config.hpp"
#include "detail/intrusive.hpp"
#include "errno.hpp"
#include "option.hpp"
#include "result.hpp"
#include "utility.hpp"

namespace ferrite {

namespace detail {
/// One pointer; an SList's head is a bare SListNode closing the ring.
struct SListNode {
  SListNode* next;
};
bool node_is_linked(const SListNode* n) noexcept;
void slist_mark_unlinked(SListNode* n) noexcept;
inline constexpr char slist_link_destroyed_message[] = "SListLink destroyed while still linked";
}  // namespace detail

/// The hook an element embeds to sit on an `SList`: one pointer.
///
///     struct Work { ferrite::SListLink link; void (*fn)(Work&); };
///
/// Invariant: unlinked (null, or poison in debug builds) or part of one SList's ring.
/// Destroying it while linked is caught in debug builds.
class SListLink {
 public:
  /// An unlinked link.
  constexpr SListLink() noexcept = default;
  SListLink(const SListLink&) = delete;
  SListLink& operator=(const SListLink&) = delete;
  /// Debug builds panic if still linked: its predecessor would point into freed memory.
  ~SListLink() = default;

  /// True while this link is on a list.
  [[nodiscard]] bool is_linked() const noexcept { return detail::node_is_linked(&node_); }

 private:
  template <class, auto, class> friend struct detail::IntrusiveAccess;
  // Never auto-unlink: a singly linked element cannot leave its list without the head.
  detail::IntrusiveLinkNode<detail::SListNode, false, detail::slist_link_destroyed_message> node_;
};

/// An intrusive singly linked list of `T` threaded through `Member` (`&T::link`, an
/// `SListLink` of `T` or of a non-virtual base of `T`).
///
///     ferrite::SList<Work, &Work::link> pending;
///
/// Invariant: the head and the elements' links form one ring; an empty list's head points to
/// itself. The list never owns its elements.
template <class T, auto Member>
class SList {
  using Access = detail::IntrusiveAccess<T, Member, detail::SListNode>;
  using Node = detail::SListNode;
  template <bool Const> using Iterator = detail::IntrusiveIterator<SList, Access, Const>;
  using SafeIterator = detail::IntrusiveSafeIterator<SList, Access, /*NullTerminated=*/false>;
  template <class Iter> using Range = detail::IntrusiveRange<Iter>;
  static_assert(detail::is_same_v<typename Access::Link, SListLink>,
                "SList<T, &T::link> needs an SListLink member");

 public:
  using value_type = T;
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;

  /// An empty list; constexpr, so `constinit` works.
  constexpr SList() noexcept : head_{&head_} {}
  SList(const SList&) = delete;
  SList& operator=(const SList&) = delete;

  /// Unlinks every remaining element (O(n)).
  ~SList() { clear(); }

  // ---- Querying -----------------------------------------------------------------------------

  /// True when the list holds no element.
  [[nodiscard]] bool is_empty() const noexcept { return head_.next == &head_; }

  /// The first element, or None.
  ///
  ///     if (Work* w = pending.front().as_ptr()) w->fn(*w);
  [[nodiscard]] Option<T&> front() noexcept {
    if (is_empty()) return None;
    return *Access::element(head_.next);
  }
  [[nodiscard]] Option<const T&> front() const noexcept {
    if (is_empty()) return None;
    return *Access::element(head_.next);
  }

  /// True when `elem` is on some SList through this link (O(1)).
  [[nodiscard]] static bool is_linked(const T& elem) noexcept { return Access::link(elem).is_linked(); }

  /// True when `elem` is on this very list. O(n).
  [[nodiscard]] bool contains_linked(const T& elem) const noexcept {
    return detail::intrusive_contains<Node>(head_.next, &head_, Access::node(elem));
  }

  /// The number of elements. O(n).
  [[nodiscard]] detail::size_t size() const noexcept {
    return detail::intrusive_count<Node>(head_.next, &head_);
  }

  // ---- Inserting ----------------------------------------------------------------------------

  /// Links `elem` in as the first element. Precondition: `elem` is not linked (debug builds
  /// panic otherwise; `try_push_front` checks in every build).
  ///
  ///     free_buffers.push_front(buffer);
  void push_front(T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(!is_linked(elem), "SList: inserting an element that is already linked", where);
    link_after(&head_, Access::node(elem));
  }

  /// Links `elem` in as the first element, or changes nothing and fails. Never panics.
  ///
  /// Errors: EBUSY: the element is already on a list.
  ///
  ///     FERRITE_TRY(free_buffers.try_push_front(buffer));
  [[nodiscard]] Result<void, Errno> try_push_front(T& elem) noexcept {
    if (is_linked(elem)) return Err(Errno::Busy);
    link_after(&head_, Access::node(elem));
    return Ok();
  }

  /// Links `elem` in just after `pos`, which must be on this list. Precondition: `elem` is not
  /// linked, `pos` is (checked in debug builds).
  void insert_after(T& pos, T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(is_linked(pos), "SList::insert_after: the position is not linked", where);
    detail::debug_check(!is_linked(elem), "SList: inserting an element that is already linked", where);
    link_after(Access::node(pos), Access::node(elem));
  }

  // ---- Removing -----------------------------------------------------------------------------

  /// Unlinks and returns the first element, or None.
  ///
  ///     while (Work* w = pending.pop_front().as_ptr()) w->fn(*w);
  Option<T&> pop_front() noexcept {
    if (is_empty()) return None;
    return *Access::element(unlink_after(&head_));
  }

  /// Unlinks `elem` from this list and returns true, or returns false (changing nothing) if it
  /// is not on this list. O(n): a singly linked element does not know its predecessor.
  bool remove(T& elem) noexcept {
    Node* target = Access::node(elem);
    for (Node* prev = &head_; prev->next != &head_; prev = prev->next) {
      if (prev->next == target) {
        unlink_after(prev);
        return true;
      }
    }
    return false;
  }

  /// Unlinks every element for which `pred(elem)` is true; returns how many. O(n), one pass.
  template <class Pred>
  detail::size_t remove_if(Pred&& pred) {
    detail::size_t removed = 0;
    Node* prev = &head_;
    while (prev->next != &head_) {
      if (pred(static_cast<const T&>(*Access::element(prev->next)))) {
        unlink_after(prev);
        ++removed;
      } else {
        prev = prev->next;
      }
    }
    return removed;
  }

  /// Unlinks every element. O(n).
  void clear() noexcept {
    while (!is_empty()) unlink_after(&head_);
  }

  // ---- Reordering ---------------------------------------------------------------------------

  /// Reverses the order of the elements in place. O(n).
  ///
  ///     batch.reverse();  // oldest first again after a series of push_front
  void reverse() noexcept {
    Node* previous = &head_;
    Node* current = head_.next;
    while (current != &head_) {
      Node* next = current->next;
      current->next = previous;
      previous = current;
      current = next;
    }
    head_.next = previous;
  }

  // ---- Iterating ----------------------------------------------------------------------------

  /// Front-to-back iteration; the body must not unlink the current element (use iter_safe).
  ///
  ///     for (Work& w : pending) w.queued = true;
  iterator begin() noexcept { return iterator(head_.next); }
  iterator end() noexcept { return iterator(&head_); }
  const_iterator begin() const noexcept { return const_iterator(head_.next); }
  const_iterator end() const noexcept { return const_iterator(&head_); }

  /// Front-to-back iteration whose body may unlink the current element (and no other).
  Range<SafeIterator> iter_safe() noexcept {
    return {SafeIterator(head_.next, &head_), SafeIterator(&head_, &head_)};
  }

 private:
  Node head_;

  static void link_after(Node* prev, Node* n) noexcept {
    n->next = prev->next;
    prev->next = n;
  }
  static Node* unlink_after(Node* prev) noexcept {
    Node* n = prev->next;
    prev->next = n->next;
    detail::slist_mark_unlinked(n);
    return n;
  }
};

// ---- Details --------------------------------------------------------------------------------

namespace detail {

inline SListNode* slist_poison_next() noexcept { return intrusive_poison<SListNode>(poison_next_address); }

inline bool node_is_linked(const SListNode* n) noexcept {
  if constexpr (intrusive_links_check) return n->next != nullptr && n->next != slist_poison_next();
  return n->next != nullptr;
}

/// Puts an unlinked node into the unlinked state: null, or poison in debug builds.
inline void slist_mark_unlinked(SListNode* n) noexcept {
  n->next = intrusive_links_check ? slist_poison_next() : nullptr;
}

}  // namespace detail
}  // namespace ferrite

#endif  // FERRITE_SLIST_HPP
