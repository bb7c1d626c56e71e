// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/errors.cpp: idioms 1 and 2 with ferrite: a chain of four fallible calls with
// FERRITE_TRY, a lookup returning Result<T*, Errno>, a lookup returning Option<T&>.
#include "callees.hpp"

#ifdef BENCH_FERRITE_ERRORS
using ferrite::Errno;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;

namespace {
Result<uint32_t, Errno> chain_probe(const chain_dev& dev) {
  uint32_t id = FERRITE_TRY(errchain_ferrite_read(dev, 0));
  uint32_t rev = FERRITE_TRY(errchain_ferrite_read(dev, 1));
  uint32_t cfg = FERRITE_TRY(errchain_ferrite_read(dev, 2));
  uint32_t status = FERRITE_TRY(errchain_ferrite_read(dev, 3));
  return Ok(id ^ (rev << 1) ^ (cfg << 2) ^ (status << 3));
}
}  // namespace

extern "C" int64_t errchain_ferrite(const chain_dev* devs, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    Result<uint32_t, Errno> value = chain_probe(devs[i]);
    sum += value.is_ok() ? static_cast<int64_t>(value.unwrap_unchecked())
                         : value.unwrap_err_unchecked().to_neg();
  }
  return sum;
}

extern "C" int64_t errptr_ferrite(const obj_table* t, const uint32_t* ids, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    Result<obj*, Errno> found = errptr_ferrite_get(*t, ids[i]);
    if (found.is_err()) {
      sum += found.unwrap_err_unchecked().to_neg();
      continue;
    }
    sum += found.unwrap_unchecked()->value;
  }
  return sum;
}

extern "C" int64_t optref_ferrite(const obj_table* t, const uint32_t* keys, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    if (const obj* o = optref_ferrite_find(*t, keys[i]).as_ptr()) {
      sum += o->value;
      continue;
    }
    sum -= 1;
  }
  return sum;
}
#endif
