// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/buffers.cpp: idiom 4 with ferrite: a TLV parser over a Span cursor with
// take_front and read_be (every access checked, the redundant checks left to the optimiser), a
// range-for summation, and the same summation through iterator adapters.
#include "../common/idioms.h"

#if defined(BENCH_HAVE_SPAN) && defined(BENCH_HAVE_ITER) && defined(BENCH_HAVE_RESULT) && \
    defined(BENCH_HAVE_ERRNO)
#include <ferrite/errno.hpp>
#include <ferrite/result.hpp>
#include <ferrite/span.hpp>

using ferrite::Errno;
using ferrite::Ok;
using ferrite::Result;
using ferrite::Span;

namespace {
using Bytes = Span<const uint8_t>;

/// Sums the values of a TLV stream; Errno::Inval when a record is truncated or malformed.
Result<int64_t, Errno> parse_tlv(Bytes rest) {
  int64_t sum = 0;
  while (!rest.is_empty()) {
    Bytes header = FERRITE_TRY(rest.take_front(3).ok_or(Errno::Inval));
    uint8_t type = FERRITE_TRY(header.read_be<uint8_t>(0).ok_or(Errno::Inval));
    uint16_t length = FERRITE_TRY(header.read_be<uint16_t>(1).ok_or(Errno::Inval));
    Bytes value = FERRITE_TRY(rest.take_front(length).ok_or(Errno::Inval));
    switch (type) {
      case 1:
        if (length != 4) return ferrite::Err(Errno::Inval);
        sum += FERRITE_TRY(value.read_be<uint32_t>(0).ok_or(Errno::Inval));
        break;
      case 2:
        if (length != 2) return ferrite::Err(Errno::Inval);
        sum += FERRITE_TRY(value.read_be<uint16_t>(0).ok_or(Errno::Inval));
        break;
      default:
        sum += length;
        break;
    }
  }
  return Ok(sum);
}
}  // namespace

extern "C" int64_t tlv_ferrite(const uint8_t* buf, size_t len) {
  // The C caller vouches for buf[0..len): the one unchecked step, at the boundary.
  Result<int64_t, Errno> sum = parse_tlv(Bytes::from_raw_parts_unchecked(buf, len));
  return sum.is_ok() ? sum.unwrap_unchecked() : sum.unwrap_err_unchecked().to_neg();
}

extern "C" uint64_t sum_ferrite(const uint32_t* values, size_t n) {
  uint64_t sum = 0;
  for (uint32_t v : Span<const uint32_t>::from_raw_parts_unchecked(values, n)) sum += v;
  return sum;
}

extern "C" uint64_t sumiter_ferrite(const uint32_t* values, size_t n) {
  return Span<const uint32_t>::from_raw_parts_unchecked(values, n)
      .iter()
      .skip(4)
      .filter([](const uint32_t& v) { return v % 2 == 0; })
      .fold(uint64_t{0}, [](uint64_t acc, const uint32_t& v) { return acc + v; });
}
#endif
