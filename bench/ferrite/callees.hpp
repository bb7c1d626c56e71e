// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/callees.hpp: the fallible callees of the ferrite implementations, in
// callees.cpp so the idioms that call them cannot inline them. The same work as
// bench/c/callees.c, in ferrite's vocabulary.
#ifndef BENCH_FERRITE_CALLEES_HPP
#define BENCH_FERRITE_CALLEES_HPP

#include "../common/idioms.h"

// BENCH_HAVE_<HEADER> comes from bench/Makefile: set once that ferrite header is committed.
#if defined(BENCH_HAVE_RESULT) && defined(BENCH_HAVE_ERRNO) && defined(BENCH_HAVE_OPTION)
#define BENCH_FERRITE_ERRORS 1
#include <ferrite/errno.hpp>
#include <ferrite/option.hpp>
#include <ferrite/result.hpp>

/// Register `idx` of `dev`, or Errno::Inval (no such register) or Errno::Io.
ferrite::Result<uint32_t, ferrite::Errno> errchain_ferrite_read(const chain_dev& dev, unsigned idx);
/// The object in slot `id`, or Errno::Inval (out of range) or Errno::NoEnt (empty slot).
ferrite::Result<obj*, ferrite::Errno> errptr_ferrite_get(const obj_table& t, uint32_t id);
/// The object with `key` among the used slots, or None.
ferrite::Option<obj&> optref_ferrite_find(const obj_table& t, uint32_t key);
#endif

#endif  // BENCH_FERRITE_CALLEES_HPP
