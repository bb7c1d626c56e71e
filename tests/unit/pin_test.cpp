// SPDX-License-Identifier: MIT OR Apache-2.0
#include "test_support.hpp"

#include <ferrite/errno.hpp>
#include <ferrite/hlist.hpp>
#include <ferrite/list.hpp>
#include <ferrite/pin.hpp>

using ferrite::Errno;
using ferrite::Err;
using ferrite::Ok;
using ferrite::Pin;
using ferrite::Result;
using ferrite::field;

namespace {

// Every construction logs +id, every destruction -id, in order.
struct Log {
  int events[32] = {};
  int size = 0;
  void push(int event) { events[size++] = event; }
  void clear() { size = 0; }
  // True when the log holds exactly `expected`, in order.
  template <unsigned long N>
  bool is(const int (&expected)[N]) const {
    if (static_cast<unsigned long>(size) != N) return false;
    for (unsigned long i = 0; i < N; ++i)
      if (events[i] != expected[i]) return false;
    return true;
  }
  bool is_empty() const { return size == 0; }
};

Log log;

// A pinned field type whose initializer fails when asked to.
struct Tracked : ferrite::Pinned<Tracked> {
  explicit Tracked(int id_) : id(id_) { log.push(id); }
  ~Tracked() { log.push(-id); }
  int id;

  static auto init(int id, int failing_id) {
    return ferrite::init_from_fn<Tracked, Errno>([=](Tracked* at) -> Result<void, Errno> {
      if (id == failing_id) return Err(Errno::NoMem);
      ferrite::detail::construct_at(at, id);
      return Ok();
    });
  }
};

struct Device : ferrite::Pinned<Device> {
  Tracked a;
  Tracked b;
  Tracked c;
  int plain;
};

auto device_init(int failing_id) {
  return ferrite::try_pin_init<Device>(field<&Device::a>(Tracked::init(1, failing_id)),
                                       field<&Device::b>(Tracked::init(2, failing_id)),
                                       field<&Device::c>(Tracked::init(3, failing_id)),
                                       field<&Device::plain>(42));
}

}  // namespace

// ---- Pinned types and Pin ----------------------------------------------------------------------

TEST_CASE("a type deriving Pinned can be neither copied nor moved, and costs nothing") {
  static_assert(ferrite::is_pinned_v<Tracked>);
  static_assert(ferrite::is_pinned_v<Device>);
  static_assert(ferrite::is_pinned_v<ferrite::ListLink>);
  static_assert(!ferrite::is_pinned_v<int>);
  struct Empty : ferrite::Pinned<Empty> {};
  struct OneInt : ferrite::Pinned<OneInt> {
    int value;
  };
  static_assert(sizeof(OneInt) == sizeof(int));
  // A pinned type whose first member is pinned keeps both empty bases at offset 0.
  struct Nested : ferrite::Pinned<Nested> {
    OneInt inner;
  };
  static_assert(sizeof(Nested) == sizeof(int));
  static_assert(sizeof(Device) == 4 * sizeof(int));
  static_assert(ferrite::detail::is_empty_v<Empty>);
  CHECK(true);
}

TEST_CASE("a Pin is one pointer and converts to a Pin of const") {
  static_assert(sizeof(Pin<Device>) == sizeof(void*));
  static int board = 7;
  Pin<int> pin = Pin<int>::new_unchecked(board);
  Pin<const int> read_only = pin;
  CHECK(read_only.as_ptr() == &board);
  CHECK(*pin == 7);
  CHECK(pin == Pin<int>::new_unchecked(board));
}

TEST_CASE("projecting a Pin gives a Pin to the field, with the constness of the object") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  Pin<Device> dev = slot.init(device_init(0)).unwrap();
  Pin<Tracked> b = dev.project<&Device::b>();
  CHECK(b.as_ptr() == &dev->b);
  CHECK(b->id == 2);
  Pin<const Device> read_only = dev;
  Pin<const int> plain = read_only.project<&Device::plain>();
  CHECK(*plain == 42);
}

