// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Differential fuzzing of Option and Result (ferrite/option.hpp, ferrite/result.hpp) against a
// model: a (present, number) pair per slot.
//
// The fuzzer's bytes are a script of operations on a few Option slots and Result slots: assign,
// copy, move, take, replace, insert, get_or_insert, map, and_then, filter, or/xor/and, ok_or,
// comparisons, FERRITE_TRY chains. Each operation runs on the real slots and on the model, and
// every slot is compared with its model after every step.
//
// The script runs twice: with a trivially copyable payload (`long`), and with `Boxed`, a payload
// that owns heap memory. With `Boxed`, a copy or move the storage gets wrong (a missed destructor,
// a double destruction, a read of a destroyed value) is a leak, double free or use after free,
// which AddressSanitizer reports.
#include "fuzz_support.hpp"

#include <ferrite/option.hpp>
#include <ferrite/result.hpp>

namespace {

using ferrite::None;
using ferrite::Option;
using ferrite::Result;
using ferrite_fuzz::ByteReader;

// A number in a heap cell, owned: copies allocate, moves steal, a moved-from Boxed reads as
// `moved_value`. Its invariant is checked on every read, so a torn copy shows as a crash.
class Boxed {
 public:
  static constexpr long moved_value = -0x7eadbeefL;

  explicit Boxed(long value) : cell_(new long(value)) {}
  Boxed(const Boxed& other) : cell_(other.cell_ != nullptr ? new long(*other.cell_) : nullptr) {}
  Boxed(Boxed&& other) noexcept : cell_(other.cell_) { other.cell_ = nullptr; }
  Boxed& operator=(const Boxed& other) {
    if (this != &other) {
      long* copy = other.cell_ != nullptr ? new long(*other.cell_) : nullptr;
      delete cell_;
      cell_ = copy;
    }
    return *this;
  }
  Boxed& operator=(Boxed&& other) noexcept {
    if (this != &other) {
      delete cell_;
      cell_ = other.cell_;
      other.cell_ = nullptr;
    }
    return *this;
  }
  ~Boxed() { delete cell_; }

  [[nodiscard]] long get() const { return cell_ != nullptr ? *cell_ : moved_value; }
  friend bool operator==(const Boxed& a, const Boxed& b) { return a.get() == b.get(); }
  friend bool operator<(const Boxed& a, const Boxed& b) { return a.get() < b.get(); }

