// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/common/inputs.hpp: the deterministic inputs of every idiom, and the table of idioms and
// their implementations that both drivers (timing and instruction counting) walk.
//
// Inputs come from a fixed-seed generator, so every run, every compiler and every implementation
// sees the same data, mixing success and failure paths in realistic proportions (mostly success).
#ifndef BENCH_INPUTS_HPP
#define BENCH_INPUTS_HPP

#include <cstdint>
#include <cstring>
#include <vector>

#define BENCH_DRIVER 1
#include "idioms.h"

namespace bench {

/// A small xorshift generator: deterministic and identical on every platform.
struct Rng {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint32_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<uint32_t>(state >> 16);
  }
};

struct alignas(64) Inputs {
  std::vector<chain_dev> devs;
  std::vector<obj> objs;
  obj_table table{};
  std::vector<uint32_t> ids, keys;
  std::vector<alloc_req> reqs;
  std::vector<int16_t> samples;
  std::vector<uint32_t> seq_a, seq_b;
  std::vector<uint8_t> tlv;
  std::vector<uint32_t> values;
  std::vector<unsigned char> storage;  // list and hlist items
  size_t list_n = 0;
  std::vector<uint32_t> hkeys, hlookups;
  std::vector<uint32_t> masks;

  Inputs() {
    Rng rng;
    // errchain: one device in four fails, at a random step.
    devs.resize(256);
    for (chain_dev& d : devs) {
      for (uint32_t& r : d.regs) r = rng.next();
      d.fail_at = static_cast<int>(rng.next() % 16);  // 0..3 fail, 4..15 succeed
    }
    // lookups: 64 slots, every fourth empty; ids partly out of range; keys partly absent.
    objs.resize(OBJ_TABLE_SLOTS);
    for (size_t i = 0; i < OBJ_TABLE_SLOTS; i++) {
      objs[i] = obj{static_cast<uint32_t>(1000 + 7 * i), rng.next() % 100000};
      table.slots[i] = (i % 4 == 3) ? nullptr : &objs[i];
    }
    table.used = 16;
    for (int i = 0; i < 256; i++) ids.push_back(rng.next() % 72);
    for (int i = 0; i < 256; i++) keys.push_back(1000 + 7 * (rng.next() % 20));
    // integers
    for (int i = 0; i < 256; i++) {
      size_t count = (rng.next() % 8 == 0) ? SIZE_MAX / 3 + rng.next() % 16 : rng.next() % (1u << 20);
      reqs.push_back(alloc_req{count, 1 + rng.next() % (1u << 12)});
    }
    for (int i = 0; i < 1024; i++)
      samples.push_back(static_cast<int16_t>(static_cast<int32_t>(rng.next() % 65536) - 32768));
    for (int i = 0; i < 1024; i++) {
      seq_a.push_back(rng.next());
      seq_b.push_back(rng.next() % 4 == 0 ? seq_a.back() + rng.next() % 1000 : rng.next());
    }
    // buffers: a valid TLV stream of about 4 KiB.
    while (tlv.size() < 4000) {
      uint32_t pick = rng.next() % 4;
      uint8_t type = pick == 0 ? 1 : pick == 1 ? 2 : static_cast<uint8_t>(3 + rng.next() % 7);
      uint16_t vlen = type == 1 ? 4 : type == 2 ? 2 : static_cast<uint16_t>(rng.next() % 16);
      tlv.push_back(type);
      tlv.push_back(static_cast<uint8_t>(vlen >> 8));
      tlv.push_back(static_cast<uint8_t>(vlen));
      for (uint16_t b = 0; b < vlen; b++) tlv.push_back(static_cast<uint8_t>(rng.next()));
    }
    for (int i = 0; i < 1024; i++) values.push_back(rng.next());
    // lists: 256 items; hlist lookups half present, half absent.
    list_n = 256;
    storage.resize(list_n * LIST_ITEM_BYTES + 64);
    for (size_t i = 0; i < list_n; i++) hkeys.push_back(static_cast<uint32_t>(i) * 2654435761u + 17u);
    for (int i = 0; i < 1024; i++)
      hlookups.push_back((rng.next() & 1) ? hkeys[rng.next() % list_n] : rng.next() | 1u);
    // probe: one device in four fails, at a random step.
    for (int i = 0; i < 256; i++) masks.push_back(rng.next() % 4 == 0 ? 1u << (rng.next() % 3) : 0u);
  }

  /// Item storage aligned for any link type.
  void* items() {
    auto addr = reinterpret_cast<uintptr_t>(storage.data());
    return storage.data() + ((64 - addr % 64) % 64);
  }
};

struct Impl {
  const char* name;
  bool available;  // false: its ferrite header has not landed (or the peer cannot build here)
  uint64_t (*run)(Inputs&);
};

struct Idiom {
  const char* name;
  const char* what;
  std::vector<Impl> impls;  // impls[0] is the C baseline
};

// An entry of the table: `available` is the weak symbol's address, `run` calls it on the inputs.
#define BENCH_IMPL(idiom, impl, ...)                                          \
  Impl {                                                                      \
    #impl, &idiom##_##impl != nullptr, [](Inputs& in) -> uint64_t {          \
      (void)in;                                                               \
      return static_cast<uint64_t>(idiom##_##impl(__VA_ARGS__));              \
    }                                                                         \
  }

