// SPDX-License-Identifier: MIT OR Apache-2.0
//
// RV32/RV64 start for QEMU `virt` with `-bios none`: QEMU's reset stub jumps to 0x80000000 in
// M-mode. Console: the NS16550A UART at 0x10000000. Exit: the SiFive test device at 0x100000
// (0x5555 = pass, (code << 16) | 0x3333 = exit status `code`). Hart 0 runs; others sleep.
#include <stdint.h>

#include "../common/board.hpp"

asm(R"(
    .section .text.start, "ax", @progbits
    .option arch, +zicsr
    .globl _start
_start:
    .option push
    .option norelax
    la   gp, __global_pointer$
    .option pop
    csrr t0, mhartid
    bnez t0, 1f
    la   sp, __stack_top
    la   t0, trap_entry
    csrw mtvec, t0
    call reset
1:  wfi
    j    1b

    .section .text.trap, "ax", @progbits
    .balign 4
trap_entry:
    la   sp, __stack_top
    call trap
)");

extern "C" {
extern uint8_t __bss_start[], __bss_end[];
int main();
}

namespace {

volatile uint8_t* const uart = reinterpret_cast<volatile uint8_t*>(0x10000000);
volatile uint32_t* const test_device = reinterpret_cast<volatile uint32_t*>(0x100000);
constexpr uintptr_t cause_breakpoint = 3;

void put_char(char c) {
  while ((uart[5] & 0x20) == 0) {  // LSR.THRE: transmit holding register empty
  }
  uart[0] = static_cast<uint8_t>(c);
}

}  // namespace

// The code is loaded straight into RAM, so there is no .data to copy; only .bss is zeroed.
// [[gnu::used]]: called only from the asm above.
extern "C" [[noreturn, gnu::used]] void reset() {
  for (uint8_t* p = __bss_start; p < __bss_end; ++p) *p = 0;
  board::exit(main());
}

// Every trap ends the run: EBREAK is the panic's breakpoint (panic status), anything else is a
// fault (fault status). Nothing is saved: we never return.
extern "C" [[noreturn, gnu::used]] void trap() {
  uintptr_t cause;
  asm volatile(".option push\n.option arch, +zicsr\ncsrr %0, mcause\n.option pop" : "=r"(cause));
  if (cause == cause_breakpoint) board::exit(board::panic_exit_code);
  board::write("FATAL: unexpected trap\n");
  board::exit(board::fault_exit_code);
}

namespace board {

void write(const char* text) {
  while (*text != '\0') put_char(*text++);
}

void exit(int code) {
  *test_device = code == 0 ? 0x5555u : (static_cast<uint32_t>(code & 0xffff) << 16) | 0x3333u;
  for (;;) asm volatile("wfi");
}

void breakpoint_and_exit() {
  // A debugger stops here; without one, EBREAK traps and trap() exits with panic_exit_code.
  asm volatile("ebreak" ::: "memory");
  exit(panic_exit_code);
}

}  // namespace board