 private:
  long* cell_;
};

// The payload's number, and a payload from a number, for both payload types.
long number(long value) { return value; }
long number(const Boxed& value) { return value.get(); }
template <class P>
P make(long value) {
  if constexpr (__is_same(P, long)) {
    return value;
  } else {
    return P(value);
  }
}

// The functions the combinators apply. Arithmetic is on unsigned long, so it wraps instead of
// overflowing; the conversion back to long is modular (C++20).
long grow(long v) { return static_cast<long>(static_cast<unsigned long>(v) * 3u + 1u); }
long shrink(long v) { return static_cast<long>(static_cast<unsigned long>(v) - 2u); }
bool keeps(long v) { return (v & 1) == 0; }         // filter / is_some_and predicate
bool and_then_fails(long v) { return v % 3 == 0; }  // Option::and_then yields None
bool result_fails(long v) { return v % 5 == 0; }    // Result::and_then yields Err
bool or_else_recovers(long e) { return e % 2 == 0; }

struct ModelOption {
  bool some = false;
  long value = 0;
  friend bool operator==(const ModelOption&, const ModelOption&) = default;
};
struct ModelResult {
  bool ok = true;
  long value = 0;  // the value if ok, else the error
  friend bool operator==(const ModelResult&, const ModelResult&) = default;
};

template <class P>
ModelOption observe(const Option<P>& option) {
  FUZZ_CHECK(option.is_some() != option.is_none());
  FUZZ_CHECK(static_cast<bool>(option) == option.is_some());
  FUZZ_CHECK((option.as_ptr() != nullptr) == option.is_some());
  int visits = 0;
  for (const P& value : option) {
    FUZZ_CHECK(&value == option.as_ptr());
    ++visits;
  }
  FUZZ_CHECK(visits == (option.is_some() ? 1 : 0));
  if (option.is_none()) return {false, 0};
  return {true, number(*option.as_ptr())};
}

template <class P>
ModelResult observe(const Result<P, P>& result) {
  FUZZ_CHECK(result.is_ok() != result.is_err());
  const Option<P> ok = result.ok();
  const Option<P> err = result.err();
  FUZZ_CHECK(ok.is_some() == result.is_ok());
  FUZZ_CHECK(err.is_some() == result.is_err());
  if (result.is_ok()) return {true, number(*ok.as_ptr())};
  return {false, number(*err.as_ptr())};
}

template <class P>
Option<P> model_to_option(ModelOption m) {
  if (!m.some) return None;
  return ferrite::Some(make<P>(m.value));
}
template <class P>
Result<P, P> model_to_result(ModelResult m) {
  if (m.ok) return ferrite::Ok(make<P>(m.value));
  return ferrite::Err(make<P>(m.value));
}

// Adds the values of three Results with FERRITE_TRY; the first error returns early.
template <class P>
Result<long, P> try_sum(const Result<P, P>& a, const Result<P, P>& b, const Result<P, P>& c) {
  long sum = number(FERRITE_TRY(a));
  sum = static_cast<long>(static_cast<unsigned long>(sum) + static_cast<unsigned long>(number(FERRITE_TRY(b))));
  sum = static_cast<long>(static_cast<unsigned long>(sum) + static_cast<unsigned long>(number(FERRITE_TRY(c))));
  return ferrite::Ok(sum);
}
// The same on Options: the first None returns None.
template <class P>
Option<long> try_first_two(const Option<P>& a, const Option<P>& b) {
  const long x = number(FERRITE_TRY(a));
  const long y = number(FERRITE_TRY(b));
  return ferrite::Some(static_cast<long>(static_cast<unsigned long>(x) ^ static_cast<unsigned long>(y)));
}

constexpr std::size_t option_slots = 4;
constexpr std::size_t result_slots = 3;

template <class P>
struct Machine {
  Option<P> options[option_slots];
  ModelOption option_models[option_slots];
  Result<P, P> results[result_slots] = {ferrite::Ok(make<P>(0)), ferrite::Ok(make<P>(0)),
                                        ferrite::Ok(make<P>(0))};
  ModelResult result_models[result_slots];

  void check_all() {
    for (std::size_t i = 0; i < option_slots; ++i) FUZZ_CHECK(observe(options[i]) == option_models[i]);
    for (std::size_t i = 0; i < result_slots; ++i) FUZZ_CHECK(observe(results[i]) == result_models[i]);
  }

