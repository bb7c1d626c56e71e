// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/buffers.c: idiom 4 in C, a TLV parser with pointer and length checks, a summation loop.
#include "../common/idioms.h"
#include "kernel.h"

static inline uint16_t get_unaligned_be16(const void* p) {
  uint16_t v;
  __builtin_memcpy(&v, p, sizeof v);
  return __builtin_bswap16(v);
}

static inline uint32_t get_unaligned_be32(const void* p) {
  uint32_t v;
  __builtin_memcpy(&v, p, sizeof v);
  return __builtin_bswap32(v);
}

#define TLV_HDR_LEN 3

int64_t tlv_c(const uint8_t* buf, size_t len) {
  int64_t sum = 0;
  while (len) {
    if (len < TLV_HDR_LEN) return -EINVAL;
    uint8_t type = buf[0];
    uint16_t vlen = get_unaligned_be16(buf + 1);
    buf += TLV_HDR_LEN;
    len -= TLV_HDR_LEN;
    if (len < vlen) return -EINVAL;
    switch (type) {
      case 1:
        if (vlen != 4) return -EINVAL;
        sum += get_unaligned_be32(buf);
        break;
      case 2:
        if (vlen != 2) return -EINVAL;
        sum += get_unaligned_be16(buf);
        break;
      default:
        sum += vlen;
        break;
    }
    buf += vlen;
    len -= vlen;
  }
  return sum;
}

uint64_t sum_c(const uint32_t* values, size_t n) {
  uint64_t sum = 0;
  for (size_t i = 0; i < n; i++) sum += values[i];
  return sum;
}

uint64_t sumiter_c(const uint32_t* values, size_t n) {
  uint64_t sum = 0;
  for (size_t i = 4; i < n; i++) {
    if (values[i] % 2 == 0) sum += values[i];
  }
  return sum;
}
