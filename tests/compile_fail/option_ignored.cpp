// EXPECT: nodiscard
// FLAGS: -Werror
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Option is [[nodiscard]] as a class: a dropped lookup result is an error under -Werror.
#include <ferrite/option.hpp>

ferrite::Option<int> find(int key) {
  if (key < 0) return ferrite::None;
  return key * 2;
}

int main() {
  int kept = find(1).unwrap_or(0);
  find(2);  // the offending line
  return kept;
}
