// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The user's firmware: ferrite used directly, with the board's panic hook, then the portable
// suite. Exit status: 0 when every check passed, 1 when one failed, board::panic_exit_code when
// ferrite panicked, board::fault_exit_code on a CPU fault.
#include "common/board.hpp"

// The panic hook must be set before ferrite is first included, identically in every file that
// includes ferrite; this image has one such file.
#define FERRITE_PANIC_HANDLER(message, file, line) ::board::panic(message, file, line)
#include <ferrite.hpp>

#include "all_suites.hpp"

int main() {
  board::write("ferrite firmware example\n");

  ferrite_portable::Context ctx{board::write};
  const unsigned failed = ferrite_portable::run(ctx, ferrite_portable::all_suites);
  return failed == 0 ? 0 : 1;
}