// ---- Field-wise initialization and its unwinding ------------------------------------------------

namespace {
struct BoardConfig {
  int irq;
};
struct ConfiguredDevice : ferrite::Pinned<ConfiguredDevice> {
  const BoardConfig& config;
  explicit ConfiguredDevice(const BoardConfig& c) : config(c) {}
};
}  // namespace

TEST_CASE("emplace keeps an lvalue argument by reference, so a constructor may keep a reference to it") {
  static const BoardConfig board{17};
  ferrite::StackSlot<ConfiguredDevice> slot;
  Pin<ConfiguredDevice> dev = ferrite::into_ok(slot.init(ferrite::emplace<ConfiguredDevice>(board)));
  CHECK(&dev->config == &board);
  CHECK(dev->config.irq == 17);
}

TEST_CASE("a composed initializer builds every field in declaration order") {
  log.clear();
  {
    ferrite::StackSlot<Device> slot;
    auto built = slot.init(device_init(0));
    REQUIRE(built.is_ok());
    CHECK(log.is({1, 2, 3}));
    CHECK(slot.is_initialized());
    Pin<Device> dev = built.unwrap();
    CHECK(dev->a.id == 1);
    CHECK(dev->b.id == 2);
    CHECK(dev->c.id == 3);
    CHECK(dev->plain == 42);
  }
  CHECK(log.is({1, 2, 3, -3, -2, -1}));
}

TEST_CASE("when the first field fails nothing is built and nothing destroyed") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  auto built = slot.init(device_init(1));
  CHECK(built.is_err());
  CHECK(built.err() == ferrite::Some(Errno::NoMem));
  CHECK(log.is_empty());
  CHECK_FALSE(slot.is_initialized());
}

TEST_CASE("when the second field fails exactly the first is destroyed") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  auto built = slot.init(device_init(2));
  CHECK(built.err() == ferrite::Some(Errno::NoMem));
  CHECK(log.is({1, -1}));
  CHECK_FALSE(slot.is_initialized());
}

TEST_CASE("when the third field fails the second and the first are destroyed, in that order") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  auto built = slot.init(device_init(3));
  CHECK(built.err() == ferrite::Some(Errno::NoMem));
  CHECK(log.is({1, 2, -2, -1}));
  CHECK_FALSE(slot.is_initialized());
}

TEST_CASE("a failed slot can be initialized again, and a second init replaces the first value") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  CHECK(slot.init(device_init(2)).is_err());
  CHECK(slot.init(device_init(0)).is_ok());
  CHECK(slot.init(device_init(0)).is_ok());
  CHECK(log.is({1, -1, 1, 2, 3, -3, -2, -1, 1, 2, 3}));
  CHECK(slot.reset());
  CHECK_FALSE(slot.reset());
}

namespace {

struct Outer : ferrite::Pinned<Outer> {
  Tracked first;
  Device inner;
  Tracked last;
};

auto outer_init(int failing_id) {
  return ferrite::try_pin_init<Outer>(field<&Outer::first>(Tracked::init(10, failing_id)),
                                      field<&Outer::inner>(device_init(failing_id)),
                                      field<&Outer::last>(Tracked::init(20, failing_id)));
}

}  // namespace

TEST_CASE("a nested aggregate failing inside unwinds its own fields, then the outer ones") {
  log.clear();
  ferrite::StackSlot<Outer> slot;
  CHECK(slot.init(outer_init(3)).is_err());
  CHECK(log.is({10, 1, 2, -2, -1, -10}));
}

TEST_CASE("a field after a nested aggregate failing unwinds the whole aggregate in reverse") {
  log.clear();
  {
    ferrite::StackSlot<Outer> slot;
    CHECK(slot.init(outer_init(20)).is_err());
    CHECK(log.is({10, 1, 2, 3, -3, -2, -1, -10}));
    log.clear();
    CHECK(slot.init(outer_init(0)).is_ok());
  }
  CHECK(log.is({10, 1, 2, 3, 20, -20, -3, -2, -1, -10}));
}

