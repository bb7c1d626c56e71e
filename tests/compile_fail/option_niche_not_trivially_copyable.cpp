// EXPECT: a type with a niche must be trivially copyable
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The niche customization point stores None as a bit pattern of T itself, so it is only for
// trivially copyable types; a type with a destructor that opts in is refused with a reason.
#include <ferrite/option.hpp>

struct Owner {
  int raw;
  ~Owner() {}
};
struct Plain {
  int raw;
};

template <>
struct ferrite::NicheTraits<Owner> {
  static constexpr bool available = true;
  static Owner none() noexcept { return Owner{-1}; }
  static bool is_none(const Owner& o) noexcept { return o.raw == -1; }
};
template <>
struct ferrite::NicheTraits<Plain> {
  static constexpr bool available = true;
  static constexpr Plain none() noexcept { return Plain{-1}; }
  static constexpr bool is_none(const Plain& p) noexcept { return p.raw == -1; }
};

int main() {
  ferrite::Option<Plain> fine;
  ferrite::Option<Owner> refused;  // the offending line
  return fine.is_none() ? 0 : 1;
}
