// EXPECT: nodiscard
// FLAGS: -Werror
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Result is [[nodiscard]] as a class: ignoring one returned by any function, even one not marked
// [[nodiscard]] itself, warns, and is an error under -Werror.
#include <ferrite/errno.hpp>

ferrite::Result<void, ferrite::Errno> reset_device(bool healthy) {
  if (!healthy) return ferrite::Err(ferrite::Errno::Io);
  return ferrite::Ok();
}

int main() {
  int handled = ferrite::to_neg(reset_device(true));
  (void)reset_device(true);  // an explicit discard is allowed
  reset_device(false);  // the offending line
  return handled;
}
