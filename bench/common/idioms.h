// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/common/idioms.h: the data every idiom works on and the entry point of every
// implementation, valid in C and in C++.
//
// Every idiom has one entry signature shared by all its implementations, named
// `<idiom>_<impl>` with impl one of c, ferrite, optional, expected, span, boost. An entry does a
// whole batch of work (a loop over its inputs) and returns a checksum, so the optimiser cannot
// discard the work and the drivers can check that every implementation computes the same answer.
// The fallible callees an idiom depends on live in a separate translation unit ("the world":
// world.c for C, world.cpp for ferrite and the peers) so nothing folds across the call.
//
// The drivers see every non-C entry as a weak symbol: an implementation whose ferrite header has
// not landed yet compiles to nothing, its entry resolves to null, and the tables say "not yet".
#ifndef BENCH_IDIOMS_H
#define BENCH_IDIOMS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef BENCH_DRIVER
#define BENCH_ENTRY __attribute__((weak))
#else
#define BENCH_ENTRY
#endif

// ---- 1. errchain: four fallible register reads, the first failure wins --------------------------
/// A device whose `fail_at`-th read fails with -EIO (4: none fails).
struct chain_dev {
  uint32_t regs[4];
  int fail_at;
};
/// Sum over devices of (combined registers) or (error code): one batch of probes.
BENCH_ENTRY int64_t errchain_c(const struct chain_dev* devs, size_t n);
BENCH_ENTRY int64_t errchain_ferrite(const struct chain_dev* devs, size_t n);
BENCH_ENTRY int64_t errchain_expected(const struct chain_dev* devs, size_t n);

// ---- 2. lookups: ERR_PTR vs Result<T*, Errno>; NULL vs Option<T&> -------------------------------
struct obj {
  uint32_t key;
  uint32_t value;
};
#define OBJ_TABLE_SLOTS 64
/// A slot table (some slots empty) for lookups by index, searched linearly for lookups by key.
struct obj_table {
  struct obj* slots[OBJ_TABLE_SLOTS];
  size_t used;
};
/// Looks up every id (some out of range, some empty): sum of values and of error codes.
BENCH_ENTRY int64_t errptr_c(const struct obj_table* t, const uint32_t* ids, size_t n);
BENCH_ENTRY int64_t errptr_ferrite(const struct obj_table* t, const uint32_t* ids, size_t n);
BENCH_ENTRY int64_t errptr_expected(const struct obj_table* t, const uint32_t* ids, size_t n);
/// Finds every key (some absent) by linear search over the used slots: sum of values and misses.
BENCH_ENTRY int64_t optref_c(const struct obj_table* t, const uint32_t* keys, size_t n);
BENCH_ENTRY int64_t optref_ferrite(const struct obj_table* t, const uint32_t* keys, size_t n);
BENCH_ENTRY int64_t optref_optional(const struct obj_table* t, const uint32_t* keys, size_t n);

// ---- 3. integers ------------------------------------------------------------------------------
struct alloc_req {
  size_t count;
  size_t size;
};
#define ALLOC_HEADER 64
/// Total bytes of every request `count * size + ALLOC_HEADER` that fits, plus the overflow count.
BENCH_ENTRY uint64_t allocsize_c(const struct alloc_req* reqs, size_t n);
BENCH_ENTRY uint64_t allocsize_ferrite(const struct alloc_req* reqs, size_t n);
/// Mixes samples into a saturating 16-bit accumulator; returns the sum of the running values.
BENCH_ENTRY int64_t saturate_c(const int16_t* samples, size_t n);
BENCH_ENTRY int64_t saturate_ferrite(const int16_t* samples, size_t n);
/// Counts the pairs where sequence number a comes before b (serial-number arithmetic).
BENCH_ENTRY uint64_t seqcmp_c(const uint32_t* a, const uint32_t* b, size_t n);
BENCH_ENTRY uint64_t seqcmp_ferrite(const uint32_t* a, const uint32_t* b, size_t n);

// ---- 4. buffers -------------------------------------------------------------------------------
/// Parses a TLV stream (type u8, length u16 big endian, value); sums values by type, or -EINVAL
/// if a record is truncated.
BENCH_ENTRY int64_t tlv_c(const uint8_t* buf, size_t len);
BENCH_ENTRY int64_t tlv_ferrite(const uint8_t* buf, size_t len);
BENCH_ENTRY int64_t tlv_span(const uint8_t* buf, size_t len);
/// Sums an array of u32 into a u64.
BENCH_ENTRY uint64_t sum_c(const uint32_t* values, size_t n);
BENCH_ENTRY uint64_t sum_ferrite(const uint32_t* values, size_t n);
BENCH_ENTRY uint64_t sum_span(const uint32_t* values, size_t n);
/// Sums the even values among all but the first 4 (an index loop vs iterator adapters).
BENCH_ENTRY uint64_t sumiter_c(const uint32_t* values, size_t n);
BENCH_ENTRY uint64_t sumiter_ferrite(const uint32_t* values, size_t n);

// ---- 5. intrusive lists -----------------------------------------------------------------------
/// Builds a list of n items (the caller's storage), sums it, removes every other item, sums
/// again, drains it; returns a checksum of the sums and of the drain order.
/// Each implementation embeds its own link type, so it gets raw storage of LIST_ITEM_BYTES each.
#define LIST_ITEM_BYTES 32
BENCH_ENTRY uint64_t list_c(void* storage, size_t n);
BENCH_ENTRY uint64_t list_ferrite(void* storage, size_t n);
BENCH_ENTRY uint64_t list_boost(void* storage, size_t n);
/// Hashes n items (keys given) into HLIST_BUCKETS buckets, then looks up m keys (some absent)
/// and sums the values found plus the misses.
#define HLIST_BUCKETS 64
BENCH_ENTRY uint64_t hlist_c(void* storage, const uint32_t* keys, size_t n, const uint32_t* lookups,
                             size_t m);
BENCH_ENTRY uint64_t hlist_ferrite(void* storage, const uint32_t* keys, size_t n,
                                   const uint32_t* lookups, size_t m);

// ---- 6. probe: a struct with three resources, any step can fail --------------------------------
/// For each fail mask (bit 0: clock, 1: irq, 2: buffer) probes a device and, when the probe
/// succeeded, removes it again; returns a checksum of results and what was held.
BENCH_ENTRY int64_t probe_c(const uint32_t* fail_masks, size_t n);
BENCH_ENTRY int64_t probe_ferrite(const uint32_t* fail_masks, size_t n);

// ---- The world: C callees shared by every implementation ----------------------------------------
/// The kernel-style resource API the probe idiom calls (world.c). Each fails when the current
/// fail mask has its bit set.
extern uint32_t world_fail_mask;
int world_clk_enable(int id);
void world_clk_disable(int id);
int world_irq_request(int irq, void* cookie);
void world_irq_free(int irq, void* cookie);
void* world_buf_alloc(size_t bytes);
void world_buf_free(void* buf);
/// Number of resources currently held (must return to 0 after every batch).
extern int64_t world_held;

#ifdef __cplusplus
}
#endif

#endif  // BENCH_IDIOMS_H
