// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Cortex-M startup (v6-M and v7-M alike): the core loads SP from vector 0 and jumps to vector 1,
// so no assembly is needed. Reset copies .data, zeroes .bss and calls main; main's return value
// becomes the exit status. There is no .init_array loop: ferrite needs no global constructors
// and the linker script rejects an image that has one.
#include <stdint.h>

#include "../common/board.hpp"

extern "C" {
extern uint32_t __data_load[], __data_start[], __data_end[];
extern uint32_t __bss_start[], __bss_end[];
extern uint32_t __stack_top[];
int main();
[[noreturn]] void Reset_Handler();
[[noreturn]] void Fault_Handler();
}

extern "C" void Reset_Handler() {
  for (uint32_t *from = __data_load, *to = __data_start; to < __data_end;) *to++ = *from++;
  for (uint32_t* to = __bss_start; to < __bss_end;) *to++ = 0;
  board::exit(main());
}

namespace {
// BKPT is 0xBEii in Thumb; `board::breakpoint_and_exit` uses immediate 0x01.
constexpr uint16_t panic_breakpoint = 0xBE01;
}  // namespace

// With no debugger attached, BKPT escalates to HardFault. The fault's stacked PC tells the
// panic's breakpoint (exit with the panic status) from any other fault (the fault status):
// either way the run ends, never a hang.
extern "C" [[noreturn, gnu::used]] void fault_with_frame(const uint32_t* frame) {
  const auto* pc = reinterpret_cast<const uint16_t*>(frame[6]);  // r0-r3, r12, lr, pc, xpsr
  if (*pc == panic_breakpoint) board::exit(board::panic_exit_code);
  board::write("FATAL: unexpected fault\n");
  board::exit(board::fault_exit_code);
}

// Main and handler code share the main stack, so MSP points at the exception frame.
extern "C" [[gnu::naked]] void Fault_Handler() {
  asm volatile(
      "mrs r0, msp\n"
      "bl fault_with_frame\n");
}

using Vector = void (*)();
// The 16 system vectors; no interrupt is enabled, so the IRQ vectors are left out.
extern "C" [[gnu::section(".vectors"), gnu::used]] const Vector vector_table[16] = {
    reinterpret_cast<Vector>(__stack_top),  // initial main stack pointer
    Reset_Handler,
    Fault_Handler,  // NMI
    Fault_Handler,  // HardFault
    Fault_Handler,  // MemManage (v7-M)
    Fault_Handler,  // BusFault (v7-M)
    Fault_Handler,  // UsageFault (v7-M)
    nullptr, nullptr, nullptr, nullptr,
    Fault_Handler,  // SVCall
    Fault_Handler,  // DebugMonitor
    nullptr,
    Fault_Handler,  // PendSV
    Fault_Handler,  // SysTick
};
