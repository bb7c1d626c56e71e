// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/peers/callees.cpp: the callees of the standard-library peers.
#include "callees.hpp"

#ifdef __cpp_lib_expected
namespace {
constexpr int kEinval = 22;
constexpr int kEio = 5;
constexpr int kEnoent = 2;
}  // namespace

std::expected<uint32_t, int> errchain_expected_read(const chain_dev& dev, unsigned idx) {
  if (idx >= 4) return std::unexpected(-kEinval);
  if (static_cast<int>(idx) == dev.fail_at) return std::unexpected(-kEio);
  return dev.regs[idx];
}

std::expected<obj*, int> errptr_expected_get(const obj_table& t, uint32_t id) {
  if (id >= OBJ_TABLE_SLOTS) return std::unexpected(-kEinval);
  if (!t.slots[id]) return std::unexpected(-kEnoent);
  return t.slots[id];
}
#endif

std::optional<obj*> optref_optional_find(const obj_table& t, uint32_t key) {
  for (size_t i = 0; i < t.used; i++) {
    obj* o = t.slots[i];
    if (o && o->key == key) return o;
  }
  return std::nullopt;
}
