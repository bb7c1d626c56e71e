// SPDX-License-Identifier: MIT OR Apache-2.0
// bench/compile_time/empty.cpp: the compile-time baseline, a translation unit with nothing in it.
int bench_compile_time_anchor();
