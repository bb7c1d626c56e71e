// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/scope_guard.hpp: run a cleanup when a scope ends, unless told not to.
//
// This is the C++ shape of the kernel's `__cleanup()` attribute and of the `goto err_N` ladder:
// each acquisition is followed by a guard that undoes it, and the success path dismisses the
// guards whose work must survive. Early returns then unwind exactly what was done so far, in
// reverse order, because C++ destroys locals in reverse order of construction.
//
//     int probe(Device& dev) {
//       if (int err = enable_clock(dev)) return err;
//       auto clock = ferrite::defer([&] { disable_clock(dev); });
//       if (int err = map_registers(dev)) return err;   // the clock is disabled here
//       clock.dismiss();                                  // success: keep the clock running
//       return 0;
//     }
//
// Size: a `ScopeGuard<F>` is an `F` plus one bool. With an empty lambda and a dismiss() that
// the optimizer can see, it compiles to the same code as the hand-written ladder.
//
// Methods
//   making       defer(f), ScopeGuard(f), FERRITE_DEFER(statement)
//   controlling  dismiss(), is_armed()
//
// A guard is neither copyable nor movable: a copy would run the cleanup twice. `defer` returns
// it by value all the same, through C++17's guaranteed copy elision.
#ifndef FERRITE_SCOPE_GUARD_HPP
#define FERRITE_SCOPE_GUARD_HPP

#include "config.hpp"
#include "utility.hpp"

namespace ferrite {

/// Calls a function when destroyed, unless `dismiss()` was called first.
///
///     ScopeGuard unlock{[&] { spin_unlock(&lock); }};
///
/// Invariant: the function runs at most once, at destruction, and only if still armed.
template <class F>
class [[nodiscard]] ScopeGuard {
  static_assert(!detail::is_reference_v<F>, "ScopeGuard stores its function by value");
  static_assert(detail::invocable<F&>, "a ScopeGuard's function must be callable with no arguments");

 public:
  /// Arms a guard that will call `cleanup`.
  ///
  ///     ScopeGuard guard{[&] { release(resource); }};
  constexpr explicit ScopeGuard(F cleanup) noexcept : cleanup_(detail::move(cleanup)) {}

  ScopeGuard(const ScopeGuard&) = delete;
  ScopeGuard& operator=(const ScopeGuard&) = delete;

  /// Runs the cleanup if the guard is still armed.
  constexpr ~ScopeGuard() {
    if (armed_) cleanup_();
  }

  /// Disarms the guard: its cleanup will not run. Rust's `ScopeGuard::into_inner`.
  ///
  ///     auto undo = defer([&] { unregister(dev); });
  ///     ...
  ///     undo.dismiss();  // registration succeeded for good
  constexpr void dismiss() noexcept { armed_ = false; }

  /// True until `dismiss()` is called.
  [[nodiscard]] constexpr bool is_armed() const noexcept { return armed_; }

 private:
  [[no_unique_address]] F cleanup_;
  bool armed_ = true;
};

/// Returns a guard that calls `cleanup` when it goes out of scope. Keep the result in a named
/// variable: a discarded guard runs its cleanup at once (and the compiler warns).
///
///     auto close_file = ferrite::defer([&] { file_close(file); });
template <class F>
[[nodiscard]] constexpr ScopeGuard<detail::remove_cvref_t<F>> defer(F&& cleanup) noexcept {
  return ScopeGuard<detail::remove_cvref_t<F>>(static_cast<F&&>(cleanup));
}

}  // namespace ferrite

#define FERRITE_DETAIL_CONCAT2(a, b) a##b
#define FERRITE_DETAIL_CONCAT(a, b) FERRITE_DETAIL_CONCAT2(a, b)

/// Runs `statement` when the enclosing scope ends, like Go's `defer`; the guard has no name, so
/// it cannot be dismissed (use `defer` for that).
///
///     spin_lock(&lock);
///     FERRITE_DEFER(spin_unlock(&lock));
#define FERRITE_DEFER(statement)                                                    \
  const auto FERRITE_DETAIL_CONCAT(ferrite_deferred_, __COUNTER__) =                \
      ::ferrite::defer([&]() -> void { statement; })

#endif  // FERRITE_SCOPE_GUARD_HPP
