// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/lookup.c: idiom 2 in C, a lookup returning ERR_PTR and one returning NULL.
#include "callees.h"
#include "kernel.h"

int64_t errptr_c(const struct obj_table* t, const uint32_t* ids, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    struct obj* o = errptr_c_get(t, ids[i]);
    if (IS_ERR(o)) {
      sum += PTR_ERR(o);
      continue;
    }
    sum += o->value;
  }
  return sum;
}

int64_t optref_c(const struct obj_table* t, const uint32_t* keys, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    struct obj* o = optref_c_find(t, keys[i]);
    if (!o) {
      sum -= 1;
      continue;
    }
    sum += o->value;
  }
  return sum;
}
