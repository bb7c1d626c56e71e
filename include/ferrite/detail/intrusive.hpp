// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/detail/intrusive.hpp: the machinery List (list.hpp), SList (slist.hpp) and HList
// (hlist.hpp) share, written once and parameterised by the node type of each shape. Nothing here
// is public API: read list.hpp first.
//
//   IntrusiveAccess<T, Member, Node>  element <-> link <-> node conversions through `&T::link`
//   IntrusiveLinkNode<Node, ...>      a link's node, with the destructor its mode and build need
//   IntrusiveIterator                 forward (or, on a node with `prev`, bidirectional) iterator
//   IntrusiveSafeIterator             iterator whose loop body may unlink the current element
//   IntrusiveRange                    a begin/end pair for range-for
//   intrusive_count, intrusive_contains, and the poison addresses of unlinked links
//
// Each shape supplies its node type and two overloads found by argument-dependent lookup:
// `node_is_linked(const Node*)` and `node_unlink(Node*)`.
//
// How an element is recovered from its link (member pointer offset, launder, downcast) and why
// it is sound is told in list.hpp's overview, "From link to element".
#ifndef FERRITE_DETAIL_INTRUSIVE_HPP
#define FERRITE_DETAIL_INTRUSIVE_HPP

#include "../config.hpp"
#include "../utility.hpp"

namespace ferrite::detail {

/// Whether links are checked and poisoned: debug builds only, so release links cost what C's do.
inline constexpr bool intrusive_links_check = FERRITE_DEBUG_CHECKS != 0;

// ---- Poison ---------------------------------------------------------------------------------

/// The values an unlinked link holds in debug builds: low addresses that no kernel or user
/// space maps, so following a stale link faults at once, as with Linux's LIST_POISON1/2.
/// All three shapes poison their links with the same two addresses.
inline constexpr uintptr_t poison_next_address = 0x100;
inline constexpr uintptr_t poison_prev_address = 0x122;

template <class P>
inline P* intrusive_poison(uintptr_t address) noexcept {
  return reinterpret_cast<P*>(address);
}

// ---- From member pointer to offset ----------------------------------------------------------

/// Splits a data member pointer type `M C::*` into its class and member type.
template <class P>
struct MemberPointer {
  static constexpr bool valid = false;
};
template <class M, class C>
struct MemberPointer<M C::*> {
  static constexpr bool valid = true;
  using Class = C;
  using Member = M;
};

/// The byte offset of a data member inside its class, read from the member pointer: under the
/// Itanium C++ ABI a data member pointer is represented as exactly this offset. Not constexpr
/// (bit_cast of a member pointer is not allowed in constant expressions), but it folds to an
/// immediate at -O1 and above.
template <auto MemberPtr>
[[gnu::always_inline]] inline ptrdiff_t member_offset() noexcept {
  static_assert(sizeof(MemberPtr) == sizeof(ptrdiff_t),
                "ferrite intrusive containers need the Itanium C++ ABI, where a data member "
                "pointer is its byte offset; this target represents it differently");
  return __builtin_bit_cast(ptrdiff_t, MemberPtr);
}

// ---- Element <-> link <-> node --------------------------------------------------------------

/// Conversions for an intrusive container of `T` threaded through `Member` (`&T::link`), whose
/// link holds its node in a member `node_` derived from (or equal to) `Node`. The link class
/// befriends this template. Which link type `Member` must name is checked by the container.
template <class T, auto Member, class NodeType>
struct IntrusiveAccess {
  using Traits = MemberPointer<decltype(Member)>;
  static_assert(Traits::valid,
                "the second template argument must be a data member pointer: &T::link");
  using Owner = typename Traits::Class;
  using Link = typename Traits::Member;
  using Element = T;
  using Node = NodeType;
  static_assert(__is_class(T), "intrusive containers hold class types");
  static_assert(is_same_v<Owner, T> || __is_base_of(Owner, T),
                "the link must be a member of T or of a (non-virtual) base of T");
  static_assert(Member != nullptr, "the link member pointer must not be null");
  // From the link's class back down to T is a static_cast, which the language allows only from
  // an accessible, non-virtual base: a virtual base has no fixed offset inside T.
  static_assert(
      requires(Owner* owner) { static_cast<T*>(owner); },
      "the link is inside a virtual (or inaccessible) base of T: its offset is not fixed, "
      "so the element cannot be recovered from it; put the link in T or a non-virtual base");

