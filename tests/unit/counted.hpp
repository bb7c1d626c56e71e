// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Test types that count their lifetime events, for the Option and Result tests: a copyable
// `Counted` and a move-only `MoveOnly`. Every constructor and destructor call is tallied in one
// `census`, so a test can prove that a container built, copied, moved and destroyed exactly the
// objects it should: `census.alive() == 0` at the end means no leak and no double destroy.
#ifndef FERRITE_TESTS_COUNTED_HPP
#define FERRITE_TESTS_COUNTED_HPP

namespace ferrite_test {

struct Census {
  int constructed = 0;       // from a value
  int copy_constructed = 0;
  int move_constructed = 0;
  int copy_assigned = 0;
  int move_assigned = 0;
  int destroyed = 0;
  int misuse = 0;  // a destroyed object destroyed again, copied from or assigned to

  [[nodiscard]] int alive() const { return constructed + copy_constructed + move_constructed - destroyed; }
};

inline Census census;

/// Resets the census when a test starts.
struct CensusScope {
  CensusScope() { census = Census{}; }
};

inline constexpr unsigned alive_mark = 0xA11FEu;
inline constexpr unsigned dead_mark = 0xDEADu;

/// A copyable, movable value whose every special member call is counted. A moved-from object
/// holds -1.
class Counted {
 public:
  explicit Counted(int initial) : value(initial) { ++census.constructed; }
  Counted(const Counted& other) : value(other.value) {
    other.check();
    ++census.copy_constructed;
  }
  Counted(Counted&& other) noexcept : value(other.value) {
    other.check();
    other.value = -1;
    ++census.move_constructed;
  }
  Counted& operator=(const Counted& other) {
    check();
    other.check();
    value = other.value;
    ++census.copy_assigned;
    return *this;
  }
  Counted& operator=(Counted&& other) noexcept {
    check();
    other.check();
    value = other.value;
    if (&other != this) other.value = -1;
    ++census.move_assigned;
    return *this;
  }
  ~Counted() {
    check();
    mark = dead_mark;
    ++census.destroyed;
  }

  friend bool operator==(const Counted& a, const Counted& b) { return a.value == b.value; }
  friend bool operator<(const Counted& a, const Counted& b) { return a.value < b.value; }

  int value;

 private:
  void check() const {
    if (mark != alive_mark) ++census.misuse;
  }
  unsigned mark = alive_mark;
};

/// Movable, not copyable (Rust's default): what a container must be able to hold by moving alone.
class MoveOnly {
 public:
  explicit MoveOnly(int initial) : value(initial) { ++census.constructed; }
  MoveOnly(const MoveOnly&) = delete;
  MoveOnly& operator=(const MoveOnly&) = delete;
  MoveOnly(MoveOnly&& other) noexcept : value(other.value) {
    other.value = -1;
    ++census.move_constructed;
  }
  MoveOnly& operator=(MoveOnly&& other) noexcept {
    value = other.value;
    if (&other != this) other.value = -1;
    ++census.move_assigned;
    return *this;
  }
  ~MoveOnly() { ++census.destroyed; }

  friend bool operator==(const MoveOnly& a, const MoveOnly& b) { return a.value == b.value; }

  int value;
};

}  // namespace ferrite_test

#endif  // FERRITE_TESTS_COUNTED_HPP
