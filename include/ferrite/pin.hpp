// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/pin.hpp: objects that never move, and their fallible initialization in place.
//
// A kernel object holding a lock, a wait queue or a list head must be built at its final
// address, any step of building it can fail, and a failure must undo exactly the steps already
// done. C writes a `goto err_N` ladder; C++ constructors cannot fail without exceptions, and a
// factory returning by value moves the object. This header follows Rust for Linux's `pin-init`:
//
//   - `Pinned<Self>`: a base that makes a type neither copyable nor movable.
//   - Initializers: values describing how to build a `T` at an address, returning
//     `Result<void, E>`. On `Err` nothing is left half-built. They compose: a struct's
//     initializer is made of its fields' initializers, and when field k fails, fields k-1 ... 0
//     are destroyed, in that order, before the error is returned.
//   - Storage to run them into, with no heap: `StackSlot<T>` (a local), `StaticCell<T>` (a
//     global: constinit, initialized at a point the caller chooses, state queryable) and
//     `init_at(storage, init)` for memory the caller provides. Each hands out the proof of
//     success, `Pin<T>`, only when the initializer succeeded.
//   - `Pin<T>`: a pointer to a `T` that is fully initialized and will not move until destroyed.
//
//     struct Device : ferrite::Pinned<Device> {
//       Mutex lock;
//       Buffer rx;
//       IrqHandle irq;
//
//       static auto init(int line) {
//         return ferrite::try_pin_init<Device>(
//             ferrite::field<&Device::lock>(Mutex::init()),
//             ferrite::field<&Device::rx>(Buffer::init(4096)),        // may fail: lock undone
//             ferrite::field<&Device::irq>(IrqHandle::request(line))); // may fail: rx, lock undone
//       }
//     };
//
//     Result<void, Errno> probe(ferrite::StackSlot<Device>& slot) {
//       ferrite::Pin<Device> dev = FERRITE_TRY(slot.init(Device::init(5)));  // all or nothing
//       dev->lock.lock();
//       ...
//     }
//
// Initializers (`PinInit<T, E, F>`: `init_at(T*) && -> Result<void, E>`)
//   making       init_from_fn<T, E>(f), emplace<T>(args...), from_result<T>(result),
//                try_pin_init<T, E>(field<&T::a>(...), ...), pin_init<T>(fields...)
//   fields       field<&T::m>(initializer) | field<&T::m>(Result<U, E>) | field<&T::m>(args...)
//                | field<&T::table>() for an array member (each element default-constructed)
//   combining    .chain(f) (then run f(T&) -> Result<void, E>, undoing T if it fails),
//                .map_err(f)
// Storage
//   StackSlot<T>   init(i) -> Result<Pin<T>, E>, is_initialized(); destroys its T at scope end
//   StaticCell<T>  init(i) (panics if already initialized), try_init(i) -> Option<Result<..>>,
//                  get() -> Option<Pin<T>>, get_unchecked(), state(), is_initialized(), reset()
//   init_at(storage, i) -> Result<Pin<T>, E>, destroy_pinned(pin): caller-provided memory
// Pin<T>
//   get(), *, ->, as_ptr(), project<&T::field>() -> Pin<Field>, converts to Pin<const T>,
//   Pin<T>::new_unchecked(object) (the caller vouches)
//
// Field-wise initialization and object lifetime. `try_pin_init` builds the fields one by one in
// raw storage and never runs a constructor of `T` itself, as `pin_init!` does in Rust. That is
// well-defined in C++20 for aggregates only, which it therefore requires: an aggregate is an
// implicit-lifetime class, so the storage implicitly holds a `T` whose members are then created
// by placement at exactly their subobject addresses ([intro.object]/2 makes each a subobject
// of the `T`). Every member must be named, in declaration order, and `T` may have no base
// with data (an empty base such as `Pinned` is fine); debug builds check that the fields tile
// `T` exactly and panic before building anything if they do not. That check is by offsets, so
// it cannot see a left-out member small enough to hide in what would otherwise be alignment
// padding (`{u32 a; u32 b; u64 c;}` initialized without `b`): such a member stays
// uninitialized. Counting the aggregate's members at compile time would close this; until then,
// name every member.
//
// Size: a PinInit is its function object (often empty); Pin<T> is one pointer; StackSlot<T> and
// StaticCell<T> are `T` plus one byte (plus padding). At -O2 a composed initializer compiles to
// the goto ladder a C programmer would write.
#ifndef FERRITE_PIN_HPP
#define FERRITE_PIN_HPP

