// SPDX-License-Identifier: MIT OR Apache-2.0
//
// How this module's C++ includes ferrite: the panic hook first, then the library. Every C++ file
// of the module includes this header instead of <ferrite.hpp>, so they all agree on the hook.
#ifndef FERRITE_EXAMPLE_KERNEL_HPP
#define FERRITE_EXAMPLE_KERNEL_HPP

#include "ferrite_kmod.h"

// BUG() with the message and location, see glue.c and README.md.
#define FERRITE_PANIC_HANDLER(message, file, line) ::ferrite_kmod_panic(message, file, line)
#include <ferrite.hpp>

#endif  // FERRITE_EXAMPLE_KERNEL_HPP
