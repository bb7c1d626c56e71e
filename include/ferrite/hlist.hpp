// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/hlist.hpp: an intrusive list with a one-pointer head, the kernel's `hlist`, made for
// hash table buckets: a table of 1024 buckets costs 1024 pointers, and an element still leaves
// its bucket in O(1) without knowing which bucket it is in.
//
//     struct Inode { unsigned long number; ferrite::HListLink hash_link; };
//     using Bucket = ferrite::HList<Inode, &Inode::hash_link>;
//     Bucket table[1024];             // in a pinned object; a global goes in a StaticCell
//
//     table[inode.number % 1024].push_front(inode);
//     ...
//     Bucket::remove(inode);          // O(1), no bucket needed
//
// Size guarantees
//   sizeof(HList<...>) == sizeof(void*); sizeof(HListLink) == 2 * sizeof(void*): `next` and
//   `pprev`, the address of the pointer that points at this element (the head's, or the
//   previous element's `next`). A link knows whether it is linked (`pprev` null, or poison in
//   debug builds, when it is not).
//
// Link modes, as for List: `HListLink` (destroying it linked is caught in debug builds) and
// `AutoUnlinkHListLink` (unlinks itself when destroyed).
//
// Methods of HList (O(1) unless marked)
//   querying     is_empty, front -> Option<T&>, is_linked(elem), size() O(n),
//                contains_linked(elem) O(n)
//   inserting    push_front, insert_before(pos, elem), insert_after(pos, elem) (precondition:
//                elem not linked, checked in debug builds), try_push_front -> Result<void,
//                Errno> (EBUSY: the element is already on a list)
//   removing     pop_front -> Option<T&>, remove(elem) -> bool (static: no head needed),
//                remove_if(pred) O(n), clear() O(n)
//   iterating    range-for (forward), iter_safe() (the body may remove the current element)
//
// Safety as for List (see list.hpp): links and heads are neither copyable nor movable (the
// first element points back into the head); destroying an HList unlinks its elements. The
// machinery shared with List and SList is in detail/intrusive.hpp.
#ifndef FERRITE_HLIST_HPP
#define FERRITE_HLIST_HPP

#include "config.hpp"
#include "detail/intrusive.hpp"
#include "errno.hpp"
#include "list.hpp"  // LinkMode
#include "option.hpp"
#include "result.hpp"
#include "utility.hpp"

namespace ferrite {

template <LinkMode Mode> class BasicHListLink;

namespace detail {
/// `hlist_node`: the next element and the address of the pointer that points here.
struct HListNode {
  HListNode* next;
  HListNode** pprev;
};
bool node_is_linked(const HListNode* n) noexcept;
void node_unlink(HListNode* n) noexcept;
inline constexpr char hlist_link_destroyed_message[] = "HListLink destroyed while still linked";
template <class L> inline constexpr bool is_hlist_link_v = false;
template <LinkMode Mode> inline constexpr bool is_hlist_link_v<BasicHListLink<Mode>> = true;
}  // namespace detail

/// The hook an element embeds to sit on an `HList`: two pointers, like `hlist_node`.
///
///     struct Entry { ferrite::HListLink link; int key; };
template <LinkMode Mode>
class BasicHListLink {
 public:
  /// An unlinked link.
  constexpr BasicHListLink() noexcept = default;
  BasicHListLink(const BasicHListLink&) = delete;
  BasicHListLink& operator=(const BasicHListLink&) = delete;
  /// Safe mode: debug builds panic if still linked. AutoUnlink mode: unlinks first.
  ~BasicHListLink() = default;

  /// True while this link is on a list.
  [[nodiscard]] bool is_linked() const noexcept { return detail::node_is_linked(&node_); }

  /// Removes this link from whatever bucket holds it; returns whether it was linked.
  bool unlink() noexcept {
    if (!is_linked()) return false;
    detail::node_unlink(&node_);
    return true;
  }