#include "config.hpp"
#include "option.hpp"
#include "result.hpp"
#include "utility.hpp"

namespace ferrite {

namespace detail {
// Placement helpers that also handle arrays; defined under Details below.
template <class T> void construct_elements(T* array);
template <class T> void destroy_value(T* value) noexcept;

/// An argument kept in an initializer as it was given: `A&&` is `U&` for an lvalue (kept by
/// reference) and `U&&` for an rvalue (kept by value).
template <class A> struct ForwardedArgument;
template <class U> struct ForwardedArgument<U&> {
  U& value;
};
template <class U> struct ForwardedArgument<U&&> {
  U value;
};
}  // namespace detail

// ---- Pinned types ---------------------------------------------------------------------------

/// Derive from `Pinned<Self>` to make a type neither copyable nor movable.
///
///     struct WaitQueue : ferrite::Pinned<WaitQueue> { ListLink waiters; SpinLock lock; };
///
/// Deleting the copy constructor also removes the implicit move constructor and assignments,
/// in the derived class too. The base is empty and costs nothing; it names its derived class
/// so that a pinned type whose first member is pinned too still gets the empty base for free
/// (two empty bases of one type could not share an address).
template <class Self>
struct Pinned {
  Pinned() = default;
  Pinned(const Pinned&) = delete;
  Pinned& operator=(const Pinned&) = delete;
  ~Pinned() = default;
};

/// True for a type that can be neither copied nor moved: a pinned type. `Pin<T>` does not
/// require it (a pinned `int` is fine), but a type meant to stay put can assert it.
///
///     static_assert(ferrite::is_pinned_v<Device>);
template <class T>
inline constexpr bool is_pinned_v = !detail::move_constructible<T> && !detail::copy_constructible<T> &&
                                    !__is_assignable(T&, T&&) && !__is_assignable(T&, const T&);

/// An error type with no values: the error of an initializer that cannot fail, Rust's
/// `core::convert::Infallible`.
struct Infallible {
  Infallible() = delete;
};

/// The value of a Result that cannot fail. Rust's `Result::into_ok`; never panics.
///
///     Pin<Counter> c = ferrite::into_ok(slot.init(ferrite::emplace<Counter>(0)));
template <class T>
constexpr T into_ok(Result<T, Infallible>&& result) noexcept {
  return detail::move(result).unwrap_unchecked();
}

// ---- Pin ------------------------------------------------------------------------------------

/// A pointer to a `T` that is fully initialized and stays at its address until destroyed; only
/// the storage types of this header (or `new_unchecked`) make one.
///
///     void start(ferrite::Pin<Device> dev) { dev->irq.enable(); }
///
/// Invariant: `get()` refers to a live, fully initialized `T` that does not move for as long as
/// it lives. A Pin is a borrowed reference: it must not outlive its storage.
template <class T>
class Pin {
 public:
  /// Pins `object`. Safety: `object` is fully initialized and will not be moved or reused
  /// before it is destroyed (it is a global, a pinned type, or heap memory never freed early).
  ///
  ///     static Device board;  // never moves
  ///     auto pin = ferrite::Pin<Device>::new_unchecked(board);
  [[nodiscard]] static constexpr Pin new_unchecked(T& object) noexcept { return Pin(detail::addressof(object)); }

  /// The pinned object.
  [[nodiscard]] constexpr T& get() const noexcept { return *pointer_; }
  constexpr T& operator*() const noexcept { return *pointer_; }
  constexpr T* operator->() const noexcept { return pointer_; }
  /// The pinned object's address.
  [[nodiscard]] constexpr T* as_ptr() const noexcept { return pointer_; }

  /// The pinned field `Member` of the pinned object: a field of an object that does not move
  /// does not move either (Rust's structural pin projection).
  ///
  ///     Pin<Mutex> lock = dev.project<&Device::lock>();
  template <auto Member>
  [[nodiscard]] constexpr auto project() const noexcept {
    using Field = detail::remove_reference_t<decltype(pointer_->*Member)>;
    return Pin<Field>::new_unchecked(pointer_->*Member);
  }