namespace {

struct Config {
  int irq;
  long base;
};

Result<long, Errno> map_registers(bool works) {
  if (!works) return Err(Errno::Io);
  return Ok(0x1000L);
}

struct Board : ferrite::Pinned<Board> {
  Tracked clock;
  long registers;
  Config config;
};

}  // namespace

TEST_CASE("a field built from a Result fails with its error and undoes the earlier fields") {
  log.clear();
  ferrite::StackSlot<Board> slot;
  auto failing = slot.init(ferrite::try_pin_init<Board>(field<&Board::clock>(Tracked::init(1, 0)),
                                                        field<&Board::registers>(map_registers(false)),
                                                        field<&Board::config>(Config{5, 0x20})));
  CHECK(failing.err() == ferrite::Some(Errno::Io));
  CHECK(log.is({1, -1}));
  log.clear();
  auto working = slot.init(ferrite::try_pin_init<Board>(field<&Board::clock>(Tracked::init(1, 0)),
                                                        field<&Board::registers>(map_registers(true)),
                                                        field<&Board::config>(Config{5, 0x20})));
  REQUIRE(working.is_ok());
  Board* board = working.ok().map([](Pin<Board> p) { return p.as_ptr(); }).unwrap_or(nullptr);
  REQUIRE(board != nullptr);
  CHECK(board->registers == 0x1000);
  CHECK(board->config.irq == 5);
  CHECK(board->config.base == 0x20);
}

TEST_CASE("an initializer that cannot fail has the Infallible error and into_ok unwraps it") {
  struct Pair : ferrite::Pinned<Pair> {
    int a;
    Tracked b;
  };
  log.clear();
  {
    ferrite::StackSlot<Pair> slot;
    auto init = ferrite::pin_init<Pair>(field<&Pair::a>(4), field<&Pair::b>(7));
    static_assert(ferrite::detail::is_same_v<decltype(init)::error_type, ferrite::Infallible>);
    Pin<Pair> pair = ferrite::into_ok(slot.init(ferrite::detail::move(init)));
    CHECK(pair->a == 4);
    CHECK(pair->b.id == 7);
  }
  CHECK(log.is({7, -7}));
}

TEST_CASE("emplace builds a pinned type through its constructor") {
  log.clear();
  {
    ferrite::StackSlot<Tracked> slot;
    Pin<Tracked> t = ferrite::into_ok(slot.init(ferrite::emplace<Tracked>(9)));
    CHECK(t->id == 9);
  }
  CHECK(log.is({9, -9}));
}

TEST_CASE("chain runs after a successful build, and its failure destroys the whole value") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  auto refused = slot.init(device_init(0).chain([](Device& d) -> Result<void, Errno> {
    CHECK(d.plain == 42);
    return Err(Errno::Busy);
  }));
  CHECK(refused.err() == ferrite::Some(Errno::Busy));
  CHECK(log.is({1, 2, 3, -3, -2, -1}));
  CHECK_FALSE(slot.is_initialized());

  log.clear();
  auto accepted = slot.init(device_init(0).chain([](Device& d) -> Result<void, Errno> {
    d.plain = 43;
    return Ok();
  }));
  REQUIRE(accepted.is_ok());
  CHECK(log.is({1, 2, 3}));
  CHECK(slot.reset());
}

TEST_CASE("chain is not run when the build itself fails") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  bool ran = false;
  auto result = slot.init(device_init(2).chain([&](Device&) -> Result<void, Errno> {
    ran = true;
    return Ok();
  }));
  CHECK(result.is_err());
  CHECK_FALSE(ran);
  CHECK(log.is({1, -1}));
}

TEST_CASE("map_err converts the error of a failing initializer") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  auto result = slot.init(device_init(3).map_err([](Errno e) { return e.to_neg(); }));
  static_assert(ferrite::detail::is_same_v<decltype(result), Result<Pin<Device>, int>>);
  CHECK(result.err() == ferrite::Some(-12));
  CHECK(log.is({1, 2, -2, -1}));
}

