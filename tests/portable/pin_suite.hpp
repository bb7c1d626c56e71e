// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/pin.hpp: in-place initialization that fails cleanly. The undo order
// of a failed field-by-field init is the property a kernel driver depends on, so it is checked
// on every target, with a log of constructions and destructions.
#ifndef FERRITE_TESTS_PORTABLE_PIN_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_PIN_SUITE_HPP

#include "check.hpp"
#include "ferrite/pin.hpp"

namespace ferrite_portable::pin_suite {

using ferrite::Err;
using ferrite::Ok;
using ferrite::Pin;
using ferrite::Result;

enum class InitError { NoMemory, Busy };

/// Records its construction as the digit `tag` and its destruction as `tag + 5`.
struct Part : ferrite::Pinned<Part> {
  long* log;
  int tag;
  Part(long* events, int id) : log(events), tag(id) { *log = *log * 10 + tag; }
  ~Part() { *log = *log * 10 + tag + 5; }

  /// An initializer that builds a Part, or fails with `error` before building anything.
  static auto init(long* events, int id, bool fail) {
    return ferrite::init_from_fn<Part, InitError>([=](Part* at) -> Result<void, InitError> {
      if (fail) return Err(InitError::NoMemory);
      ferrite::detail::construct_at(at, events, id);
      return Ok();
    });
  }
};

struct Device : ferrite::Pinned<Device> {
  Part clock;
  Part regs;
  Part irq;

  static auto init(long* events, int fail_at) {
    return ferrite::try_pin_init<Device, InitError>(
        ferrite::field<&Device::clock>(Part::init(events, 1, fail_at == 1)),
        ferrite::field<&Device::regs>(Part::init(events, 2, fail_at == 2)),
        ferrite::field<&Device::irq>(Part::init(events, 3, fail_at == 3)));
  }
};

static_assert(ferrite::is_pinned_v<Device>, "a Pinned type neither copies nor moves");
static_assert(sizeof(Pin<Device>) == sizeof(void*), "Pin is one pointer");

FERRITE_TEST(a_successful_init_builds_every_field_in_order) {
  long log = 0;
  {
    ferrite::StackSlot<Device> slot;
    const Result<Pin<Device>, InitError> device = slot.init(Device::init(&log, 0));
    FERRITE_CHECK(device.is_ok());
    FERRITE_CHECK(slot.is_initialized());
    FERRITE_CHECK(log == 123);
  }
  FERRITE_CHECK(log == 123876);  // the slot destroys the fields in reverse
}

FERRITE_TEST(a_failing_field_undoes_the_fields_before_it_in_reverse) {
  long log = 0;
  ferrite::StackSlot<Device> slot;
  FERRITE_CHECK(slot.init(Device::init(&log, 3)).err() == InitError::NoMemory);
  FERRITE_CHECK(log == 1276);  // built 1, 2; undid 2, 1; never built 3
  FERRITE_CHECK(!slot.is_initialized());
  log = 0;
  FERRITE_CHECK(slot.init(Device::init(&log, 1)).is_err());
  FERRITE_CHECK(log == 0);  // the first field failed: nothing to undo
}

FERRITE_TEST(a_failing_chain_step_destroys_the_built_object) {
  long log = 0;
  ferrite::StackSlot<Part> slot;
  const auto refuse = [](Part&) -> Result<void, InitError> { return Err(InitError::Busy); };
  FERRITE_CHECK(slot.init(Part::init(&log, 4, false).chain(refuse)).err() == InitError::Busy);
  FERRITE_CHECK(log == 49);  // built, then destroyed
  FERRITE_CHECK(!slot.is_initialized());
}

FERRITE_TEST(a_static_cell_initializes_once_and_resets) {
  long log = 0;
  ferrite::StaticCell<Part> cell;
  FERRITE_CHECK(cell.state() == ferrite::CellState::Uninitialized);
  FERRITE_CHECK(!cell.get().is_some());
  FERRITE_CHECK(cell.try_init(Part::init(&log, 1, true)).map([](const auto& r) { return r.is_err(); }) == true);
  FERRITE_CHECK(!cell.is_initialized());  // a failed init leaves it empty
  FERRITE_CHECK(cell.try_init(Part::init(&log, 2, false)).is_some());
  FERRITE_CHECK(cell.is_initialized());
  FERRITE_CHECK(!cell.try_init(Part::init(&log, 3, false)).is_some());  // already full: not run
  FERRITE_CHECK(log == 2);
  FERRITE_CHECK(cell.get().map([](Pin<Part> part) { return part->tag; }) == 2);
  FERRITE_CHECK(cell.reset());
  FERRITE_CHECK(!cell.reset());
  FERRITE_CHECK(log == 27);
}

FERRITE_TEST(init_at_builds_in_caller_memory_and_destroy_pinned_ends_it) {
  long log = 0;
  alignas(Part) unsigned char pool[sizeof(Part)];
  auto built = ferrite::init_at<Part>(pool, Part::init(&log, 1, false));
  FERRITE_CHECK(built.is_ok());
  const ferrite::Option<Pin<Part>> pinned = built.ok();
  if (const Pin<Part>* part = pinned.as_ptr(); part != nullptr) {
    FERRITE_CHECK(static_cast<void*>(part->as_ptr()) == static_cast<void*>(pool));
    ferrite::destroy_pinned(*part);
  }
  FERRITE_CHECK(log == 16);
  FERRITE_CHECK(ferrite::init_at<Part>(pool, Part::init(&log, 2, true)).is_err());
  FERRITE_CHECK(log == 16);
}

inline constexpr Case cases[] = {
    {"a successful init builds every field in order", a_successful_init_builds_every_field_in_order},
    {"a failing field undoes the fields before it, in reverse",
     a_failing_field_undoes_the_fields_before_it_in_reverse},
    {"a failing chain step destroys the built object", a_failing_chain_step_destroys_the_built_object},
    {"a StaticCell initializes once and resets", a_static_cell_initializes_once_and_resets},
    {"init_at builds in caller memory and destroy_pinned ends it",
     init_at_builds_in_caller_memory_and_destroy_pinned_ends_it},
};

}  // namespace ferrite_portable::pin_suite

#endif  // FERRITE_TESTS_PORTABLE_PIN_SUITE_HPP