  void option_step(ByteReader& in) {
    const std::size_t i = in.below(option_slots);
    const std::size_t j = in.below(option_slots);
    const long x = in.read<std::int16_t>();
    Option<P>& a = options[i];
    ModelOption& ma = option_models[i];
    const ModelOption mb = option_models[j];  // a copy: j may equal i
    switch (in.below(20)) {
      case 0: a = ferrite::Some(make<P>(x)); ma = {true, x}; break;
      case 1: a = None; ma = {}; break;
      case 2: a = options[j]; ma = mb; break;
      case 3: {
        // Move-assign, then reset the source: a moved-from value is valid but unspecified.
        if (i != j) {
          a = static_cast<Option<P>&&>(options[j]);
          options[j] = None;
          ma = mb;
          option_models[j] = {};
        }
        break;
      }
      case 4: {
        const Option<P> taken = a.take();
        FUZZ_CHECK(observe(taken) == ma);
        ma = {};
        break;
      }
      case 5: {
        const Option<P> old = a.replace(make<P>(x));
        FUZZ_CHECK(observe(old) == ma);
        ma = {true, x};
        break;
      }
      case 6: FUZZ_CHECK(number(a.insert(make<P>(x))) == x); ma = {true, x}; break;
      case 7: {
        const long expected = ma.some ? ma.value : x;
        FUZZ_CHECK(number(a.get_or_insert(make<P>(x))) == expected);
        ma = {true, expected};
        break;
      }
      case 8: {
        const long expected = ma.some ? ma.value : x;
        FUZZ_CHECK(number(a.get_or_insert_with([&] { return make<P>(x); })) == expected);
        ma = {true, expected};
        break;
      }
      case 9:
        a = options[j].map([](const P& v) { return make<P>(grow(number(v))); });
        ma = {mb.some, mb.some ? grow(mb.value) : 0};
        break;
      case 10: {
        // The rvalue overload: the source is consumed, then reset.
        if (i != j) {
          a = static_cast<Option<P>&&>(options[j]).map([](P&& v) { return make<P>(grow(number(v))); });
          options[j] = None;
          option_models[j] = {};
          ma = {mb.some, mb.some ? grow(mb.value) : 0};
        }
        break;
      }
      case 11:
        a = options[j].and_then([](const P& v) -> Option<P> {
          if (and_then_fails(number(v))) return None;
          return ferrite::Some(make<P>(shrink(number(v))));
        });
        ma = (mb.some && !and_then_fails(mb.value)) ? ModelOption{true, shrink(mb.value)} : ModelOption{};
        break;
      case 12:
        a = options[j].filter([](const P& v) { return keeps(number(v)); });
        ma = (mb.some && keeps(mb.value)) ? mb : ModelOption{};
        break;
      case 13: {
        const ModelOption before = ma;
        switch (in.below(3)) {
          case 0: a = a.or_(options[j]); ma = before.some ? before : mb; break;
          case 1: a = a.xor_(options[j]); ma = before.some != mb.some ? (before.some ? before : mb) : ModelOption{}; break;
          default: a = a.and_(options[j]); ma = before.some ? mb : ModelOption{}; break;
        }
        break;
      }
      case 14: {
        a = a.or_else([&] { return model_to_option<P>({true, x}); });
        if (!ma.some) ma = {true, x};
        break;
      }
      case 15: {
        FUZZ_CHECK(number(a.unwrap_or(make<P>(x))) == (ma.some ? ma.value : x));
        FUZZ_CHECK(number(a.unwrap_or_else([&] { return make<P>(x); })) == (ma.some ? ma.value : x));
        FUZZ_CHECK(a.map_or(x, [](const P& v) { return grow(number(v)); }) == (ma.some ? grow(ma.value) : x));
        FUZZ_CHECK(a.is_some_and([](const P& v) { return keeps(number(v)); }) == (ma.some && keeps(ma.value)));
        FUZZ_CHECK(a.is_none_or([](const P& v) { return keeps(number(v)); }) == (!ma.some || keeps(ma.value)));
        break;
      }
      case 16: {
        // Ordering: None < Some, then by value; equality with None and with a value too.
        const Option<P>& b = options[j];
        const bool less = (!ma.some && mb.some) || (ma.some && mb.some && ma.value < mb.value);
        const bool greater = (ma.some && !mb.some) || (ma.some && mb.some && mb.value < ma.value);
        FUZZ_CHECK((a == b) == (ma == mb));
        FUZZ_CHECK((a != b) == !(ma == mb));
        FUZZ_CHECK((a < b) == less);
        FUZZ_CHECK((a > b) == greater);
        FUZZ_CHECK((a <= b) == !greater);
        FUZZ_CHECK((a >= b) == !less);
        FUZZ_CHECK((a == None) == !ma.some);
        FUZZ_CHECK((a == make<P>(x)) == (ma.some && ma.value == x));
        break;
      }
      case 17: {
        const std::size_t r = in.below(result_slots);
        results[r] = a.ok_or(make<P>(x));
        result_models[r] = ma.some ? ModelResult{true, ma.value} : ModelResult{false, x};
        break;
      }
      case 18: {
        const Option<long> got = try_first_two(a, options[j]);
        const ModelOption expected =
            ma.some && mb.some
                ? ModelOption{true, static_cast<long>(static_cast<unsigned long>(ma.value) ^
                                                      static_cast<unsigned long>(mb.value))}
                : ModelOption{};
        FUZZ_CHECK(observe(got) == expected);
        break;
      }
      default: {
        // Copy construction and the value round trip through the model.
        const Option<P> copy(a);
        FUZZ_CHECK(observe(copy) == ma);
        FUZZ_CHECK(copy == model_to_option<P>(ma));
        break;
      }
    }
  }

