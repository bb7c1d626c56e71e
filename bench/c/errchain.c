// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/errchain.c: idiom 1 in C, four fallible calls with `if (ret) goto err`.
#include "callees.h"
#include "kernel.h"

static int chain_probe(const struct chain_dev* dev, uint32_t* out) {
  uint32_t id, rev, cfg, status;
  int ret;

  ret = errchain_c_read(dev, 0, &id);
  if (ret) goto err;
  ret = errchain_c_read(dev, 1, &rev);
  if (ret) goto err;
  ret = errchain_c_read(dev, 2, &cfg);
  if (ret) goto err;
  ret = errchain_c_read(dev, 3, &status);
  if (ret) goto err;

  *out = id ^ (rev << 1) ^ (cfg << 2) ^ (status << 3);
  return 0;
err:
  return ret;
}

int64_t errchain_c(const struct chain_dev* devs, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t value;
    int ret = chain_probe(&devs[i], &value);
    sum += ret ? ret : (int64_t)value;
  }
  return sum;
}