  /// A `Pin<T>` is also a `Pin<const T>`.
  template <class U = T>
    requires(!detail::is_const_v<U>)
  constexpr operator Pin<const U>() const noexcept {
    return Pin<const U>::new_unchecked(*pointer_);
  }

  friend constexpr bool operator==(const Pin& a, const Pin& b) noexcept { return a.pointer_ == b.pointer_; }

 private:
  constexpr explicit Pin(T* pointer) noexcept : pointer_(pointer) {}
  T* pointer_;
};

// ---- Initializers ---------------------------------------------------------------------------

/// A fallible in-place initializer of a `T`: calling `init_at(slot)` on an rvalue builds a `T` in
/// the uninitialized, suitably aligned storage at `slot`, and returns `Ok()` with the `T` alive
/// there, or `Err(e)` with nothing alive there. Rust's `PinInit<T, E>`.
///
///     auto i = ferrite::emplace<Counter>(5);   // PinInit<Counter, Infallible, ...>
///
/// Initializers are cheap values (their function object, often empty) and are run once.
template <class T, class E, class F>
class [[nodiscard]] PinInit {
 public:
  using value_type = T;
  using error_type = E;

  /// Wraps `build`, a function `Result<void, E>(T* slot)` keeping the contract above.
  constexpr explicit PinInit(F build) noexcept : build_(detail::move(build)) {}

  /// Builds the `T` at `slot`. Safety: `slot` is uninitialized storage for a `T`, aligned.
  Result<void, E> init_at(T* slot) && { return build_(slot); }

  /// After this initializer succeeds, runs `then(T&) -> Result<void, E>`; if that fails, the
  /// `T` is destroyed again and its error returned. Rust's `pin_chain`.
  ///
  ///     Device::init(5).chain([](Device& d) { return d.irq.enable(); })
  template <class G>
  auto chain(G then) && {
    auto build = [inner = detail::move(*this), then = detail::move(then)](T* slot) mutable -> Result<void, E> {
      Result<void, E> built = detail::move(inner).init_at(slot);
      if (built.is_err()) return built;
      Result<void, E> finished = then(*slot);
      if (finished.is_err()) detail::destroy_value(slot);
      return finished;
    };
    return PinInit<T, E, decltype(build)>(detail::move(build));
  }

  /// The same initializer with its error mapped through `f(E) -> E2`.
  ///
  ///     Buffer::init(n).map_err([](AllocError) { return Errno::NoMem; })
  template <class G>
  auto map_err(G f) && {
    using E2 = detail::remove_cvref_t<detail::invoke_result_t<G&, E&&>>;
    auto build = [inner = detail::move(*this), f = detail::move(f)](T* slot) mutable -> Result<void, E2> {
      Result<void, E> built = detail::move(inner).init_at(slot);
      if (built.is_ok()) return Ok();
      return Err(f(detail::move(built).unwrap_err_unchecked()));
    };
    return PinInit<T, E2, decltype(build)>(detail::move(build));
  }