  static Link& link(T& elem) noexcept { return static_cast<Owner&>(elem).*Member; }
  static const Link& link(const T& elem) noexcept {
    return static_cast<const Owner&>(elem).*Member;
  }

  static Node* node(T& elem) noexcept { return &link(elem).node_; }
  static const Node* node(const T& elem) noexcept { return &link(elem).node_; }

  /// The element of a node that is not a head. The node is the first and only member of the
  /// standard-layout link, so the two are pointer-interconvertible.
  static T* element(Node* n) noexcept {
    using LinkNode = decltype(Link::node_);
    static_assert(__is_standard_layout(Link));
    return element_of_link(static_cast<Link*>(static_cast<void*>(static_cast<LinkNode*>(n))));
  }
  static const T* element(const Node* n) noexcept {
    using LinkNode = decltype(Link::node_);
    return element_of_link(
        static_cast<const Link*>(static_cast<const void*>(static_cast<const LinkNode*>(n))));
  }

  /// The element whose link is `l`. `l` must be the link of a live `T` (it is, while linked).
  static T* element_of_link(Link* l) noexcept {
    unsigned char* bytes = reinterpret_cast<unsigned char*>(l) - member_offset<Member>();
    // The owner is alive at that address; launder makes the pointer refer to it. The
    // downcast to T is valid because only T objects are ever linked into this container.
    Owner* owner = __builtin_launder(reinterpret_cast<Owner*>(bytes));
    return static_cast<T*>(owner);
  }
  static const T* element_of_link(const Link* l) noexcept {
    const unsigned char* bytes =
        reinterpret_cast<const unsigned char*>(l) - member_offset<Member>();
    const Owner* owner = __builtin_launder(reinterpret_cast<const Owner*>(bytes));
    return static_cast<const T*>(owner);
  }
};

// ---- Link nodes -----------------------------------------------------------------------------

/// A link's node with the destructor its mode and the build need: an auto-unlink node leaves
/// its list in every build; any other panics with `Message` if destroyed while linked, in debug
/// builds, and is trivially destructible in release builds, exactly like the C node. The
/// specialization stands in for `requires` on a defaulted destructor, which Clang before 16
/// does not implement.
template <class Node, bool AutoUnlink, const char* Message,
          bool HasDestructor = AutoUnlink || intrusive_links_check>
struct IntrusiveLinkNode : Node {
  constexpr IntrusiveLinkNode() noexcept : Node{} {}
  IntrusiveLinkNode(const IntrusiveLinkNode&) = delete;
  IntrusiveLinkNode& operator=(const IntrusiveLinkNode&) = delete;
  ~IntrusiveLinkNode() {
    if constexpr (AutoUnlink) {
      if (node_is_linked(this)) node_unlink(this);
    } else {
      // Its neighbours would keep pointing into freed memory.
      debug_check(!node_is_linked(this), Message);
    }
  }
};

template <class Node, bool AutoUnlink, const char* Message>
struct IntrusiveLinkNode<Node, AutoUnlink, Message, false> : Node {
  constexpr IntrusiveLinkNode() noexcept : Node{} {}
  IntrusiveLinkNode(const IntrusiveLinkNode&) = delete;
  IntrusiveLinkNode& operator=(const IntrusiveLinkNode&) = delete;
  ~IntrusiveLinkNode() = default;
};

// ---- Walking ----------------------------------------------------------------------------------

/// The number of nodes from `first` up to `end` (a ring's head, or null). O(n).
template <class Node>
inline size_t intrusive_count(const Node* first, const Node* end) noexcept {
  size_t count = 0;
  for (const Node* n = first; n != end; n = n->next) ++count;
  return count;
}

/// True when `target` is among the nodes from `first` up to `end`. O(n).
template <class Node>
inline bool intrusive_contains(const Node* first, const Node* end, const Node* target) noexcept {
  for (const Node* n = first; n != end; n = n->next)
    if (n == target) return true;
  return false;
}

// ---- Iterators --------------------------------------------------------------------------------

/// The iterator of `Container`: forward along `next`, or backward along `prev` when
/// `!Forward`. Bidirectional when the node has `prev`. Only the container makes one at a node.
template <class Container, class Access, bool Const, bool Forward = true>
class IntrusiveIterator {
  using T = typename Access::Element;
  using Node = typename Access::Node;
  static constexpr bool bidirectional = requires(Node* n) { n->prev; };

