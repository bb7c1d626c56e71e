// SPDX-License-Identifier: MIT OR Apache-2.0
// bench/compile_time/std.cpp: what the standard vocabulary headers ferrite replaces cost.
#include <optional>
#include <span>
#if __has_include(<expected>)
#include <expected>
#endif
int bench_compile_time_anchor();
