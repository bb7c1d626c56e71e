// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Runs ferrite's portable suite inside the kernel. printk wants whole lines, and the check
// interface writes fragments, so fragments are collected here and logged line by line.
#include "ferrite_kernel.hpp"

#include "all_suites.hpp"

namespace {

// Module code runs no global constructors: constant-initialised storage only.
constinit char line_buffer[256] = {};
constinit unsigned line_length = 0;

void flush_line() {
  line_buffer[line_length] = '\0';
  ferrite_kmod_log(line_buffer);
  line_length = 0;
}

void write_to_printk(const char* text) {
  for (; *text != '\0'; ++text) {
    if (*text == '\n') {
      flush_line();
    } else {
      line_buffer[line_length++] = *text;
      if (line_length == sizeof line_buffer - 1) flush_line();
    }
  }
}

}  // namespace

extern "C" unsigned int ferrite_kmod_run_suite(void) {
  ferrite_portable::Context ctx{write_to_printk};
  const unsigned failed = ferrite_portable::run(ctx, ferrite_portable::all_suites);
  if (line_length != 0) flush_line();
  return failed;
}
