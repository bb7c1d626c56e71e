// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Console and exit through Arm semihosting (BKPT 0xAB on M-profile). QEMU needs
// `-semihosting-config enable=on,target=native`; SYS_EXIT_EXTENDED makes the firmware's exit code
// QEMU's exit status. On a board without a debugger, replace write/exit with a UART and a reset.
#include "../common/board.hpp"

namespace {

enum Operation : int { sys_write0 = 0x04, sys_exit_extended = 0x20 };
constexpr int application_exit = 0x20026;  // ADP_Stopped_ApplicationExit

int semihost(int operation, const void* argument) {
  register int r0 asm("r0") = operation;
  register const void* r1 asm("r1") = argument;
  asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

}  // namespace

namespace board {

void write(const char* text) { semihost(sys_write0, text); }

void exit(int code) {
  const int block[2] = {application_exit, code};
  semihost(sys_exit_extended, block);
  for (;;) asm volatile("wfi");
}

void breakpoint_and_exit() {
  // A debugger stops here. Without one, the BKPT escalates to HardFault, whose handler sees
  // DFSR.BKPT and exits with panic_exit_code; the exit below is the fallback after `continue`.
  asm volatile("bkpt 0x01" ::: "memory");
  exit(panic_exit_code);
}

}  // namespace board