 public:
  using value_type = T;
  using reference = conditional_t<Const, const T&, T&>;
  using pointer = conditional_t<Const, const T*, T*>;
  using difference_type = ptrdiff_t;

  constexpr IntrusiveIterator() noexcept = default;
  /// A const iterator from a mutable one.
  template <bool IsConst = Const>
    requires IsConst
  constexpr IntrusiveIterator(const IntrusiveIterator<Container, Access, false, Forward>& other) noexcept
      : node_(other.node_) {}

  reference operator*() const noexcept { return *Access::element(node_); }
  pointer operator->() const noexcept { return Access::element(node_); }
  IntrusiveIterator& operator++() noexcept {
    if constexpr (Forward)
      node_ = node_->next;
    else
      node_ = node_->prev;
    return *this;
  }
  IntrusiveIterator operator++(int) noexcept {
    IntrusiveIterator old = *this;
    ++*this;
    return old;
  }
  IntrusiveIterator& operator--() noexcept
    requires bidirectional
  {
    if constexpr (Forward)
      node_ = node_->prev;
    else
      node_ = node_->next;
    return *this;
  }
  IntrusiveIterator operator--(int) noexcept
    requires bidirectional
  {
    IntrusiveIterator old = *this;
    --*this;
    return old;
  }
  friend bool operator==(const IntrusiveIterator& a, const IntrusiveIterator& b) noexcept {
    return a.node_ == b.node_;
  }

 private:
  using NodePointer = conditional_t<Const, const Node*, Node*>;
  friend Container;
  template <class, class, bool, bool>
  friend class IntrusiveIterator;
  explicit IntrusiveIterator(NodePointer node) noexcept : node_(node) {}
  NodePointer node_ = nullptr;
};

/// The iterator of `Container::iter_safe()`: it fetches the next node before the loop body
/// runs, so the body may unlink the current element (and no other). `NullTerminated`: the
/// walk ends at null (HList) rather than at a ring's head, so the last `next` is not followed.
template <class Container, class Access, bool NullTerminated>
class IntrusiveSafeIterator {
  using Node = typename Access::Node;

 public:
  typename Access::Element& operator*() const noexcept { return *Access::element(node_); }
  IntrusiveSafeIterator& operator++() noexcept {
    node_ = next_;
    if constexpr (NullTerminated)
      next_ = node_ == nullptr ? nullptr : node_->next;
    else
      next_ = node_->next;
    return *this;
  }
  friend bool operator==(const IntrusiveSafeIterator& a, const IntrusiveSafeIterator& b) noexcept {
    return a.node_ == b.node_;
  }

 private:
  friend Container;
  IntrusiveSafeIterator(Node* node, Node* end) noexcept
      : node_(node), next_(node == end ? end : node->next) {}
  Node* node_;
  Node* next_;
};

/// A begin/end pair for range-for: `reversed()` and `iter_safe()` return one.
template <class Iter>
struct IntrusiveRange {
  Iter first_;
  Iter last_;
  Iter begin() const noexcept { return first_; }
  Iter end() const noexcept { return last_; }
};

}  // namespace ferrite::detail

#endif  // FERRITE_DETAIL_INTRUSIVE_HPP