#define BENCH_DEVS in.devs.data(), in.devs.size()
#define BENCH_IDS &in.table, in.ids.data(), in.ids.size()
#define BENCH_KEYS &in.table, in.keys.data(), in.keys.size()
#define BENCH_REQS in.reqs.data(), in.reqs.size()
#define BENCH_SAMPLES in.samples.data(), in.samples.size()
#define BENCH_SEQ in.seq_a.data(), in.seq_b.data(), in.seq_a.size()
#define BENCH_TLV in.tlv.data(), in.tlv.size()
#define BENCH_VALUES in.values.data(), in.values.size()
#define BENCH_LIST in.items(), in.list_n
#define BENCH_HLIST in.items(), in.hkeys.data(), in.hkeys.size(), in.hlookups.data(), in.hlookups.size()
#define BENCH_MASKS in.masks.data(), in.masks.size()

// The integer idioms name the ferrite API they measured: the wrapper types once their headers are
// committed, the integer.hpp functions they are built on until then.
#ifdef BENCH_HAVE_CHECKED
#define BENCH_ALLOCSIZE_API "Checked<size_t>"
#else
#define BENCH_ALLOCSIZE_API "checked_mul/checked_add (Checked<T> not yet)"
#endif
#ifdef BENCH_HAVE_WRAPPING
#define BENCH_SATURATE_API "Saturating<int16_t>"
#define BENCH_SEQCMP_API "Wrapping<uint32_t>"
#else
#define BENCH_SATURATE_API "saturating_add (Saturating<T> not yet)"
#define BENCH_SEQCMP_API "wrapping_sub (Wrapping<T> not yet)"
#endif

inline std::vector<Idiom> idioms() {
  return {
      {"errchain", "4 fallible calls: goto err vs FERRITE_TRY",
       {BENCH_IMPL(errchain, c, BENCH_DEVS), BENCH_IMPL(errchain, ferrite, BENCH_DEVS),
        BENCH_IMPL(errchain, expected, BENCH_DEVS)}},
      {"errptr", "lookup: ERR_PTR vs Result<T*, Errno>",
       {BENCH_IMPL(errptr, c, BENCH_IDS), BENCH_IMPL(errptr, ferrite, BENCH_IDS),
        BENCH_IMPL(errptr, expected, BENCH_IDS)}},
      {"optref", "lookup: NULL vs Option<T&>",
       {BENCH_IMPL(optref, c, BENCH_KEYS), BENCH_IMPL(optref, ferrite, BENCH_KEYS),
        BENCH_IMPL(optref, optional, BENCH_KEYS)}},
      {"allocsize", "count*size+header: overflow builtins vs " BENCH_ALLOCSIZE_API,
       {BENCH_IMPL(allocsize, c, BENCH_REQS), BENCH_IMPL(allocsize, ferrite, BENCH_REQS)}},
      {"saturate", "saturating i16 mix: manual clamps vs " BENCH_SATURATE_API,
       {BENCH_IMPL(saturate, c, BENCH_SAMPLES), BENCH_IMPL(saturate, ferrite, BENCH_SAMPLES)}},
      {"seqcmp", "serial-number compare: casts vs " BENCH_SEQCMP_API,
       {BENCH_IMPL(seqcmp, c, BENCH_SEQ), BENCH_IMPL(seqcmp, ferrite, BENCH_SEQ)}},
      {"tlv", "TLV parser: pointer+length checks vs Span take_front/read_be",
       {BENCH_IMPL(tlv, c, BENCH_TLV), BENCH_IMPL(tlv, ferrite, BENCH_TLV),
        BENCH_IMPL(tlv, span, BENCH_TLV)}},
      {"sum", "sum of u32: index loop vs range-for over Span",
       {BENCH_IMPL(sum, c, BENCH_VALUES), BENCH_IMPL(sum, ferrite, BENCH_VALUES),
        BENCH_IMPL(sum, span, BENCH_VALUES)}},
      {"sumiter", "sum of even u32 after 4: loop vs iter().skip().filter().fold()",
       {BENCH_IMPL(sumiter, c, BENCH_VALUES), BENCH_IMPL(sumiter, ferrite, BENCH_VALUES)}},
      {"list", "list: build, sum, remove every other, drain",
       {BENCH_IMPL(list, c, BENCH_LIST), BENCH_IMPL(list, ferrite, BENCH_LIST),
        BENCH_IMPL(list, boost, BENCH_LIST)}},
      {"hlist", "hash table: hlist build + lookups",
       {BENCH_IMPL(hlist, c, BENCH_HLIST), BENCH_IMPL(hlist, ferrite, BENCH_HLIST)}},
      {"probe", "probe with 3 resources: goto ladder vs in-place init",
       {BENCH_IMPL(probe, c, BENCH_MASKS), BENCH_IMPL(probe, ferrite, BENCH_MASKS)}},
  };
}

}  // namespace bench

#endif  // BENCH_INPUTS_HPP
