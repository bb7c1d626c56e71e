// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/config.hpp: the one place that reads the user's configuration.
//
// Every macro a user may set is read here and nowhere else:
//
//   FERRITE_PANIC_HANDLER(message, file, line)
//       What a failed convenience (`unwrap`, `expect`, checked `operator[]`, ...) does.
//       Default: `__builtin_trap()`. Define it before the first ferrite include, or on the
//       command line, as an expression that does not return:
//
//           // Linux kernel module: a loud oops with the message, never a silent continue.
//           extern "C" [[noreturn]] void my_ferrite_panic(const char*, const char*, int);
//           #define FERRITE_PANIC_HANDLER(msg, file, line) my_ferrite_panic(msg, file, line)
//           #include <ferrite.hpp>
//
//       If the handler returns after all, ferrite executes `__builtin_trap()`: a panic never
//       continues into the code after it.
//
//   FERRITE_NO_PANIC
//       Set to 1 to turn every *use* of an API that can reach the panic handler into a compile
//       error that names the non-panicking alternative. Merely including ferrite stays fine.
//
//   FERRITE_DEBUG_CHECKS
//       1: `*_unchecked` forms and link bookkeeping check their preconditions and panic when one
//       is broken. 0: they trust the caller. Default: 1 unless NDEBUG is defined.
//
// Every translation unit of one program (one kernel module, one firmware image) must see the
// same values of all three: inline functions built under different settings would be two
// definitions of one function. In particular, do not mix NDEBUG and non-NDEBUG objects without
// setting FERRITE_DEBUG_CHECKS explicitly: an unlinked list link is null in one and poison in
// the other.
//
// The panic path itself, `detail::panic`, lives here too, so there is exactly one of it.
//
// Kernel headers are C, not C++: a module's C++ files include ferrite and the C glue includes
// the kernel (see examples/kernel-module). That is also why the kernel's object-like and
// function-like macros `current`, `swap`, `min` and `max` never meet ferrite's names of the same
// spelling; a translation unit that defines such macros before including ferrite breaks.
#ifndef FERRITE_CONFIG_HPP
#define FERRITE_CONFIG_HPP

#if !defined(__cplusplus) || __cplusplus < 202002L
#error "ferrite needs C++20 or later: compile with -std=c++20 (or -std=gnu++20, c++23)."
#endif

#if defined(__clang__)
#if __clang_major__ < 14
#error "ferrite needs Clang 14 or later."
#endif
#elif defined(__GNUC__)
#if __GNUC__ < 12
#error "ferrite needs GCC 12 or later."
#endif
#else
#error "ferrite supports GCC (>= 12) and Clang (>= 14) only: it relies on their builtins."
#endif

#ifndef FERRITE_PANIC_HANDLER
#define FERRITE_PANIC_HANDLER(message, file, line) __builtin_trap()
#endif

#ifndef FERRITE_NO_PANIC
#define FERRITE_NO_PANIC 0
#endif

#ifndef FERRITE_DEBUG_CHECKS
#ifdef NDEBUG
#define FERRITE_DEBUG_CHECKS 0
#else
#define FERRITE_DEBUG_CHECKS 1
#endif
#endif

namespace ferrite {

/// Where a panicking call was written; captured by default arguments, with no `<source_location>`.
///
///     void f(SourceLocation where = SourceLocation::current());
struct SourceLocation {
  const char* file;
  int line;

  /// The location of the call that evaluates this default argument.
  // constexpr, not consteval: Clang 14 rejects a consteval call in a default argument of a
  // constexpr function ("cannot take address of consteval function"). The builtins still
  // evaluate at the caller's call site, so the location is the same.
  static constexpr SourceLocation current(const char* file = __builtin_FILE(),
                                          int line = __builtin_LINE()) {
    return SourceLocation{file, line};
  }
};

namespace detail {

/// The single panic path: calls the user's handler, and traps should the handler return.
[[noreturn, gnu::cold]] inline void panic(const char* message, SourceLocation where) {
  (void)message;
  (void)where;
  FERRITE_PANIC_HANDLER(message, where.file, where.line);
  __builtin_trap();
}

/// A value that depends on `T`, so a `static_assert` on it fires only when a template is used.
template <class... T>
inline constexpr bool panic_allowed = !FERRITE_NO_PANIC;

/// A debug-build precondition check for `*_unchecked` forms and bookkeeping.
constexpr void debug_check(bool condition, const char* message,
                           SourceLocation where = SourceLocation::current()) {
  if constexpr (FERRITE_DEBUG_CHECKS) {
    if (!condition) panic(message, where);
  } else {
    (void)condition;
    (void)message;
    (void)where;
  }
}

}  // namespace detail
}  // namespace ferrite

/// Placed first in the body of every API that can reach the panic handler. `DEPENDENT` is a
/// template parameter of the enclosing template, so the error fires when the API is used, not
/// when ferrite is included.
#define FERRITE_PANICS(DEPENDENT, ALTERNATIVE)                                        \
  static_assert(::ferrite::detail::panic_allowed<DEPENDENT>,                          \
                "this call can panic, and FERRITE_NO_PANIC forbids it: use " ALTERNATIVE)

#endif  // FERRITE_CONFIG_HPP