 private:
  F build_;
};

/// An initializer from a function `Result<void, E>(T* slot)`, the escape hatch under every other
/// initializer. Safety: on `Ok`, `build` has constructed a `T` at `slot`; on `Err`, it has left
/// nothing alive there. Rust's `pin_init_from_closure`.
///
///     auto mutex_init = ferrite::init_from_fn<Mutex, Errno>([](Mutex* at) -> Result<void, Errno> {
///       if (mutex_setup_hw() != 0) return Err(Errno::Io);
///       ferrite::detail::construct_at(at);
///       return Ok();
///     });
template <class T, class E, class F>
constexpr PinInit<T, E, F> init_from_fn(F build) noexcept {
  return PinInit<T, E, F>(detail::move(build));
}

/// An initializer that cannot fail: runs `T`'s constructor with `args` at the slot. Rvalue
/// arguments are moved into the initializer; lvalues are kept by reference and must outlive it.
///
///     ferrite::emplace<SpinLock>()
///     ferrite::emplace<Buffer>(storage, 512)
template <class T, class... Args>
constexpr auto emplace(Args&&... args) {
  static_assert(!detail::is_array_v<T> || sizeof...(Args) == 0,
                "emplace<T[N]>() default-constructs every element and takes no arguments");
  static_assert(detail::is_array_v<T> || detail::constructible_from<T, Args&&...>,
                "emplace<T>(args...): T cannot be constructed from args");
  // Each argument is kept as it was given: an lvalue by reference (a constructor that keeps a
  // reference, `H(const Config&)`, must see the caller's object), an rvalue by value.
  auto build = [... stored = detail::ForwardedArgument<Args&&>{detail::forward<Args>(args)}](T* slot) mutable
      -> Result<void, Infallible> {
    if constexpr (detail::is_array_v<T>) {
      detail::construct_elements(slot);
    } else {
      detail::construct_at(slot, detail::forward<Args>(stored.value)...);
    }
    return Ok();
  };
  return PinInit<T, Infallible, decltype(build)>(detail::move(build));
}

/// An initializer from a value computed beforehand that may be an error: on `Ok(v)` builds `T`
/// from `v`, on `Err(e)` fails with `e`. For movable field types (handles, pointers, counts).
///
///     ferrite::from_result<Regs*>(bus.map_registers())
template <class T, class U, class E>
constexpr auto from_result(Result<U, E> result) {
  auto build = [result = detail::move(result)](T* slot) mutable -> Result<void, E> {
    if (result.is_err()) return Err(detail::move(result).unwrap_err_unchecked());
    detail::construct_at(slot, detail::move(result).unwrap_unchecked());
    return Ok();
  };
  return PinInit<T, E, decltype(build)>(detail::move(build));
}

namespace detail {
template <auto Member, class Init> struct FieldInit;
struct DeduceError;
template <class T, class I> constexpr void check_initializer_for();
template <class T, class E, class... Fields> auto make_pin_init(Fields&&... fields);
}  // namespace detail

/// The initializer of one field of an aggregate, for `try_pin_init`. The argument is either an
/// initializer of the field's type, or a `Result` whose value builds the field, or constructor
/// arguments for the field.
///
///     ferrite::field<&Device::lock>(Mutex::init())            // an initializer
///     ferrite::field<&Device::regs>(bus.map_registers())      // a Result<Regs*, Errno>
///     ferrite::field<&Device::count>(0)                       // constructor arguments
template <auto Member, class... Args>
constexpr auto field(Args&&... args);

/// The initializer of an aggregate `T` built field by field, in the order given (declaration
/// order). If field k fails, fields k-1 ... 0 are destroyed in that order and the error is
/// returned. `E` is deduced when every fallible field has the same error type; each field's
/// error converts to `E` through `ErrorFrom` otherwise. Rust's `try_pin_init!`.
///
///     auto init = ferrite::try_pin_init<Device, Errno>(
///         ferrite::field<&Device::lock>(Mutex::init()),
///         ferrite::field<&Device::rx>(Buffer::init(4096)));
template <class T, class E = detail::DeduceError, class... Fields>
constexpr auto try_pin_init(Fields&&... fields) {
  return detail::make_pin_init<T, E>(detail::forward<Fields>(fields)...);
}

/// `try_pin_init` for fields that cannot fail: the result is a `PinInit<T, Infallible, ...>`.
/// Rust's `pin_init!`.
///
///     ferrite::pin_init<Pair>(ferrite::field<&Pair::a>(1), ferrite::field<&Pair::b>(2))
template <class T, class... Fields>
constexpr auto pin_init(Fields&&... fields) {
  return detail::make_pin_init<T, Infallible>(detail::forward<Fields>(fields)...);
}

// ---- Storage --------------------------------------------------------------------------------

/// Storage for one `T` on the stack: run an initializer into it and get a `Pin<T>` on success.
/// The `T` is destroyed when the slot goes out of scope. There is no way to reach the `T` except
/// through the `Pin<T>` that a successful `init` returns.
///
///     ferrite::StackSlot<Device> slot;
///     ferrite::Pin<Device> dev = FERRITE_TRY(slot.init(Device::init(5)));
///
/// Invariant: holds a live `T` exactly when `is_initialized()`.
template <class T>
class StackSlot {
 public:
  /// An empty slot: nothing is constructed, and the bytes are left uninitialized on purpose
  /// (zeroing them would cost a memset the C code does not pay).
  // cppcheck-suppress uninitMemberVar
  constexpr StackSlot() noexcept {}  // NOLINT(cppcoreguidelines-pro-type-member-init)
  StackSlot(const StackSlot&) = delete;
  StackSlot& operator=(const StackSlot&) = delete;
  /// Destroys the `T`, if any.
  ~StackSlot() { reset(); }

