// SPDX-License-Identifier: MIT OR Apache-2.0
//
// A tiny device registry written the way a driver would use ferrite:
//   - fallible operations return Result<T, Errno>, and FERRITE_TRY propagates errors;
//   - absent values are Option (a device's rate before it is set);
//   - devices are pinned objects built in place, field by field, by a fallible initializer,
//     into StaticCells (no heap), and registered on an intrusive List as the initializer's last
//     step; the registry's List itself lives in a StaticCell, initialized at module_init;
//   - only the extern "C" entry points at the bottom speak the kernel's conventions
//     (0 / -errno, pointer / ERR_PTR(-errno)).
#include "ferrite_kernel.hpp"

#include <ferrite/list.hpp>
#include <ferrite/pin.hpp>

using ferrite::Err;
using ferrite::Errno;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Pin;
using ferrite::Result;
using ferrite::StaticCell;

/// One registered device, pinned: it sits on the registry's list, so it must never move.
/// Opaque to C (ferrite_kmod.h declares only its name).
struct ferrite_demo_dev : ferrite::Pinned<ferrite_demo_dev> {
  unsigned id;
  Option<unsigned> rate_hz;           // None until the first successful set_rate
  ferrite::AutoUnlinkListLink link;   // leaves the registry by itself when destroyed
};

namespace {

using DeviceList = ferrite::List<ferrite_demo_dev, &ferrite_demo_dev::link>;

constexpr unsigned max_devices = 4;
constexpr unsigned max_id = 255;
constexpr unsigned max_rate_hz = 1'000'000;

// Module code runs no global constructors and registers no global destructors: StaticCells are
// constant-initialized, filled at a chosen point and emptied explicitly with reset().
constinit StaticCell<DeviceList> registry;
constinit StaticCell<ferrite_demo_dev> device_cells[max_devices];

Result<unsigned, Errno> validate_id(unsigned id) {
  if (id == 0 || id > max_id) return Err(Errno::Inval);
  return Ok(id);
}

/// Builds a device in place: a bad id fails before anything exists; the last step links it on
/// `live`, so a device is registered exactly when it is fully built.
auto device_init(unsigned id, DeviceList& live) {
  return ferrite::try_pin_init<ferrite_demo_dev, Errno>(
             ferrite::field<&ferrite_demo_dev::id>(validate_id(id)),
             ferrite::field<&ferrite_demo_dev::rate_hz>(None),
             ferrite::field<&ferrite_demo_dev::link>())
      .chain([&live](ferrite_demo_dev& dev) -> Result<void, Errno> {
        live.push_back(dev);
        return Ok();
      });
}

Option<ferrite_demo_dev&> find(DeviceList& live, unsigned id) {
  for (ferrite_demo_dev& dev : live) {
    if (dev.id == id) return dev;
  }
  return None;
}

Option<StaticCell<ferrite_demo_dev>&> free_cell() {
  for (StaticCell<ferrite_demo_dev>& cell : device_cells) {
    if (!cell.is_initialized()) return cell;
  }
  return None;
}

Result<ferrite_demo_dev*, Errno> register_device(unsigned id) {
  Pin<DeviceList> live = FERRITE_TRY(registry.get().ok_or(Errno::NoDev));
  if (find(*live, id).is_some()) return Err(Errno::Exist);
  StaticCell<ferrite_demo_dev>& cell = FERRITE_TRY(free_cell().ok_or(Errno::NoSpc));
  Result<Pin<ferrite_demo_dev>, Errno> built =
      cell.try_init(device_init(id, *live)).unwrap_or(Err(Errno::Busy));
  const Pin<ferrite_demo_dev> dev = FERRITE_TRY(built);
  return Ok(dev.as_ptr());
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

extern "C" int ferrite_demo_registry_init(void) {
  const Result<void, Errno> started =
      registry.try_init(ferrite::emplace<DeviceList>())
          .map([](auto) -> Result<void, Errno> { return Ok(); })  // `emplace` cannot fail
          .unwrap_or(Err(Errno::Busy));                               // already initialized
  return ferrite::to_neg(started);
}

extern "C" void ferrite_demo_registry_exit(void) {
  // Destroying a device unlinks it (AutoUnlinkListLink); the list is empty when it goes.
  for (StaticCell<ferrite_demo_dev>& cell : device_cells) static_cast<void>(cell.reset());
  static_cast<void>(registry.reset());
}

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
  for (StaticCell<ferrite_demo_dev>& cell : device_cells) {
    if (cell.get().map_or(false, [dev](Pin<ferrite_demo_dev> live) { return live.as_ptr() == dev; })) {
      static_cast<void>(cell.reset());
    }
  }
}

extern "C" unsigned int ferrite_demo_dev_count(void) {
  return registry.get().map_or(0u, [](Pin<DeviceList> live) { return static_cast<unsigned>(live->size()); });
}
