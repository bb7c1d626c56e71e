// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The user's firmware: application code that uses ferrite directly, with the board's panic hook,
// followed by ferrite's portable suite. Exit status: 0 when every check passed, 1 when one
// failed, board::panic_exit_code (101) when ferrite panicked, board::fault_exit_code (99) on a
// CPU fault.
//
// -DFIRMWARE_UNWRAP_NONE adds an `unwrap` of None: the run must end with status 101, not hang.
#include "common/board.hpp"

// The panic hook must be set before ferrite is first included, identically in every file that
// includes ferrite; this image has one such file.
#define FERRITE_PANIC_HANDLER(message, file, line) ::board::panic(message, file, line)
#include <ferrite.hpp>

#include "all_suites.hpp"

namespace app {

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;

/// A baud rate from a configuration string such as "115200"; the errors a driver would report.
Result<unsigned, Errno> parse_baud(const char* text) {
  if (text == nullptr || *text == '\0') return Err(Errno::Inval);
  unsigned value = 0;
  for (; *text != '\0'; ++text) {
    if (*text < '0' || *text > '9') return Err(Errno::Inval);
    const unsigned digit = static_cast<unsigned>(*text - '0');
    if (value > (__UINT32_MAX__ - digit) / 10) return Err(Errno::Range);
    value = value * 10 + digit;
  }
  return Ok(value);
}

/// The divisor for a 48 MHz UART clock, or None if the rate is impossible.
Option<unsigned> uart_divisor(unsigned baud) {
  constexpr unsigned clock_hz = 48'000'000;
  if (baud == 0 || baud > clock_hz / 16) return None;
  return clock_hz / (16 * baud);
}

Result<unsigned, Errno> configure_uart(const char* setting) {
  const unsigned baud = FERRITE_TRY(parse_baud(setting));
  return uart_divisor(baud).ok_or(Errno::Inval);
}

}  // namespace app

int main() {
  board::write("ferrite firmware example\n");

  // Application code: each fallible step is a value, checked where it matters.
  const bool app_ok = app::configure_uart("115200") == ferrite::Ok(26u) &&
                      app::configure_uart("9x6") == ferrite::Err(ferrite::Errno::Inval) &&
                      app::configure_uart("99999999999") == ferrite::Err(ferrite::Errno::Range);
  board::write(app_ok ? "app: uart configuration ok\n" : "app: uart configuration WRONG\n");

#ifdef FIRMWARE_UNWRAP_NONE
  // A broken invariant: the board's panic hook prints it, breaks, and exits with status 101.
  const unsigned divisor = app::uart_divisor(0).unwrap();
  board::write(divisor != 0 ? "unreachable\n" : "unreachable\n");
#endif

  ferrite_portable::Context ctx{board::write};
  const unsigned failed = ferrite_portable::run(ctx, ferrite_portable::all_suites);
  return failed == 0 && app_ok ? 0 : 1;
}