 private:
  template <class, auto, class> friend struct detail::IntrusiveAccess;
  detail::IntrusiveLinkNode<detail::HListNode, Mode == LinkMode::AutoUnlink,
                            detail::hlist_link_destroyed_message>
      node_;
};

/// The default hash-bucket link: destroying it while linked is caught in debug builds.
using HListLink = BasicHListLink<LinkMode::Safe>;
/// A hash-bucket link that unlinks itself when destroyed.
using AutoUnlinkHListLink = BasicHListLink<LinkMode::AutoUnlink>;

/// An intrusive list with a single-pointer head, threaded through `Member` (`&T::link`, an
/// `HListLink` or `AutoUnlinkHListLink` of `T` or of a non-virtual base of `T`).
///
///     ferrite::HList<Entry, &Entry::link> bucket;
///
/// Invariant: `first` is null or the first element, whose `pprev` is `&first`; each further
/// element's `pprev` is the address of its predecessor's `next`; the last `next` is null.
template <class T, auto Member>
class HList {
  using Access = detail::IntrusiveAccess<T, Member, detail::HListNode>;
  using Node = detail::HListNode;
  template <bool Const> using Iterator = detail::IntrusiveIterator<HList, Access, Const>;
  using SafeIterator = detail::IntrusiveSafeIterator<HList, Access, /*NullTerminated=*/true>;
  template <class Iter> using Range = detail::IntrusiveRange<Iter>;
  static_assert(detail::is_hlist_link_v<typename Access::Link>,
                "HList<T, &T::link> needs an HListLink (or AutoUnlinkHListLink) member");

 public:
  using value_type = T;
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;

  /// An empty bucket; constexpr, so a table of them can be `constinit`.
  constexpr HList() noexcept = default;
  HList(const HList&) = delete;
  HList& operator=(const HList&) = delete;

  /// Unlinks every remaining element (O(n)).
  ~HList() { clear(); }

  // ---- Querying -----------------------------------------------------------------------------

  /// True when the list holds no element.
  [[nodiscard]] bool is_empty() const noexcept { return first_ == nullptr; }

  /// The first element, or None.
  [[nodiscard]] Option<T&> front() noexcept {
    if (first_ == nullptr) return None;
    return *Access::element(first_);
  }
  [[nodiscard]] Option<const T&> front() const noexcept {
    if (first_ == nullptr) return None;
    return *Access::element(first_);
  }

  /// True when `elem` is on some HList through this link (O(1)).
  [[nodiscard]] static bool is_linked(const T& elem) noexcept { return Access::link(elem).is_linked(); }

  /// True when `elem` is on this very list. O(n).
  ///
  ///     CHECK(table[hash(key)].contains_linked(entry));
  [[nodiscard]] bool contains_linked(const T& elem) const noexcept {
    return detail::intrusive_contains<Node>(first_, nullptr, Access::node(elem));
  }

  /// The number of elements. O(n).
  [[nodiscard]] detail::size_t size() const noexcept {
    return detail::intrusive_count<Node>(first_, nullptr);
  }

  // ---- Inserting ----------------------------------------------------------------------------

  /// Links `elem` in as the first element. Precondition: `elem` is not linked (debug builds
  /// panic otherwise; `try_push_front` checks in every build).
  ///
  ///     table[hash(entry.key) % 64].push_front(entry);
  void push_front(T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(!is_linked(elem), "HList: inserting an element that is already linked", where);
    link_at(&first_, Access::node(elem));
  }

  /// Links `elem` in as the first element, or changes nothing and fails. Never panics.
  ///
  /// Errors: EBUSY: the element is already on a list.
  ///
  ///     FERRITE_TRY(table[hash(entry.key) % 64].try_push_front(entry));
  [[nodiscard]] Result<void, Errno> try_push_front(T& elem) noexcept {
    if (is_linked(elem)) return Err(Errno::Busy);
    link_at(&first_, Access::node(elem));
    return Ok();
  }

