// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/callees.h: the fallible callees of the C baselines, defined in callees.c so the
// idioms that call them cannot inline or fold them.
#ifndef BENCH_C_CALLEES_H
#define BENCH_C_CALLEES_H

#include "../common/idioms.h"

/// Reads register `idx` of `dev` into `*out`: 0, -EINVAL (no such register) or -EIO.
int errchain_c_read(const struct chain_dev* dev, unsigned idx, uint32_t* out);
/// The object in slot `id`, or ERR_PTR(-EINVAL) (out of range) or ERR_PTR(-ENOENT) (empty).
struct obj* errptr_c_get(const struct obj_table* t, uint32_t id);
/// The object with `key` among the used slots, or NULL.
struct obj* optref_c_find(const struct obj_table* t, uint32_t key);

#endif  // BENCH_C_CALLEES_H