  /// Runs `initializer` into the slot: `Ok(pin)` on success, else its error with the slot empty.
  /// A `T` already in the slot is destroyed first, as `Option::insert` replaces its value.
  ///
  ///     auto dev = slot.init(Device::init(5));
  template <class I>
  auto init(I&& initializer) & -> Result<Pin<T>, typename detail::remove_cvref_t<I>::error_type> {
    detail::check_initializer_for<T, I>();
    reset();
    auto built = detail::move(initializer).init_at(slot());
    if (built.is_err()) return Err(detail::move(built).unwrap_err_unchecked());
    initialized_ = true;
    return Ok(Pin<T>::new_unchecked(*slot()));
  }  /// A temporary slot would hand out a Pin to storage that dies at the end of the statement.
  template <class I>
  void init(I&& initializer) && = delete;


  /// True when the slot holds a `T`.
  [[nodiscard]] bool is_initialized() const noexcept { return initialized_; }

  /// Destroys the `T`, if any; returns whether there was one.
  bool reset() noexcept {
    if (!initialized_) return false;
    initialized_ = false;
    detail::destroy_value(slot());
    return true;
  }

 private:
  T* slot() noexcept { return __builtin_launder(reinterpret_cast<T*>(bytes_)); }
  alignas(T) unsigned char bytes_[sizeof(T)];
  bool initialized_ = false;
};

/// Where a `StaticCell` is in its life.
enum class CellState : unsigned char {
  /// Nothing built yet (or reset, or the last initializer failed).
  Uninitialized,
  /// An initializer is running right now.
  Initializing,
  /// Holds a fully initialized `T`.
  Initialized,
};

/// Storage for a global `T` that is constant-initialized empty (no global constructor, no
/// registered destructor: what a kernel module or firmware can have), initialized once at a
/// point the program chooses, and never destroyed unless `reset()` is called. Not synchronized:
/// initialize it where only one thread runs (module init, early boot) or under a lock.
///
///     constinit ferrite::StaticCell<Device> g_device;
///     Result<void, Errno> module_init() {
///       FERRITE_TRY(g_device.init(Device::init(5)));
///       return Ok();
///     }
///
/// Invariant: holds a live `T` exactly when `state() == CellState::Initialized`.
template <class T>
class StaticCell {
 public:
  /// An empty cell; constexpr, so it is constant-initialized (`constinit`).
  constexpr StaticCell() noexcept = default;
  StaticCell(const StaticCell&) = delete;
  StaticCell& operator=(const StaticCell&) = delete;
  // Deliberately trivial: a global's destructor would need __cxa_atexit, which kernel modules
  // lack. Call reset() to destroy the value.
  ~StaticCell() = default;

  /// Runs `initializer` into the empty cell: `Ok(pin)`, or its error with the cell left empty.
  /// Panics if the cell is already initialized or initializing; `try_init` never panics.
  ///
  ///     Pin<Device> dev = FERRITE_TRY(g_device.init(Device::init(5)));
  template <class I>
  auto init(I&& initializer, SourceLocation where = SourceLocation::current()) &
      -> Result<Pin<T>, typename detail::remove_cvref_t<I>::error_type> {
    FERRITE_PANICS(I, "try_init, or check is_initialized() first");
    if (state_ != CellState::Uninitialized) detail::panic("StaticCell::init on a cell that is not empty", where);
    return init_empty(detail::forward<I>(initializer));
  }

  /// Runs `initializer` into the cell if it is empty and returns `Some(its result)`; returns
  /// None without running it if the cell is initialized or being initialized.
  ///
  ///     if (auto result = g_device.try_init(Device::init(5))) ...
  template <class I>
  auto try_init(I&& initializer) & -> Option<Result<Pin<T>, typename detail::remove_cvref_t<I>::error_type>> {
    if (state_ != CellState::Uninitialized) return None;
    return init_empty(detail::forward<I>(initializer));
  }
  // A temporary cell would hand out a Pin to storage that dies at the end of the statement.
  template <class I>
  void init(I&& initializer, SourceLocation where = SourceLocation::current()) && = delete;
  template <class I>
  void try_init(I&& initializer) && = delete;

