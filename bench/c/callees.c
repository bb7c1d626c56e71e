// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/callees.c: the fallible callees of the C baselines, written the kernel way.
#include "callees.h"

#include "kernel.h"

int errchain_c_read(const struct chain_dev* dev, unsigned idx, uint32_t* out) {
  if (idx >= 4) return -EINVAL;
  if ((int)idx == dev->fail_at) return -EIO;
  *out = dev->regs[idx];
  return 0;
}

struct obj* errptr_c_get(const struct obj_table* t, uint32_t id) {
  if (id >= OBJ_TABLE_SLOTS) return ERR_PTR(-EINVAL);
  if (!t->slots[id]) return ERR_PTR(-ENOENT);
  return t->slots[id];
}

struct obj* optref_c_find(const struct obj_table* t, uint32_t key) {
  for (size_t i = 0; i < t->used; i++) {
    struct obj* o = t->slots[i];
    if (o && o->key == key) return o;
  }
  return NULL;
}
