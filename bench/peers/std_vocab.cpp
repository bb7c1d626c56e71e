// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/peers/std_vocab.cpp: the standard-library peers: std::expected for idioms 1 and 2,
// std::optional<T*> for the NULL lookup, std::span for the TLV parser and the summation.
// std::expected needs C++23 and a library that ships it: GCC 12's libstdc++ does (-std=c++23);
// Clang 14 with that libstdc++ does not (its <expected> requires newer concepts support), so
// under Clang those entries compile to nothing and the tables say so.
#include <cstring>
#include <span>

#include "callees.hpp"

#ifdef __cpp_lib_expected
namespace {
std::expected<uint32_t, int> chain_probe(const chain_dev& dev) {
  // No `?` in standard C++: every step is tested and its error forwarded by hand.
  auto id = errchain_expected_read(dev, 0);
  if (!id) return std::unexpected(id.error());
  auto rev = errchain_expected_read(dev, 1);
  if (!rev) return std::unexpected(rev.error());
  auto cfg = errchain_expected_read(dev, 2);
  if (!cfg) return std::unexpected(cfg.error());
  auto status = errchain_expected_read(dev, 3);
  if (!status) return std::unexpected(status.error());
  return *id ^ (*rev << 1) ^ (*cfg << 2) ^ (*status << 3);
}
}  // namespace

extern "C" int64_t errchain_expected(const chain_dev* devs, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    auto value = chain_probe(devs[i]);
    sum += value ? static_cast<int64_t>(*value) : value.error();
  }
  return sum;
}

extern "C" int64_t errptr_expected(const obj_table* t, const uint32_t* ids, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    auto found = errptr_expected_get(*t, ids[i]);
    if (!found) {
      sum += found.error();
      continue;
    }
    sum += (*found)->value;
  }
  return sum;
}
#endif

extern "C" int64_t optref_optional(const obj_table* t, const uint32_t* keys, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    std::optional<obj*> found = optref_optional_find(*t, keys[i]);
    if (!found) {
      sum -= 1;
      continue;
    }
    sum += (*found)->value;
  }
  return sum;
}

namespace {
uint32_t load_be32(std::span<const uint8_t, 4> bytes) {
  uint32_t v;
  std::memcpy(&v, bytes.data(), sizeof v);
  return __builtin_bswap32(v);
}
uint16_t load_be16(std::span<const uint8_t, 2> bytes) {
  uint16_t v;
  std::memcpy(&v, bytes.data(), sizeof v);
  return __builtin_bswap16(v);
}
constexpr int64_t kEinval = 22;
}  // namespace

extern "C" int64_t tlv_span(const uint8_t* buf, size_t len) {
  // std::span has no checked split: every subspan is preceded by a size test by hand, since
  // subspan past the end is undefined behaviour.
  std::span<const uint8_t> rest(buf, len);
  int64_t sum = 0;
  while (!rest.empty()) {
    if (rest.size() < 3) return -kEinval;
    uint8_t type = rest[0];
    uint16_t vlen = load_be16(rest.subspan<1, 2>());
    rest = rest.subspan(3);
    if (rest.size() < vlen) return -kEinval;
    std::span<const uint8_t> value = rest.first(vlen);
    rest = rest.subspan(vlen);
    switch (type) {
      case 1:
        if (vlen != 4) return -kEinval;
        sum += load_be32(value.first<4>());
        break;
      case 2:
        if (vlen != 2) return -kEinval;
        sum += load_be16(value.first<2>());
        break;
      default:
        sum += vlen;
        break;
    }
  }
  return sum;
}

extern "C" uint64_t sum_span(const uint32_t* values, size_t n) {
  uint64_t sum = 0;
  for (uint32_t v : std::span<const uint32_t>(values, n)) sum += v;
  return sum;
}
