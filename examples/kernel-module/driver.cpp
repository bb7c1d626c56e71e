// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A tiny device registry written the way a driver would use ferrite: fallible operations return
// Result<T, Errno>, absent values are Option, and only the extern "C" entry points at the bottom
// translate to the kernel's conventions (0 / -errno, pointer / ERR_PTR(-errno)).
#include "ferrite_kernel.hpp"

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;

/// One registered device. Opaque to C (ferrite_kmod.h declares only its name).
struct ferrite_demo_dev {
  unsigned id;
  Option<unsigned> rate_hz;  // None until the first successful set_rate
};

namespace {

constexpr unsigned max_devices = 4;
constexpr unsigned max_id = 255;
constexpr unsigned max_rate_hz = 1'000'000;

// Static storage, no heap; constinit because a module never runs global constructors.
constinit Option<ferrite_demo_dev> slots[max_devices] = {};

Option<ferrite_demo_dev&> find(unsigned id) {
  for (Option<ferrite_demo_dev>& slot : slots) {
    if (ferrite_demo_dev* dev = slot.as_ptr(); dev != nullptr && dev->id == id) return *dev;
  }
  return None;
}

Option<Option<ferrite_demo_dev>&> free_slot() {
  for (Option<ferrite_demo_dev>& slot : slots) {
    if (slot.is_none()) return slot;
  }
  return None;
}

Result<ferrite_demo_dev*, Errno> register_device(unsigned id) {
  if (id == 0 || id > max_id) return Err(Errno::Inval);
  if (find(id).is_some()) return Err(Errno::Exist);
  Option<ferrite_demo_dev>& slot = FERRITE_TRY(free_slot().ok_or(Errno::NoSpc));
  return Ok(&slot.insert(ferrite_demo_dev{id, None}));
}

Result<unsigned, Errno> validate_rate(unsigned hz) {
  if (hz == 0) return Err(Errno::Inval);
  if (hz > max_rate_hz) return Err(Errno::Range);
  return Ok(hz);
}

Result<void, Errno> set_rate(ferrite_demo_dev& dev, unsigned hz) {
  dev.rate_hz = FERRITE_TRY(validate_rate(hz));
  return Ok();
}

Result<long, Errno> period_us(const ferrite_demo_dev& dev) {
  return dev.rate_hz.ok_or(Errno::NoData).map([](unsigned hz) { return 1'000'000L / hz; });
}

}  // namespace

// ---- The kernel's conventions, at the boundary only ------------------------------------------

// Result<T*, Errno> is stored as the kernel's ERR_PTR encoding, so this returns it unchanged.
extern "C" ferrite_demo_dev* ferrite_demo_dev_create(unsigned int id) {
  return ferrite::to_err_ptr(register_device(id));
}

extern "C" int ferrite_demo_dev_set_rate(ferrite_demo_dev* dev, unsigned int hz) {
  return ferrite::to_neg(set_rate(*dev, hz));
}

extern "C" long ferrite_demo_dev_period_us(const ferrite_demo_dev* dev) {
  return period_us(*dev).map_or_else([](Errno e) -> long { return e.to_neg(); },
                                      [](long microseconds) { return microseconds; });
}

extern "C" void ferrite_demo_dev_destroy(ferrite_demo_dev* dev) {
  if (dev == nullptr) return;
  for (Option<ferrite_demo_dev>& slot : slots) {
    if (slot.as_ptr() == dev) slot = None;
  }
}

extern "C" unsigned int ferrite_demo_dev_count(void) {
  unsigned count = 0;
  for (const Option<ferrite_demo_dev>& slot : slots) count += slot.is_some() ? 1u : 0u;
  return count;
}
