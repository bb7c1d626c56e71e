// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ScopeGuard in constant evaluation: the `goto err_N` ladder it replaces, run at compile time.
// A cleanup that ran twice, ran after its object's lifetime, or read a destroyed local would
// not be a constant expression. Compiled -fsyntax-only, freestanding, by scripts/stage-tidy.sh.
#include <ferrite/scope_guard.hpp>

namespace {

// Records the order of events as decimal digits: 1 then 2 then 3 is 123.
struct Journal {
  int digits = 0;
  constexpr void note(int step) { digits = digits * 10 + step; }
};

// Acquires three resources; `fail_at` (1..3) makes that step fail, 0 succeeds. Each acquired
// resource is released on failure, in reverse order; on success all are kept.
constexpr int ladder(int fail_at) {
  Journal journal;
  {
    if (fail_at == 1) return journal.digits;
    journal.note(1);
    auto undo_first = ferrite::defer([&] { journal.note(7); });
    if (fail_at == 2) {
      // undo_first runs when this return leaves its scope
    } else {
      journal.note(2);
      auto undo_second = ferrite::defer([&] { journal.note(8); });
      if (fail_at != 3) {
        journal.note(3);
        undo_second.dismiss();
        undo_first.dismiss();
      }
    }
  }
  return journal.digits;
}

static_assert(ladder(1) == 0);      // nothing acquired, nothing released
static_assert(ladder(2) == 17);     // first acquired, released
static_assert(ladder(3) == 1287);   // first, second acquired; released in reverse order
static_assert(ladder(0) == 123);    // all kept, nothing released

static_assert([] {
  int runs = 0;
  {
    ferrite::ScopeGuard guard{[&] { ++runs; }};
    if (!guard.is_armed()) return -1;
  }
  {
    auto dismissed = ferrite::defer([&] { runs += 100; });
    dismissed.dismiss();
    if (dismissed.is_armed()) return -1;
  }
  {
    FERRITE_DEFER(runs += 10);
    FERRITE_DEFER(runs *= 2);  // runs first: guards unwind in reverse order
  }
  return runs;
}() == (1 * 2) + 10);

}  // namespace
