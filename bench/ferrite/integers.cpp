// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/integers.cpp: idiom 3 with ferrite's integer arithmetic: the wrapper types
// Checked<size_t>, Saturating<int16_t> and Wrapping<uint32_t> where their headers are committed,
// else the functions of integer.hpp they are built on (checked_mul, checked_add,
// saturating_add, wrapping_sub). bench_idioms --list names which one was measured.
#include "../common/idioms.h"

#ifdef BENCH_HAVE_INTEGER
#include <ferrite/integer.hpp>
#include <ferrite/option.hpp>
#ifdef BENCH_HAVE_WRAPPING
#include <ferrite/wrapping.hpp>
#endif
#ifdef BENCH_HAVE_CHECKED
#include <ferrite/checked.hpp>
#endif

using ferrite::Option;

namespace {
#ifdef BENCH_HAVE_CHECKED
/// `count * size + header`, or None when it does not fit in a size_t.
Option<size_t> alloc_size(size_t count, size_t size, size_t header) {
  return (ferrite::Checked<size_t>(count) * size + header).get();
}
#else
/// `count * size + header`, or None when it does not fit in a size_t.
Option<size_t> alloc_size(size_t count, size_t size, size_t header) {
  return ferrite::checked_mul(count, size).and_then(
      [header](size_t payload) { return ferrite::checked_add(payload, header); });
}
#endif

#ifdef BENCH_HAVE_WRAPPING
using Seq = ferrite::Wrapping<uint32_t>;
/// True when sequence number `a` comes before `b` modulo 2^32: the distance, read as signed.
bool seq_before(Seq a, Seq b) { return ferrite::wrapping_cast<int32_t>((a - b).get()) < 0; }
#else
/// True when sequence number `a` comes before `b` modulo 2^32: the distance, read as signed.
bool seq_before(uint32_t a, uint32_t b) {
  return ferrite::wrapping_cast<int32_t>(ferrite::wrapping_sub(a, b)) < 0;
}
#endif
}  // namespace

extern "C" uint64_t allocsize_ferrite(const alloc_req* reqs, size_t n) {
  uint64_t total = 0, overflows = 0;
  for (size_t i = 0; i < n; i++) {
    Option<size_t> bytes = alloc_size(reqs[i].count, reqs[i].size, ALLOC_HEADER);
    if (bytes.is_none()) {
      overflows++;
      continue;
    }
    total += bytes.unwrap_unchecked();
  }
  return total + (overflows << 48);
}

extern "C" int64_t saturate_ferrite(const int16_t* samples, size_t n) {
  int64_t trace = 0;
#ifdef BENCH_HAVE_WRAPPING
  ferrite::Saturating<int16_t> acc;
  for (size_t i = 0; i < n; i++) {
    acc += samples[i];
    trace += acc.get();
  }
#else
  int16_t acc = 0;
  for (size_t i = 0; i < n; i++) {
    acc = ferrite::saturating_add(acc, samples[i]);
    trace += acc;
  }
#endif
  return trace;
}

extern "C" uint64_t seqcmp_ferrite(const uint32_t* a, const uint32_t* b, size_t n) {
  uint64_t before = 0;
  for (size_t i = 0; i < n; i++) before += seq_before(a[i], b[i]);
  return before;
}
#endif