namespace {
enum class ParseError { Bad };
auto parse_init(bool ok) {
  return ferrite::init_from_fn<int, ParseError>([=](int* at) -> Result<void, ParseError> {
    if (!ok) return Err(ParseError::Bad);
    *at = 1;
    return Ok();
  });
}
struct Mixed : ferrite::Pinned<Mixed> {
  Tracked t;
  int parsed;
};
}  // namespace

template <>
struct ferrite::ErrorFrom<Errno, ParseError> {
  static constexpr Errno convert(ParseError) noexcept { return Errno::Inval; }
};

TEST_CASE("fields with different error types convert to the named error through ErrorFrom") {
  log.clear();
  ferrite::StackSlot<Mixed> slot;
  auto result = slot.init(ferrite::try_pin_init<Mixed, Errno>(field<&Mixed::t>(Tracked::init(1, 0)),
                                                              field<&Mixed::parsed>(parse_init(false))));
  CHECK(result.err() == ferrite::Some(Errno::Inval));
  CHECK(log.is({1, -1}));
}

// ---- StaticCell ----------------------------------------------------------------------------------

namespace {
constinit ferrite::StaticCell<Device> global_device;
}  // namespace

TEST_CASE("a static cell is constant-initialized, empty and trivially destructible") {
  static_assert(ferrite::detail::is_trivially_destructible_v<ferrite::StaticCell<Device>>);
  CHECK(global_device.state() == ferrite::CellState::Uninitialized);
  CHECK_FALSE(global_device.is_initialized());
  CHECK(global_device.get().is_none());
}

TEST_CASE("a static cell whose initializer fails stays empty and can be initialized later") {
  log.clear();
  CHECK(global_device.init(device_init(3)).err() == ferrite::Some(Errno::NoMem));
  CHECK(global_device.state() == ferrite::CellState::Uninitialized);
  CHECK(log.is({1, 2, -2, -1}));

  log.clear();
  auto tried = global_device.try_init(device_init(2));
  REQUIRE(tried.is_some());
  CHECK(tried.unwrap_unchecked().err() == ferrite::Some(Errno::NoMem));
  CHECK(global_device.state() == ferrite::CellState::Uninitialized);
  CHECK(log.is({1, -1}));

  log.clear();
  auto built = global_device.init(device_init(0));
  REQUIRE(built.is_ok());
  CHECK(global_device.state() == ferrite::CellState::Initialized);
  REQUIRE(global_device.get().is_some());
  CHECK(global_device.get_unchecked()->plain == 42);
  CHECK(global_device.get() == built.ok());

  // Initialized once: try_init refuses without running the initializer, init panics.
  bool ran = false;
  auto again = global_device.try_init(device_init(0).chain([&](Device&) -> Result<void, Errno> {
    ran = true;
    return Ok();
  }));
  CHECK(again.is_none());
  CHECK_FALSE(ran);
  CHECK(FERRITE_PANICKED(global_device.init(device_init(0))));
  CHECK(log.is({1, 2, 3}));

  CHECK(global_device.reset());
  CHECK(log.is({1, 2, 3, -3, -2, -1}));
  CHECK_FALSE(global_device.reset());
  CHECK(global_device.get().is_none());
}

namespace {
constinit ferrite::StaticCell<int> reentrant_cell;
}  // namespace

