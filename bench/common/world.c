// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/common/world.c: the kernel-style resource API that the probe idiom calls, shared by
// every implementation (a ferrite driver in a kernel calls the same C API as a C driver).
// A separate translation unit, so no implementation can see through these calls.
#include "idioms.h"

#include "../c/kernel.h"

uint32_t world_fail_mask;
int64_t world_held;

// Two buffers are enough: a probe holds at most one at a time.
static _Alignas(16) unsigned char world_pool[2][256];
static unsigned world_pool_used;

int world_clk_enable(int id) {
  if (world_fail_mask & 1u) return -EIO;
  world_held += id + 1;
  return 0;
}

void world_clk_disable(int id) { world_held -= id + 1; }

int world_irq_request(int irq, void* cookie) {
  if (world_fail_mask & 2u) return -EBUSY;
  world_held += irq + (cookie != NULL);
  return 0;
}

void world_irq_free(int irq, void* cookie) { world_held -= irq + (cookie != NULL); }

void* world_buf_alloc(size_t bytes) {
  if ((world_fail_mask & 4u) || bytes > sizeof world_pool[0] || world_pool_used == 3u) return NULL;
  unsigned slot = (world_pool_used & 1u) ? 1u : 0u;
  world_pool_used |= 1u << slot;
  world_held += 1000;
  return world_pool[slot];
}

void world_buf_free(void* buf) {
  if (!buf) return;
  unsigned slot = (buf == world_pool[1]) ? 1u : 0u;
  world_pool_used &= ~(1u << slot);
  world_held -= 1000;
}