  /// Links `elem` in just before `pos` (on this list). Preconditions: `elem` not linked, `pos`
  /// linked (checked in debug builds).
  void insert_before(T& pos, T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(is_linked(pos), "HList::insert_before: the position is not linked", where);
    detail::debug_check(!is_linked(elem), "HList: inserting an element that is already linked", where);
    link_at(Access::node(pos)->pprev, Access::node(elem));
  }

  /// Links `elem` in just after `pos` (on this list). Preconditions as for `insert_before`.
  void insert_after(T& pos, T& elem, SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(is_linked(pos), "HList::insert_after: the position is not linked", where);
    detail::debug_check(!is_linked(elem), "HList: inserting an element that is already linked", where);
    link_at(&Access::node(pos)->next, Access::node(elem));
  }

  // ---- Removing -----------------------------------------------------------------------------

  /// Unlinks and returns the first element, or None.
  Option<T&> pop_front() noexcept {
    if (first_ == nullptr) return None;
    Node* n = first_;
    detail::node_unlink(n);
    return *Access::element(n);
  }

  /// Unlinks `elem` from whichever bucket holds it and returns true, or returns false if it
  /// was not linked. O(1); static, because an hlist element needs no head to leave.
  ///
  ///     Bucket::remove(entry);
  static bool remove(T& elem) noexcept { return Access::link(elem).unlink(); }

  /// Unlinks every element for which `pred(elem)` is true; returns how many. O(n).
  template <class Pred>
  detail::size_t remove_if(Pred&& pred) {
    detail::size_t removed = 0;
    for (T& elem : iter_safe()) {
      if (pred(static_cast<const T&>(elem))) {
        remove(elem);
        ++removed;
      }
    }
    return removed;
  }

  /// Unlinks every element. O(n).
  void clear() noexcept {
    while (first_ != nullptr) detail::node_unlink(first_);
  }

  // ---- Iterating ----------------------------------------------------------------------------

  /// Front-to-back iteration; the body must not unlink the current element (use iter_safe).
  iterator begin() noexcept { return iterator(first_); }
  iterator end() noexcept { return iterator(nullptr); }
  const_iterator begin() const noexcept { return const_iterator(first_); }
  const_iterator end() const noexcept { return const_iterator(nullptr); }

  /// Front-to-back iteration whose body may unlink the current element (and no other).
  ///
  ///     for (Entry& e : bucket.iter_safe())
  ///       if (e.expired) Bucket::remove(e);
  Range<SafeIterator> iter_safe() noexcept {
    return {SafeIterator(first_, nullptr), SafeIterator(nullptr, nullptr)};
  }

 private:
  Node* first_ = nullptr;

  /// Links `n` in at `*slot` (the head's `first_` or some element's `next`).
  static void link_at(Node** slot, Node* n) noexcept {
    n->next = *slot;
    n->pprev = slot;
    if (*slot != nullptr) (*slot)->pprev = &n->next;
    *slot = n;
  }
};

// ---- Details --------------------------------------------------------------------------------

namespace detail {

inline HListNode** hlist_poison_pprev() noexcept {
  return intrusive_poison<HListNode*>(poison_prev_address);
}

inline bool node_is_linked(const HListNode* n) noexcept {
  if constexpr (intrusive_links_check) return n->pprev != nullptr && n->pprev != hlist_poison_pprev();
  return n->pprev != nullptr;
}

inline void node_unlink(HListNode* n) noexcept {
  *n->pprev = n->next;
  if (n->next != nullptr) n->next->pprev = n->pprev;
  if constexpr (intrusive_links_check) {
    n->next = intrusive_poison<HListNode>(poison_next_address);
    n->pprev = hlist_poison_pprev();
  } else {
    n->next = nullptr;
    n->pprev = nullptr;
  }
}

}  // namespace detail
}  // namespace ferrite

#endif  // FERRITE_HLIST_HPP
