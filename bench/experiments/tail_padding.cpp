// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/experiments/tail_padding.cpp: the smallest reproduction of README cause 1. GCC 12 returns
// a {union; bool} through the stack (store, store, reload: a store-forwarding stall) when the
// struct is a base class with tail padding, and in a register when the flag fills the padding.
//
//   g++ -std=c++20 -O2 -c bench/experiments/tail_padding.cpp && objdump -d tail_padding.o
//   -> read_padded touches (%rsp); read_filled does not. Clang handles both in registers.
#include <stdint.h>

namespace tail_padding {
struct InFirst {};
struct InSecond {};
union Value {
  uint32_t value;
  int error;
  constexpr Value(InFirst, uint32_t v) : value(v) {}
  constexpr Value(InSecond, int e) : error(e) {}
};

/// Like ferrite's detail::EitherData: a union and a one-byte flag (3 bytes of tail padding).
template <class Flag>
class Data {
 public:
  constexpr Data(InFirst t, uint32_t v) : union_(t, v), is_error_(0) {}
  constexpr Data(InSecond t, int e) : union_(t, e), is_error_(1) {}

 private:
  Value union_;
  Flag is_error_;
};

/// Like ferrite's storage layers: the data is a base class.
template <class Flag>
class Layered : public Data<Flag> {
 public:
  using Data<Flag>::Data;
};
}  // namespace tail_padding

using tail_padding::InFirst;
using tail_padding::InSecond;
using tail_padding::Layered;

Layered<bool> read_padded(const uint32_t* regs, unsigned idx) {
  if (idx >= 4) return Layered<bool>(InSecond{}, 22);
  return Layered<bool>(InFirst{}, regs[idx]);
}

Layered<uint32_t> read_filled(const uint32_t* regs, unsigned idx) {
  if (idx >= 4) return Layered<uint32_t>(InSecond{}, 22);
  return Layered<uint32_t>(InFirst{}, regs[idx]);
}
