// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/scope_guard.hpp>

namespace {

struct Log {
  int entries[8] = {};
  int size = 0;
  void push(int value) { entries[size++] = value; }
};

}  // namespace

TEST_CASE("a guard runs its cleanup exactly once when its scope ends") {
  int runs = 0;
  {
    auto guard = ferrite::defer([&] { ++runs; });
    CHECK(guard.is_armed());
    CHECK(runs == 0);
  }
  CHECK(runs == 1);
}

TEST_CASE("a dismissed guard does not run its cleanup") {
  int runs = 0;
  {
    auto guard = ferrite::defer([&] { ++runs; });
    guard.dismiss();
    CHECK_FALSE(guard.is_armed());
  }
  CHECK(runs == 0);
}

TEST_CASE("dismissing twice is harmless") {
  int runs = 0;
  {
    ferrite::ScopeGuard guard{[&] { ++runs; }};
    guard.dismiss();
    guard.dismiss();
  }
  CHECK(runs == 0);
}

TEST_CASE("guards run in reverse order of creation, like a goto ladder") {
  Log log;
  {
    auto first = ferrite::defer([&] { log.push(1); });
    auto second = ferrite::defer([&] { log.push(2); });
    auto third = ferrite::defer([&] { log.push(3); });
  }
  REQUIRE(log.size == 3);
  CHECK(log.entries[0] == 3);
  CHECK(log.entries[1] == 2);
  CHECK(log.entries[2] == 1);
}

namespace {

// A probe in the kernel's style: each step acquires something, a failing step returns early.
int probe(Log& log, int failing_step) {
  auto step = [&](int n) { return n == failing_step ? -5 : 0; };
  if (int err = step(1)) return err;
  auto undo_one = ferrite::defer([&] { log.push(-1); });
  if (int err = step(2)) return err;
  auto undo_two = ferrite::defer([&] { log.push(-2); });
  if (int err = step(3)) return err;
  undo_one.dismiss();
  undo_two.dismiss();
  return 0;
}

}  // namespace

TEST_CASE("an early return undoes exactly the steps already done, newest first") {
  Log fail_first;
  CHECK(probe(fail_first, 1) == -5);
  CHECK(fail_first.size == 0);

  Log fail_second;
  CHECK(probe(fail_second, 2) == -5);
  REQUIRE(fail_second.size == 1);
  CHECK(fail_second.entries[0] == -1);

  Log fail_third;
  CHECK(probe(fail_third, 3) == -5);
  REQUIRE(fail_third.size == 2);
  CHECK(fail_third.entries[0] == -2);
  CHECK(fail_third.entries[1] == -1);

  Log success;
  CHECK(probe(success, 0) == 0);
  CHECK(success.size == 0);
}

TEST_CASE("FERRITE_DEFER runs its statement at scope end, several per scope") {
  Log log;
  {
    FERRITE_DEFER(log.push(1));
    FERRITE_DEFER(log.push(2));
    CHECK(log.size == 0);
  }
  REQUIRE(log.size == 2);
  CHECK(log.entries[0] == 2);
  CHECK(log.entries[1] == 1);
}

namespace {
int plain_counter = 0;
void bump_plain_counter() { ++plain_counter; }
}  // namespace

TEST_CASE("a guard accepts a plain function pointer") {
  plain_counter = 0;
  { ferrite::ScopeGuard guard{&bump_plain_counter}; }
  CHECK(plain_counter == 1);
}

TEST_CASE("a guard over an empty lambda costs one bool") {
  auto guard = ferrite::defer([] {});
  guard.dismiss();
  CHECK(sizeof(guard) == sizeof(bool));
}

namespace {
constexpr int constexpr_guard_result() {
  int value = 0;
  {
    auto guard = ferrite::defer([&] { value = 7; });
  }
  return value;
}
}  // namespace

TEST_CASE("a guard works in constant expressions") {
  static_assert(constexpr_guard_result() == 7);
  CHECK(constexpr_guard_result() == 7);
}