  /// The pinned value, or None if the cell is not initialized.
  ///
  ///     if (auto dev = g_device.get()) (*dev)->irq.disable();
  [[nodiscard]] Option<Pin<T>> get() & noexcept {
    if (state_ != CellState::Initialized) return None;
    return Pin<T>::new_unchecked(*slot());
  }
  Option<Pin<T>> get() && = delete;

  /// The pinned value, without a check. Safety: `is_initialized()`; debug builds check.
  [[nodiscard]] Pin<T> get_unchecked(SourceLocation where = SourceLocation::current()) noexcept {
    detail::debug_check(state_ == CellState::Initialized, "StaticCell::get_unchecked on an empty cell", where);
    return Pin<T>::new_unchecked(*slot());
  }

  /// Where the cell is in its life.
  [[nodiscard]] constexpr CellState state() const noexcept { return state_; }
  /// True when the cell holds a `T`.
  [[nodiscard]] constexpr bool is_initialized() const noexcept { return state_ == CellState::Initialized; }

  /// Destroys the value (module exit); returns whether there was one. Every Pin to it dangles.
  bool reset() noexcept {
    if (state_ != CellState::Initialized) return false;
    state_ = CellState::Uninitialized;
    detail::destroy_value(slot());
    return true;
  }

 private:
  template <class I>
  auto init_empty(I&& initializer) -> Result<Pin<T>, typename detail::remove_cvref_t<I>::error_type> {
    detail::check_initializer_for<T, I>();
    state_ = CellState::Initializing;
    auto built = detail::move(initializer).init_at(slot());
    if (built.is_err()) {
      state_ = CellState::Uninitialized;
      return Err(detail::move(built).unwrap_err_unchecked());
    }
    state_ = CellState::Initialized;
    return Ok(Pin<T>::new_unchecked(*slot()));
  }

  T* slot() noexcept { return __builtin_launder(reinterpret_cast<T*>(bytes_)); }
  // Zero-filled so the cell is a constant expression; it lands in .bss.
  alignas(T) unsigned char bytes_[sizeof(T)] = {};
  CellState state_ = CellState::Uninitialized;
};

/// Runs `initializer` into caller-provided memory (from a pool, `kmalloc`, a DMA region) and
/// returns `Ok(pin)`, or its error with nothing alive in the memory. Safety: `storage` is at
/// least `sizeof(T)` bytes, aligned for `T` (debug builds check), and holds no live object.
/// Destroy the value with `destroy_pinned` before reusing or freeing the memory.
///
///     void* mem = kmalloc(sizeof(Device), GFP_KERNEL);
///     auto dev = ferrite::init_at<Device>(mem, Device::init(5));
template <class T, class I>
auto init_at(void* storage, I&& initializer, SourceLocation where = SourceLocation::current())
    -> Result<Pin<T>, typename detail::remove_cvref_t<I>::error_type> {
  detail::check_initializer_for<T, I>();
  detail::debug_check(storage != nullptr && reinterpret_cast<detail::uintptr_t>(storage) % alignof(T) == 0,
                      "init_at: storage is null or misaligned for T", where);
  T* slot = static_cast<T*>(storage);
  auto built = detail::move(initializer).init_at(slot);
  if (built.is_err()) return Err(detail::move(built).unwrap_err_unchecked());
  return Ok(Pin<T>::new_unchecked(*slot));
}

/// Destroys a value built by `init_at`; its memory may be reused or freed afterwards.
/// Safety: `pin` came from `init_at` and is not used again.
///
///     ferrite::destroy_pinned(dev);
///     kfree(dev.as_ptr());
template <class T>
void destroy_pinned(Pin<T> pin) noexcept {
  detail::destroy_value(pin.as_ptr());
}

// ---- Details --------------------------------------------------------------------------------

namespace detail {

template <class I> inline constexpr bool is_pin_init_v = false;
template <class T, class E, class F> inline constexpr bool is_pin_init_v<PinInit<T, E, F>> = true;

/// Rejects, with a readable message, an initializer of the wrong type for a slot of `T`.
template <class T, class I>
constexpr void check_initializer_for() {
  using Init = remove_cvref_t<I>;
  static_assert(is_pin_init_v<Init>, "expected an initializer (a PinInit from emplace, try_pin_init, ...)");
  static_assert(is_same_v<typename Init::value_type, T>, "the initializer builds a different type than the slot holds");
}

/// Default-constructs every element of the array at `array` (a table of list heads, say).
template <class T>
void construct_elements(T* array) {
  constexpr size_t count = sizeof(T) / sizeof((*array)[0]);
  for (size_t i = 0; i < count; ++i) {
    if constexpr (is_array_v<remove_reference_t<decltype((*array)[0])>>) {
      construct_elements(&(*array)[i]);
    } else {
      construct_at(&(*array)[i]);
    }
  }
}

/// Destroys a value, or every element of an array in reverse order.
template <class T>
void destroy_value(T* value) noexcept {
  if constexpr (is_array_v<T>) {
    for (size_t i = sizeof(T) / sizeof((*value)[0]); i-- > 0;) destroy_value(&(*value)[i]);
  } else {
    destroy_at(value);
  }
}

template <class P> struct FieldOf;
template <class M, class C> struct FieldOf<M C::*> {
  using Class = C;
  using Member = M;
};

/// The initializer of field `Member` of an aggregate, and how to undo it.
template <auto Member, class Init>
struct FieldInit {
  using Class = typename FieldOf<decltype(Member)>::Class;
  using Member_t = typename FieldOf<decltype(Member)>::Member;
  using error_type = typename Init::error_type;
  static_assert(is_same_v<typename Init::value_type, Member_t>,
                "field<&T::m>(init): the initializer builds a different type than the field");

