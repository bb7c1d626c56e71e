// EXPECT: deleted
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A Span of a temporary container would dangle at the end of the statement: refused.
#include <ferrite/span.hpp>

struct Buffer {
  int items[4] = {1, 2, 3, 4};
  int* data() { return items; }
  const int* data() const { return items; }
  unsigned long size() const { return 4; }
};

Buffer make_buffer() { return Buffer{}; }

int main() {
  Buffer kept;
  ferrite::Span<const int> fine = kept;
  ferrite::Span<const int> dangling = make_buffer();  // the offending line
  return static_cast<int>(fine.size());
}
