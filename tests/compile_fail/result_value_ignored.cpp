// EXPECT: nodiscard
// FLAGS: -Werror
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A Result<T*, Errno> (the ERR_PTR form) is just as impossible to drop silently.
#include <ferrite/errno.hpp>

static int slot = 0;
ferrite::Result<int*, ferrite::Errno> lookup(int id) {
  if (id < 0) return ferrite::Err(ferrite::Errno::NoEnt);
  return ferrite::Ok(&slot);
}

int main() {
  int* kept = lookup(1).unwrap_or(nullptr);
  lookup(2);  // the offending line
  return kept == nullptr;
}