  Init init;

  template <class T>
  Result<void, error_type> build(T* object) {
    return move(init).init_at(addressof(static_cast<Class*>(object)->*Member));
  }
  template <class T>
  static void undo(T* object) noexcept {
    destroy_value(addressof(static_cast<Class*>(object)->*Member));
  }
  /// The field's byte offset inside `*object`.
  template <class T>
  static size_t offset_in(T* object) noexcept {
    return static_cast<size_t>(reinterpret_cast<uintptr_t>(addressof(static_cast<Class*>(object)->*Member)) -
                               reinterpret_cast<uintptr_t>(object));
  }
};

constexpr size_t align_up(size_t value, size_t alignment) noexcept {
  return (value + alignment - 1) / alignment * alignment;
}

/// Whether a field of alignment `field_align` may start at `offset` right after a previous
/// field ending at `end`: at the next aligned offset, or further on only as far as an `alignas`
/// (never more than the class's own alignment) could have pushed it.
constexpr bool follows_directly(size_t end, size_t offset, size_t field_align, size_t class_align) noexcept {
  for (size_t align = field_align; align <= class_align; align *= 2)
    if (offset == align_up(end, align)) return true;
  return offset == align_up(end, field_align);
}

/// True when the fields, in the order given, tile `T` exactly: each starts where the previous
/// one ended (plus alignment padding) and the last one ends where `T` does (plus tail
/// padding). A member left out, a base with data, or fields out of declaration order, leave
/// a hole or go backwards, and fail.
template <class T, class... Fields>
bool fields_cover(T* object) noexcept {
  size_t end = 0;
  bool tiled = true;
  ((tiled = tiled && follows_directly(end, Fields::offset_in(object), alignof(typename Fields::Member_t), alignof(T)),
    end = Fields::offset_in(object) + sizeof(typename Fields::Member_t)),
   ...);
  return tiled && align_up(end, alignof(T)) == sizeof(T);
}

template <class F> inline constexpr bool is_field_init_v = false;
template <auto Member, class Init> inline constexpr bool is_field_init_v<FieldInit<Member, Init>> = true;

template <class R> inline constexpr bool is_result_type_v = false;
template <class U, class G> inline constexpr bool is_result_type_v<Result<U, G>> = true;

/// Converts a field's failed Result into the aggregate's error.
template <class E, class FieldError>
Result<void, E> field_error(Result<void, FieldError>&& failed) {
  if constexpr (is_same_v<FieldError, Infallible>) {
    __builtin_unreachable();  // an Infallible Result is never an error
  } else {
    return Err(move(failed).unwrap_err_unchecked());
  }
}

/// Builds the fields in order; when field k fails, undoes k-1 ... 0 (the recursion unwinds in
/// reverse) and returns the error.
template <class T, class E, class First, class... Rest>
Result<void, E> build_fields(T* object, First& first, Rest&... rest) {
  auto built = first.build(object);
  if (built.is_err()) return field_error<E>(move(built));
  if constexpr (sizeof...(Rest) > 0) {
    Result<void, E> remaining = build_fields<T, E>(object, rest...);
    if (remaining.is_err()) First::undo(object);
    return remaining;
  } else {
    return Ok();
  }
}

/// The common error type of the fallible fields, Infallible if there are none.
template <class... Errors> struct CommonError { using type = Infallible; };
template <class First, class... Rest> struct CommonError<First, Rest...> {
  using RestError = typename CommonError<Rest...>::type;
  using type = conditional_t<is_same_v<First, Infallible>, RestError, First>;
  static_assert(is_same_v<RestError, Infallible> || is_same_v<First, Infallible> || is_same_v<First, RestError>,
                "fields fail with different error types: name the error, try_pin_init<T, E>(...)");
};

template <class T, class E, class... Fields>
auto make_pin_init(Fields&&... fields) {
  static_assert(__is_aggregate(T),
                "try_pin_init builds an aggregate field by field (see pin.hpp); give a class with "
                "constructors an init_from_fn or emplace initializer instead");
  static_assert((is_field_init_v<remove_cvref_t<Fields>> && ...), "try_pin_init takes field<&T::member>(...) arguments");
  static_assert(((is_same_v<typename remove_cvref_t<Fields>::Class, T> ||
                  __is_base_of(typename remove_cvref_t<Fields>::Class, T)) && ...),
                "a field belongs to another type");
  using Error = typename conditional_t<is_same_v<E, DeduceError>,
                                       CommonError<typename remove_cvref_t<Fields>::error_type...>, TypeIdentity<E>>::type;
  static_assert(!is_same_v<E, Infallible> || is_same_v<Error, Infallible>,
                "pin_init with a field that can fail: use try_pin_init");
  auto build = [... fields = forward<Fields>(fields)](T* object) mutable -> Result<void, Error> {
    // The storage may have held an object before: memmove implicitly creates a fresh T (an
    // implicit-lifetime aggregate) there, whose members the fields then create. It compiles
    // to nothing.
    __builtin_memmove(static_cast<void*>(object), static_cast<const void*>(object), sizeof(T));
    // A member left out would be destroyed by ~T without ever having been built.
    if constexpr (FERRITE_DEBUG_CHECKS)
      debug_check(fields_cover<T, remove_cvref_t<Fields>...>(object),
                  "try_pin_init: the fields must name every member of T, in declaration order");
    if constexpr (sizeof...(Fields) == 0) {
      return Ok();
    } else {
      return build_fields<T, Error>(object, fields...);
    }
  };
  return PinInit<T, Error, decltype(build)>(move(build));
}

}  // namespace detail

template <auto Member, class... Args>
constexpr auto field(Args&&... args) {
  using Field = typename detail::FieldOf<decltype(Member)>::Member;
  if constexpr (sizeof...(Args) == 1 && (detail::is_pin_init_v<detail::remove_cvref_t<Args>> && ...)) {
    return detail::FieldInit<Member, detail::remove_cvref_t<Args>...>{detail::forward<Args>(args)...};
  } else if constexpr (sizeof...(Args) == 1 && !detail::is_result_type_v<Field> &&
                       (detail::is_result_type_v<detail::remove_cvref_t<Args>> && ...)) {
    using Init = decltype(from_result<Field>(detail::forward<Args>(args)...));
    return detail::FieldInit<Member, Init>{from_result<Field>(detail::forward<Args>(args)...)};
  } else {
    using Init = decltype(emplace<Field>(detail::forward<Args>(args)...));
    return detail::FieldInit<Member, Init>{emplace<Field>(detail::forward<Args>(args)...)};
  }
}

}  // namespace ferrite

#endif  // FERRITE_PIN_HPP
