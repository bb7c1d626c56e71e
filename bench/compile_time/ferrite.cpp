// SPDX-License-Identifier: MIT OR Apache-2.0
// bench/compile_time/ferrite.cpp: what including all of ferrite costs a translation unit.
#include <ferrite.hpp>
int bench_compile_time_anchor();
