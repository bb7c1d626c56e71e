// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Board code shared by all targets: the panic hook's message, and a line number in decimal
// without a C library.
#include "board.hpp"

namespace board {

void panic(const char* message, const char* file, int line) {
  char digits[12];
  char* p = digits + sizeof digits;
  *--p = '\0';
  unsigned value = line > 0 ? static_cast<unsigned>(line) : 0u;
  do {
    *--p = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  write("PANIC: ");
  write(message);
  write(" at ");
  write(file);
  write(":");
  write(p);
  write("\n");
  breakpoint_and_exit();
}

}  // namespace board
