// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The whole board interface the firmware example needs, implemented once per target
// (arm/semihosting.cpp, riscv/start.cpp). A port to real hardware replaces those files only.
#ifndef FERRITE_EXAMPLE_BOARD_HPP
#define FERRITE_EXAMPLE_BOARD_HPP

namespace board {

/// Exit status of a run that ended in ferrite's panic handler (e.g. `unwrap` of None).
inline constexpr int panic_exit_code = 101;
/// Exit status of a CPU fault or trap nobody expected.
inline constexpr int fault_exit_code = 99;

/// Writes NUL-terminated text to the console (semihosting on Arm, the 16550 UART on RISC-V).
void write(const char* text);

/// Ends the run with `code`; under QEMU this becomes QEMU's exit status.
[[noreturn]] void exit(int code);

/// Stops at a breakpoint so an attached debugger shows the panicking frame, then ends the run
/// with `panic_exit_code` (a lone board has no debugger: the breakpoint must not hang it).
[[noreturn]] void breakpoint_and_exit();

/// ferrite's panic hook on this board: prints the message and where, then breakpoint_and_exit.
[[noreturn]] void panic(const char* message, const char* file, int line);

}  // namespace board

#endif  // FERRITE_EXAMPLE_BOARD_HPP
