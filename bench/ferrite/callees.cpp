// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/callees.cpp: the fallible callees of the ferrite implementations.
#include "callees.hpp"

#ifdef BENCH_FERRITE_ERRORS
using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;

Result<uint32_t, Errno> errchain_ferrite_read(const chain_dev& dev, unsigned idx) {
  if (idx >= 4) return Err(Errno::Inval);
  if (static_cast<int>(idx) == dev.fail_at) return Err(Errno::Io);
  return Ok(dev.regs[idx]);
}

Result<obj*, Errno> errptr_ferrite_get(const obj_table& t, uint32_t id) {
  if (id >= OBJ_TABLE_SLOTS) return Err(Errno::Inval);
  if (!t.slots[id]) return Err(Errno::NoEnt);
  return Ok(t.slots[id]);
}

Option<obj&> optref_ferrite_find(const obj_table& t, uint32_t key) {
  for (size_t i = 0; i < t.used; i++) {
    obj* o = t.slots[i];
    if (o && o->key == key) return *o;
  }
  return None;
}
#endif