TEST_CASE("a static cell reports Initializing while its initializer runs, and refuses re-entry") {
  ferrite::CellState seen = ferrite::CellState::Uninitialized;
  bool inner_refused = false;
  auto init = ferrite::init_from_fn<int, Errno>([&](int* at) -> Result<void, Errno> {
    seen = reentrant_cell.state();
    inner_refused = reentrant_cell.try_init(ferrite::emplace<int>(2)).is_none();
    *at = 1;
    return Ok();
  });
  auto result = reentrant_cell.try_init(ferrite::detail::move(init));
  REQUIRE(result.is_some());
  CHECK(seen == ferrite::CellState::Initializing);
  CHECK(inner_refused);
  CHECK(*reentrant_cell.get_unchecked() == 1);
  CHECK(reentrant_cell.reset());
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("debug builds catch get_unchecked on an empty static cell") {
  ferrite::StaticCell<int> cell;
  CHECK(FERRITE_PANICKED(cell.get_unchecked()));
}
#endif

namespace {
struct Job {
  int id = 0;
  ferrite::ListLink link;
};
using JobList = ferrite::List<Job, &Job::link>;
constinit ferrite::StaticCell<JobList> global_jobs;
}  // namespace

TEST_CASE("a global list lives in a static cell, with no global constructor or destructor") {
  static_assert(ferrite::detail::is_trivially_destructible_v<ferrite::StaticCell<JobList>>);
  Pin<JobList> jobs = ferrite::into_ok(global_jobs.init(ferrite::emplace<JobList>()));
  Job job;
  job.id = 3;
  jobs->push_back(job);
  CHECK(jobs->front().as_ptr() == &job);
  CHECK(global_jobs.reset());  // unlinks the job
  CHECK_FALSE(job.link.is_linked());
}

namespace {
struct Request : ferrite::Pinned<Request> {
  int sector;
  ferrite::ListLink link;
  Tracked owner;
};
}  // namespace

TEST_CASE("a pinned aggregate with a list link is built in place and can be linked") {
  log.clear();
  ferrite::List<Request, &Request::link> queue;
  ferrite::StackSlot<Request> slot;
  Pin<Request> request = slot.init(ferrite::try_pin_init<Request>(field<&Request::sector>(8),
                                                                  field<&Request::link>(),
                                                                  field<&Request::owner>(Tracked::init(4, 0))))
                             .unwrap();
  CHECK_FALSE(request->link.is_linked());
  queue.push_back(request.get());
  CHECK(queue.front().as_ptr() == request.as_ptr());
  CHECK(queue.pop_front().as_ptr()->sector == 8);
}

namespace {
struct Counted {
  Counted() { log.push(100); }
  ~Counted() { log.push(-100); }
};
struct Cache : ferrite::Pinned<Cache> {
  struct Entry {
    int key = 0;
    ferrite::HListLink link;
  };
  using Bucket = ferrite::HList<Entry, &Entry::link>;
  Tracked first;
  Bucket buckets[4];
  Counted counted[2];
  Tracked last;
};
auto cache_init(int failing_id) {
  return ferrite::try_pin_init<Cache>(field<&Cache::first>(Tracked::init(1, failing_id)), field<&Cache::buckets>(),
                                      field<&Cache::counted>(), field<&Cache::last>(Tracked::init(9, failing_id)));
}
}  // namespace

TEST_CASE("an array field is built element by element and undone in reverse when a later field fails") {
  log.clear();
  ferrite::StackSlot<Cache> slot;
  CHECK(slot.init(cache_init(9)).err() == ferrite::Some(Errno::NoMem));
  CHECK(log.is({1, 100, 100, -100, -100, -1}));
}

TEST_CASE("a pinned object holds a table of HList buckets built in place") {
  log.clear();
  Cache::Entry a, b;
  a.key = 5;
  b.key = 6;
  {
    ferrite::StackSlot<Cache> slot;
    Pin<Cache> cache = slot.init(cache_init(0)).unwrap();
    for (const Cache::Bucket& bucket : cache->buckets) CHECK(bucket.is_empty());
    cache->buckets[a.key % 4].push_front(a);
    cache->buckets[b.key % 4].push_front(b);
    CHECK(cache->buckets[1].front().as_ptr() == &a);
    CHECK(cache->buckets[2].front().as_ptr() == &b);
  }
  // Destroying the cache destroyed its buckets, which unlinked the entries.
  CHECK_FALSE(a.link.is_linked());
  CHECK_FALSE(b.link.is_linked());
  CHECK(log.is({1, 100, 100, 9, -9, -100, -100, -1}));
}

// ---- Caller-provided storage ------------------------------------------------------------------------

TEST_CASE("init_at builds in caller memory only on success, and destroy_pinned undoes it") {
  alignas(Device) unsigned char memory[sizeof(Device)];
  log.clear();
  auto failed = ferrite::init_at<Device>(memory, device_init(2));
  CHECK(failed.err() == ferrite::Some(Errno::NoMem));
  CHECK(log.is({1, -1}));

  log.clear();
  auto built = ferrite::init_at<Device>(memory, device_init(0));
  REQUIRE(built.is_ok());
  Pin<Device> dev = built.unwrap();
  CHECK(static_cast<void*>(dev.as_ptr()) == static_cast<void*>(memory));
  CHECK(dev->b.id == 2);
  ferrite::destroy_pinned(dev);
  CHECK(log.is({1, 2, 3, -3, -2, -1}));
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("debug builds catch init_at into misaligned memory") {
  alignas(Device) unsigned char memory[sizeof(Device) + 1];
  log.clear();
  CHECK(FERRITE_PANICKED(ferrite::init_at<Device>(memory + 1, device_init(0))));
  CHECK(log.is_empty());
}
#endif

// ---- Reading like kernel code ---------------------------------------------------------------------

namespace {

// A probe in the shape of a driver's: FERRITE_TRY propagates an initializer's error, and the Pin
// is only ever seen on success.
Result<int, Errno> probe(ferrite::StackSlot<Device>& slot, int failing_id) {
  Pin<Device> dev = FERRITE_TRY(slot.init(device_init(failing_id)));
  return Ok(dev->plain + dev->c.id);
}

}  // namespace

TEST_CASE("FERRITE_TRY takes the Pin out of a successful init and propagates a failure") {
  log.clear();
  ferrite::StackSlot<Device> slot;
  CHECK(probe(slot, 2) == Err(Errno::NoMem));
  CHECK(log.is({1, -1}));
  CHECK(probe(slot, 0) == Ok(45));
  CHECK(slot.is_initialized());
}

// ---- Field coverage ----------------------------------------------------------------------------------

namespace {
struct Three : ferrite::Pinned<Three> {
  char a;
  Tracked b;
  short c;
};
struct CacheAligned : ferrite::Pinned<CacheAligned> {
  char flag;
  alignas(64) long counter;
  Tracked owner;
};
}  // namespace

TEST_CASE("fields that name every member in declaration order pass the coverage check, alignas too") {
  log.clear();
  {
    ferrite::StackSlot<Three> three;
    CHECK(three.init(ferrite::try_pin_init<Three>(field<&Three::a>('x'), field<&Three::b>(Tracked::init(1, 0)),
                                                   field<&Three::c>(short{2})))
              .is_ok());
    ferrite::StackSlot<CacheAligned> aligned;
    CHECK(aligned.init(ferrite::try_pin_init<CacheAligned>(field<&CacheAligned::flag>('y'),
                                                            field<&CacheAligned::counter>(0L),
                                                            field<&CacheAligned::owner>(Tracked::init(2, 0))))
              .is_ok());
  }
  CHECK(log.is({1, 2, -2, -1}));
}

#if FERRITE_DEBUG_CHECKS
TEST_CASE("debug builds catch a member left out of try_pin_init before building anything") {
  log.clear();
  ferrite::StackSlot<Three> slot;
  CHECK(FERRITE_PANICKED(slot.init(ferrite::try_pin_init<Three>(field<&Three::a>('x'), field<&Three::c>(short{2})))));
  CHECK(FERRITE_PANICKED(slot.init(ferrite::try_pin_init<Three>(field<&Three::a>('x'),
                                                                 field<&Three::b>(Tracked::init(1, 0))))));
  CHECK(log.is_empty());
  CHECK_FALSE(slot.is_initialized());
}

TEST_CASE("debug builds catch try_pin_init fields given out of declaration order") {
  log.clear();
  ferrite::StackSlot<Three> slot;
  CHECK(FERRITE_PANICKED(slot.init(ferrite::try_pin_init<Three>(
      field<&Three::b>(Tracked::init(1, 0)), field<&Three::a>('x'), field<&Three::c>(short{2})))));
  CHECK(log.is_empty());
}
#endif
