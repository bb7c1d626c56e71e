// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/peers/callees.hpp: the callees of the standard-library peers, in callees.cpp so the
// idioms that call them cannot inline them. The same work as bench/c/callees.c, in the peer's
// vocabulary type.
#ifndef BENCH_PEERS_CALLEES_HPP
#define BENCH_PEERS_CALLEES_HPP

#include <optional>

#include "../common/idioms.h"

#if __has_include(<expected>)
#include <expected>
#endif

#ifdef __cpp_lib_expected
/// Register `idx` of `dev`, or -EINVAL / -EIO as the error.
std::expected<uint32_t, int> errchain_expected_read(const chain_dev& dev, unsigned idx);
/// The object in slot `id`, or -EINVAL / -ENOENT as the error.
std::expected<obj*, int> errptr_expected_get(const obj_table& t, uint32_t id);
#endif

/// The object with `key` among the used slots, or nullopt.
std::optional<obj*> optref_optional_find(const obj_table& t, uint32_t key);

#endif  // BENCH_PEERS_CALLEES_HPP
