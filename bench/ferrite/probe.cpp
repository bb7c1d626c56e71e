// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/ferrite/probe.cpp: idiom 6 with ferrite: a device with three resources built in place by
// try_pin_init. Each resource is a small RAII type whose initializer calls the same C API as
// the C baseline; when a step fails, the fields already built are destroyed in reverse, which is
// the goto ladder, written by the library once instead of by hand in every driver.
#include <new>

#include "../common/idioms.h"

#if defined(BENCH_HAVE_PIN) && defined(BENCH_HAVE_RESULT) && defined(BENCH_HAVE_ERRNO)
#include <ferrite/errno.hpp>
#include <ferrite/pin.hpp>
#include <ferrite/result.hpp>

using ferrite::Err;
using ferrite::Errno;
using ferrite::Ok;
using ferrite::Result;

namespace {
constexpr size_t kBufferBytes = 256;

/// An enabled clock; disabling it is its destructor.
struct Clock {
  explicit Clock(int clock_id) : id(clock_id) {}
  Clock(const Clock&) = delete;
  ~Clock() { world_clk_disable(id); }
  int id;

  static auto enable(int id) {
    return ferrite::init_from_fn<Clock, Errno>([id](Clock* at) -> Result<void, Errno> {
      FERRITE_TRY(ferrite::check_neg(world_clk_enable(id)));
      ::new (static_cast<void*>(at)) Clock(id);
      return Ok();
    });
  }
};

/// A requested interrupt line, registered with its own address as the cookie.
struct Irq {
  explicit Irq(int irq_line) : line(irq_line) {}
  Irq(const Irq&) = delete;
  ~Irq() { world_irq_free(line, this); }
  int line;

  static auto request(int line) {
    return ferrite::init_from_fn<Irq, Errno>([line](Irq* at) -> Result<void, Errno> {
      FERRITE_TRY(ferrite::check_neg(world_irq_request(line, at)));
      ::new (static_cast<void*>(at)) Irq(line);
      return Ok();
    });
  }
};

/// A buffer from the pool.
struct Buffer {
  explicit Buffer(void* memory) : data(memory) {}
  Buffer(const Buffer&) = delete;
  ~Buffer() { world_buf_free(data); }
  void* data;

  static auto alloc(size_t bytes) {
    return ferrite::init_from_fn<Buffer, Errno>([bytes](Buffer* at) -> Result<void, Errno> {
      void* memory = world_buf_alloc(bytes);
      if (!memory) return Err(Errno::NoMem);
      ::new (static_cast<void*>(at)) Buffer(memory);
      return Ok();
    });
  }
};

struct MyDev : ferrite::Pinned<MyDev> {
  Clock clk;
  Irq irq;
  Buffer buf;

  /// Clock, then interrupt, then buffer; a failure undoes the steps before it.
  static auto init(int id) {
    return ferrite::try_pin_init<MyDev>(ferrite::field<&MyDev::clk>(Clock::enable(id)),
                                        ferrite::field<&MyDev::irq>(Irq::request(id + 32)),
                                        ferrite::field<&MyDev::buf>(Buffer::alloc(kBufferBytes)));
  }
};
}  // namespace

extern "C" int64_t probe_ferrite(const uint32_t* fail_masks, size_t n) {
  int64_t sum = 0;
  for (size_t i = 0; i < n; i++) {
    world_fail_mask = fail_masks[i];
    ferrite::StackSlot<MyDev> slot;
    auto dev = slot.init(MyDev::init(static_cast<int>(i & 7u)));
    if (dev.is_err()) {
      sum += dev.unwrap_err_unchecked().to_neg();
      continue;
    }
    sum += world_held + dev.unwrap_unchecked()->irq.line;
  }  // the slot destroys the device: buffer, interrupt, clock, as the C remove() does
  return sum;
}
#endif
