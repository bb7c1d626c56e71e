// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/c/integers.c: idiom 3 in C, overflow builtins, manual clamps, serial-number casts.
#include "../common/idioms.h"
#include "kernel.h"

/// `count * size + header` in `*bytes`, or -EOVERFLOW (the kernel's size_mul/size_add pattern).
static inline int alloc_size(size_t count, size_t size, size_t header, size_t* bytes) {
  size_t payload;
  if (__builtin_mul_overflow(count, size, &payload)) return -EOVERFLOW;
  if (__builtin_add_overflow(payload, header, bytes)) return -EOVERFLOW;
  return 0;
}

uint64_t allocsize_c(const struct alloc_req* reqs, size_t n) {
  uint64_t total = 0, overflows = 0;
  for (size_t i = 0; i < n; i++) {
    size_t bytes;
    if (alloc_size(reqs[i].count, reqs[i].size, ALLOC_HEADER, &bytes)) {
      overflows++;
      continue;
    }
    total += bytes;
  }
  return total + (overflows << 48);
}

int64_t saturate_c(const int16_t* samples, size_t n) {
  int16_t acc = 0;
  int64_t trace = 0;
  for (size_t i = 0; i < n; i++) {
    int32_t mixed = (int32_t)acc + samples[i];
    if (mixed > INT16_MAX)
      mixed = INT16_MAX;
    else if (mixed < INT16_MIN)
      mixed = INT16_MIN;
    acc = (int16_t)mixed;
    trace += acc;
  }
  return trace;
}

/// True when sequence number `a` comes before `b` modulo 2^32 (RFC 1982 style, as TCP does).
static inline bool seq_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

uint64_t seqcmp_c(const uint32_t* a, const uint32_t* b, size_t n) {
  uint64_t before = 0;
  for (size_t i = 0; i < n; i++) before += seq_before(a[i], b[i]);
  return before;
}