  void result_step(ByteReader& in) {
    const std::size_t i = in.below(result_slots);
    const std::size_t j = in.below(result_slots);
    const long x = in.read<std::int16_t>();
    Result<P, P>& a = results[i];
    ModelResult& ma = result_models[i];
    const ModelResult mb = result_models[j];
    switch (in.below(14)) {
      case 0: a = ferrite::Ok(make<P>(x)); ma = {true, x}; break;
      case 1: a = ferrite::Err(make<P>(x)); ma = {false, x}; break;
      case 2: a = results[j]; ma = mb; break;
      case 3:
        if (i != j) {
          a = static_cast<Result<P, P>&&>(results[j]);
          results[j] = ferrite::Ok(make<P>(0));
          ma = mb;
          result_models[j] = {};
        }
        break;
      case 4:
        a = results[j].map([](const P& v) { return make<P>(grow(number(v))); });
        ma = mb.ok ? ModelResult{true, grow(mb.value)} : mb;
        break;
      case 5:
        a = results[j].map_err([](const P& e) { return make<P>(shrink(number(e))); });
        ma = mb.ok ? mb : ModelResult{false, shrink(mb.value)};
        break;
      case 6:
        a = results[j].and_then([](const P& v) -> Result<P, P> {
          if (result_fails(number(v))) return ferrite::Err(make<P>(grow(number(v))));
          return ferrite::Ok(make<P>(shrink(number(v))));
        });
        if (mb.ok) ma = result_fails(mb.value) ? ModelResult{false, grow(mb.value)} : ModelResult{true, shrink(mb.value)};
        else ma = mb;
        break;
      case 7:
        a = results[j].or_else([](const P& e) -> Result<P, P> {
          if (or_else_recovers(number(e))) return ferrite::Ok(make<P>(number(e)));
          return ferrite::Err(make<P>(grow(number(e))));
        });
        if (!mb.ok) ma = or_else_recovers(mb.value) ? ModelResult{true, mb.value} : ModelResult{false, grow(mb.value)};
        else ma = mb;
        break;
      case 8:
        FUZZ_CHECK(number(a.unwrap_or(make<P>(x))) == (ma.ok ? ma.value : x));
        FUZZ_CHECK(number(a.unwrap_or_else([](const P& e) { return make<P>(grow(number(e))); })) ==
                   (ma.ok ? ma.value : grow(ma.value)));
        FUZZ_CHECK(a.is_ok_and([](const P& v) { return keeps(number(v)); }) == (ma.ok && keeps(ma.value)));
        FUZZ_CHECK(a.is_err_and([](const P& e) { return keeps(number(e)); }) == (!ma.ok && keeps(ma.value)));
        break;
      case 9: {
        const std::size_t o = in.below(option_slots);
        if (in.below(2) == 0) {
          options[o] = a.ok();
          option_models[o] = ma.ok ? ModelOption{true, ma.value} : ModelOption{};
        } else {
          options[o] = a.err();
          option_models[o] = ma.ok ? ModelOption{} : ModelOption{true, ma.value};
        }
        break;
      }
      case 10: {
        const ModelResult before = ma;
        if (in.below(2) == 0) {
          a = a.and_(results[j]);
          ma = before.ok ? mb : before;
        } else {
          a = a.or_(results[j]);
          ma = before.ok ? before : mb;
        }
        break;
      }
      case 11: {
        const Result<P, P>& b = results[j];
        FUZZ_CHECK((a == b) == (ma == mb));
        FUZZ_CHECK((a != b) == !(ma == mb));
        FUZZ_CHECK((a == ferrite::Ok(make<P>(x))) == (ma.ok && ma.value == x));
        FUZZ_CHECK((a == ferrite::Err(make<P>(x))) == (!ma.ok && ma.value == x));
        break;
      }
      case 12: {
        const Result<long, P> sum = try_sum(results[0], results[1], results[2]);
        const ModelResult* first_err = nullptr;
        unsigned long total = 0;
        for (const ModelResult& m : result_models) {
          if (!m.ok) {
            first_err = &m;
            break;
          }
          total += static_cast<unsigned long>(m.value);
        }
        FUZZ_CHECK(sum.is_ok() == (first_err == nullptr));
        if (first_err == nullptr) {
          FUZZ_CHECK(sum.ok() == ferrite::Some(static_cast<long>(total)));
        } else {
          const Option<P> error = sum.err();
          FUZZ_CHECK(number(*error.as_ptr()) == first_err->value);
        }
        break;
      }
      default: {
        const Result<P, P> copy(a);
        FUZZ_CHECK(observe(copy) == ma);
        FUZZ_CHECK(copy == model_to_result<P>(ma));
        break;
      }
    }
  }

  void run(ByteReader in) {
    check_all();
    while (in.more()) {
      if (in.below(2) == 0) option_step(in);
      else result_step(in);
      check_all();
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The same script drives both payloads; each machine is destroyed at the end of its run, so
  // LeakSanitizer sees every Boxed the Options and Results failed to destroy.
  Machine<long>{}.run(ByteReader(data, size));
  Machine<Boxed>{}.run(ByteReader(data, size));
  return 0;
}
