// EXPECT: not usable in a constant expression|not a constant expression|call to consteval function
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// An int known only at run time cannot become an Errno unchecked: the constructor is consteval,
// and Errno::from_raw (which returns an Option) is the run-time path.
#include <ferrite/errno.hpp>

int main(int argc, char**) {
  int code = argc + 10;
  ferrite::Option<ferrite::Errno> fine = ferrite::Errno::from_raw(code);
  ferrite::Errno unchecked(code);  // the offending line
  return fine.is_some() ? 0 : 1;
}
