// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Differential fuzzing of ferrite/integer.hpp (and of Checked, Wrapping and Saturating, built on
// it) against arithmetic in __int128.
//
// Every value of every 8- to 64-bit type fits in __int128, and so does every sum and difference
// of two of them (products are handled apart), so the reference is the mathematical result: an operation
// "fits" when that result lies in [MIN, MAX] of the type, and the wrapped result is that value
// reduced modulo 2^bits. Each input is a script of (type, operation, operands) records; the
// harness runs every record through ferrite and through the reference and aborts on the first
// disagreement. Panicking forms are only called where Rust would not panic (non-zero divisor,
// non-negative square root), so a panic is a failure too.
#include "fuzz_support.hpp"

#include <ferrite/checked.hpp>
#include <ferrite/integer.hpp>
#include <ferrite/wrapping.hpp>

#include <limits>
#include <type_traits>

namespace {

using ferrite::u32;
using ferrite_fuzz::ByteReader;
using Wide = __int128;
using UWide = unsigned __int128;

// ---- The reference ------------------------------------------------------------------------------

template <class T>
constexpr Wide min_of = static_cast<Wide>(std::numeric_limits<T>::min());
template <class T>
constexpr Wide max_of = static_cast<Wide>(std::numeric_limits<T>::max());
template <class T>
constexpr u32 bits_of = static_cast<u32>(std::numeric_limits<std::make_unsigned_t<T>>::digits);

template <class T>
bool fits(Wide exact) {
  return exact >= min_of<T> && exact <= max_of<T>;
}

// `exact` modulo 2^bits, as a T (C++20 integer conversion is modular).
template <class T>
T wrap(Wide exact) {
  return static_cast<T>(static_cast<UWide>(exact));
}

template <class T>
T clamp(Wide exact) {
  if (exact < min_of<T>) return static_cast<T>(min_of<T>);
  if (exact > max_of<T>) return static_cast<T>(max_of<T>);
  return static_cast<T>(exact);
}

// Rust's Euclidean division: the remainder is always in [0, |b|).
Wide div_euclid(Wide a, Wide b) {
  Wide q = a / b;
  if (a % b < 0) q = b > 0 ? q - 1 : q + 1;
  return q;
}
Wide rem_euclid(Wide a, Wide b) {
  Wide r = a % b;
  if (r < 0) r += b < 0 ? -b : b;
  return r;
}

// base^exponent: the wrapped value (square-and-multiply modulo 2^128, then reduced) and whether
// the exact power lies outside T.
template <class T>
ferrite::Overflowing<T> pow_reference(T base, u32 exponent) {
  UWide wrapped = 1;
  UWide factor = static_cast<UWide>(static_cast<Wide>(base));
  for (u32 e = exponent; e != 0; e >>= 1) {
    if ((e & 1u) != 0) wrapped *= factor;
    factor *= factor;
  }
  const Wide b = static_cast<Wide>(base);
  bool overflowed = false;
  if (b == 0 || b == 1) {
    overflowed = false;
  } else if (b == -1) {
    overflowed = false;
  } else if (exponent >= 64) {
    overflowed = true;  // |base| >= 2, so |power| >= 2^64, beyond every T
  } else {
    Wide exact = 1;
    for (u32 i = 0; i < exponent && !overflowed; ++i) {
      // Once the running product leaves T it can only grow in magnitude (|b| >= 2), so the
      // first step outside T (or outside __int128 itself) decides.
      if (__builtin_mul_overflow(exact, b, &exact) || !fits<T>(exact)) overflowed = true;
    }
  }
  return {static_cast<T>(wrapped), overflowed};
}

// x * y, where a product too large for __int128 (two big 64-bit unsigned values) is replaced by
// one just as far outside every T with the same low 64 bits, so fits/wrap/clamp stay right.
Wide product_of(Wide x, Wide y) {
  Wide product = 0;
  if (__builtin_mul_overflow(x, y, &product)) {
    product = static_cast<Wide>(static_cast<UWide>(x) * static_cast<UWide>(y) % (UWide{1} << 64)) +
              (Wide{1} << 100);
  }
  return product;
}

// ---- Comparing ferrite to the reference ------------------------------------------------------------

template <class T>
void expect_option(const ferrite::Option<T>& got, bool expect_some, Wide expect_value) {
  FUZZ_CHECK(got.is_some() == expect_some);
  if (expect_some) FUZZ_CHECK(static_cast<Wide>(*got.as_ptr()) == expect_value);
}

template <class T>
void expect_checked(const ferrite::Option<T>& got, Wide exact) {
  expect_option(got, fits<T>(exact), exact);
}

template <class T>
void expect_overflowing(ferrite::Overflowing<T> got, T value, bool overflowed) {
  FUZZ_CHECK(got.value == value);
  FUZZ_CHECK(got.overflowed == overflowed);
}

// add, sub, mul in all four families.
template <class T>
void check_arithmetic(T a, T b) {
  const Wide x = a;
  const Wide y = b;
  const Wide exact[3] = {x + y, x - y, product_of(x, y)};
  expect_checked(ferrite::checked_add(a, b), exact[0]);
  expect_checked(ferrite::checked_sub(a, b), exact[1]);
  expect_checked(ferrite::checked_mul(a, b), exact[2]);
  FUZZ_CHECK(ferrite::wrapping_add(a, b) == wrap<T>(exact[0]));
  FUZZ_CHECK(ferrite::wrapping_sub(a, b) == wrap<T>(exact[1]));
  FUZZ_CHECK(ferrite::wrapping_mul(a, b) == wrap<T>(exact[2]));
  expect_overflowing(ferrite::overflowing_add(a, b), wrap<T>(exact[0]), !fits<T>(exact[0]));
  expect_overflowing(ferrite::overflowing_sub(a, b), wrap<T>(exact[1]), !fits<T>(exact[1]));
  expect_overflowing(ferrite::overflowing_mul(a, b), wrap<T>(exact[2]), !fits<T>(exact[2]));
  FUZZ_CHECK(ferrite::saturating_add(a, b) == clamp<T>(exact[0]));
  FUZZ_CHECK(ferrite::saturating_sub(a, b) == clamp<T>(exact[1]));
  FUZZ_CHECK(ferrite::saturating_mul(a, b) == clamp<T>(exact[2]));
  FUZZ_CHECK(static_cast<Wide>(ferrite::abs_diff(a, b)) == (x < y ? y - x : x - y));
  FUZZ_CHECK(static_cast<Wide>(ferrite::midpoint(a, b)) == (x + y) / 2);  // rounds towards zero
}

// Division and remainder. With b == 0 only the checked forms run: the others panic, as in Rust.
template <class T>
void check_division(T a, T b) {
  const Wide x = a;
  const Wide y = b;
  if (y == 0) {
    FUZZ_CHECK(ferrite::checked_div(a, b).is_none());
    FUZZ_CHECK(ferrite::checked_rem(a, b).is_none());
    FUZZ_CHECK(ferrite::checked_div_euclid(a, b).is_none());
    FUZZ_CHECK(ferrite::checked_rem_euclid(a, b).is_none());
    return;
  }
  const Wide quotient = x / y;
  const Wide remainder = x % y;
  const Wide quotient_e = div_euclid(x, y);
  const Wide remainder_e = rem_euclid(x, y);
  // The only overflowing division is MIN / -1; its remainder, 0, fits, but Rust still reports
  // checked_rem(MIN, -1) as None and overflowing_rem as overflowed, because the division does.
  const bool overflow = !fits<T>(quotient);
  expect_option(ferrite::checked_div(a, b), !overflow, quotient);
  expect_option(ferrite::checked_rem(a, b), !overflow, remainder);
  expect_option(ferrite::checked_div_euclid(a, b), fits<T>(quotient_e), quotient_e);
  expect_option(ferrite::checked_rem_euclid(a, b), !overflow, remainder_e);
  FUZZ_CHECK(ferrite::wrapping_div(a, b) == wrap<T>(quotient));
  FUZZ_CHECK(ferrite::wrapping_rem(a, b) == wrap<T>(remainder));
  FUZZ_CHECK(ferrite::wrapping_div_euclid(a, b) == wrap<T>(quotient_e));
  FUZZ_CHECK(ferrite::wrapping_rem_euclid(a, b) == wrap<T>(remainder_e));
  expect_overflowing(ferrite::overflowing_div(a, b), wrap<T>(quotient), overflow);
  expect_overflowing(ferrite::overflowing_rem(a, b), wrap<T>(remainder), overflow);
  expect_overflowing(ferrite::overflowing_div_euclid(a, b), wrap<T>(quotient_e),
                     !fits<T>(quotient_e));
  expect_overflowing(ferrite::overflowing_rem_euclid(a, b), wrap<T>(remainder_e), overflow);
  FUZZ_CHECK(ferrite::saturating_div(a, b) == clamp<T>(quotient));
}

// Negation, absolute value and the one-operand queries.
template <class T>
void check_unary(T a) {
  const Wide x = a;
  expect_checked(ferrite::checked_neg(a), -x);
  FUZZ_CHECK(ferrite::wrapping_neg(a) == wrap<T>(-x));
  expect_overflowing(ferrite::overflowing_neg(a), wrap<T>(-x), !fits<T>(-x));
  if constexpr (std::is_signed_v<T>) {
    const Wide magnitude = x < 0 ? -x : x;
    FUZZ_CHECK(ferrite::saturating_neg(a) == clamp<T>(-x));
    expect_checked(ferrite::checked_abs(a), magnitude);
    FUZZ_CHECK(ferrite::wrapping_abs(a) == wrap<T>(magnitude));
    expect_overflowing(ferrite::overflowing_abs(a), wrap<T>(magnitude), !fits<T>(magnitude));
    FUZZ_CHECK(ferrite::saturating_abs(a) == clamp<T>(magnitude));
  }

  // Bit counts over the two's complement image.
  const auto image = static_cast<std::make_unsigned_t<T>>(a);
  u32 ones = 0;
  u32 leading = 0;
  u32 trailing = 0;
  bool seen_one = false;
  for (u32 i = bits_of<T>; i-- > 0;) {
    const bool bit = ((image >> i) & 1u) != 0;
    ones += bit ? 1u : 0u;
    if (bit) seen_one = true;
    if (!seen_one) ++leading;
  }
  while (trailing < bits_of<T> && ((image >> trailing) & 1u) == 0) ++trailing;
  FUZZ_CHECK(ferrite::count_ones(a) == ones);
  FUZZ_CHECK(ferrite::leading_zeros(a) == leading);
  FUZZ_CHECK(ferrite::trailing_zeros(a) == trailing);

  // Logarithms: None for a <= 0, else the largest k with base^k <= a.
  if (x <= 0) {
    FUZZ_CHECK(ferrite::checked_ilog2(a).is_none());
    FUZZ_CHECK(ferrite::checked_ilog10(a).is_none());
  } else {
    u32 log2 = 0;
    while ((Wide{1} << (log2 + 1)) <= x) ++log2;
    u32 log10 = 0;
    for (Wide p = 10; p <= x; p *= 10) ++log10;
    expect_option(ferrite::checked_ilog2(a), true, log2);
    expect_option(ferrite::checked_ilog10(a), true, log10);
  }

  // Square root: the defining property r^2 <= a < (r+1)^2, not a second algorithm.
  if (x >= 0) {
    const Wide r = ferrite::isqrt(a);
    FUZZ_CHECK(r >= 0 && r * r <= x && (r + 1) * (r + 1) > x);
  }
  if constexpr (std::is_signed_v<T>) {
    const ferrite::Option<T> root = ferrite::checked_isqrt(a);
    FUZZ_CHECK(root.is_some() == (x >= 0));
    if (x >= 0) FUZZ_CHECK(*root.as_ptr() == ferrite::isqrt(a));
  }

  if constexpr (std::is_unsigned_v<T>) {
    Wide power = 1;
    while (power < x) power *= 2;
    expect_checked(ferrite::checked_next_power_of_two(a), power);
  }
}

// Shifts: the amount, not the value, decides overflow; wrapping forms mask the amount.
template <class T>
void check_shift(T a, u32 amount) {
  const u32 masked = amount % bits_of<T>;
  const auto image = static_cast<std::make_unsigned_t<T>>(a);
  const T left = static_cast<T>(static_cast<std::make_unsigned_t<T>>(static_cast<UWide>(image) << masked));
  // Arithmetic right shift as floor division by 2^masked.
  const Wide divisor = Wide{1} << masked;
  const Wide x = a;
  const T right = static_cast<T>(x >= 0 ? x / divisor : -((-x + divisor - 1) / divisor));
  const bool too_far = amount >= bits_of<T>;
  expect_option(ferrite::checked_shl(a, amount), !too_far, left);
  expect_option(ferrite::checked_shr(a, amount), !too_far, right);
  FUZZ_CHECK(ferrite::wrapping_shl(a, amount) == left);
  FUZZ_CHECK(ferrite::wrapping_shr(a, amount) == right);
  expect_overflowing(ferrite::overflowing_shl(a, amount), left, too_far);
  expect_overflowing(ferrite::overflowing_shr(a, amount), right, too_far);
}

template <class T>
void check_pow(T base, u32 exponent) {
  const ferrite::Overflowing<T> expected = pow_reference(base, exponent);
  expect_overflowing(ferrite::overflowing_pow(base, exponent), expected.value, expected.overflowed);
  expect_option(ferrite::checked_pow(base, exponent), !expected.overflowed, expected.value);
  FUZZ_CHECK(ferrite::wrapping_pow(base, exponent) == expected.value);
  T saturated = expected.value;
  if (expected.overflowed) {
    const bool negative = base < 0 && (exponent & 1u) != 0;
    saturated = negative ? static_cast<T>(min_of<T>) : static_cast<T>(max_of<T>);
  }
  FUZZ_CHECK(ferrite::saturating_pow(base, exponent) == saturated);
}

template <class T>
void check_add_signed(T a, std::make_signed_t<T> delta) {
  if constexpr (std::is_unsigned_v<T>) {
    const Wide exact = static_cast<Wide>(a) + static_cast<Wide>(delta);
    expect_checked(ferrite::checked_add_signed(a, delta), exact);
    FUZZ_CHECK(ferrite::wrapping_add_signed(a, delta) == wrap<T>(exact));
    expect_overflowing(ferrite::overflowing_add_signed(a, delta), wrap<T>(exact), !fits<T>(exact));
    FUZZ_CHECK(ferrite::saturating_add_signed(a, delta) == clamp<T>(exact));
  }
}

template <class U, class T>
void check_cast(T value) {
  const Wide x = value;
  expect_checked(ferrite::checked_cast<U>(value), x);
  FUZZ_CHECK(ferrite::saturating_cast<U>(value) == clamp<U>(x));
  FUZZ_CHECK(ferrite::wrapping_cast<U>(value) == wrap<U>(x));
}

// Checked<T>, Wrapping<T> and Saturating<T> through a chain of operators, each against its
// reference: Checked is sticky (once a step leaves T or divides by zero, get() stays None),
// Wrapping reduces every step modulo 2^bits, Saturating clamps every step.
template <class T>
void check_operator_types(ByteReader& in) {
  const T start = in.read<T>();
  ferrite::Checked<T> checked(start);
  ferrite::Wrapping<T> wrapping(start);
  ferrite::Saturating<T> saturating(start);
  Wide checked_model = start;
  bool checked_overflowed = false;
  T wrapping_model = start;
  T saturating_model = start;
  for (std::size_t steps = 1 + in.below(8); steps != 0; --steps) {
    const T operand = in.read<T>();
    const Wide y = operand;
    const std::size_t op = in.below(5);
    // The checked chain.
    const Wide x = checked_model;
    if (op == 0) checked = checked + operand;
    if (op == 1) checked -= operand;
    if (op == 2) checked = checked * operand;
    if (op == 3) checked /= operand;
    if (op == 4) checked = checked % operand;
    if (!checked_overflowed) {
      if (op >= 3 && y == 0) {
        checked_overflowed = true;
      } else {
        const Wide result = op == 0 ? x + y : op == 1 ? x - y : op == 2 ? product_of(x, y) : x / y;
        checked_overflowed = !fits<T>(result);  // for %, Rust's checked_rem fails where / does
        checked_model = op == 4 ? x % y : result;
      }
    }
    FUZZ_CHECK(checked.overflowed() == checked_overflowed);
    expect_option(checked.get(), !checked_overflowed, checked_model);
    // The wrapping and saturating chains; their division panics on zero, as Rust's does.
    if (op >= 3 && y == 0) continue;
    const Wide w = wrapping_model;
    const Wide sat = saturating_model;
    const ferrite::Wrapping<T> wrapped_operand(operand);
    const ferrite::Saturating<T> saturating_operand(operand);
    switch (op) {
      case 0: wrapping += wrapped_operand; saturating = saturating + saturating_operand; break;
      case 1: wrapping = wrapping - wrapped_operand; saturating -= saturating_operand; break;
      case 2: wrapping *= wrapped_operand; saturating = saturating * saturating_operand; break;
      case 3: wrapping = wrapping / wrapped_operand; saturating /= saturating_operand; break;
      default: wrapping %= wrapped_operand; break;
    }
    const Wide wrapped = op == 0 ? w + y : op == 1 ? w - y : op == 2 ? product_of(w, y) : op == 3 ? w / y : w % y;
    wrapping_model = wrap<T>(wrapped);
    if (op != 4) {
      saturating_model = clamp<T>(op == 0 ? sat + y : op == 1 ? sat - y : op == 2 ? product_of(sat, y) : sat / y);
    }
    FUZZ_CHECK(wrapping.get() == wrapping_model);
    FUZZ_CHECK(saturating.get() == saturating_model);
  }
}

// ---- Decoding the script ------------------------------------------------------------------------

template <class... Ts>
struct TypeList {};
using AllTypes = TypeList<signed char, unsigned char, char, short, unsigned short, int, unsigned,
                          long, unsigned long, long long, unsigned long long>;
constexpr std::size_t type_count = 11;

// Calls f.template operator()<T>() for the index-th type of the list.
template <class F, class T, class... Rest>
void with_type(std::size_t index, F&& f, TypeList<T, Rest...>) {
  if (index == 0) {
    f.template operator()<T>();
  } else if constexpr (sizeof...(Rest) != 0) {
    with_type(index - 1, static_cast<F&&>(f), TypeList<Rest...>{});
  }
}

template <class T>
void run_record(ByteReader& in) {
  const T a = in.read<T>();
  const T b = in.read<T>();
  switch (in.below(7)) {
    case 0: check_arithmetic(a, b); break;
    case 1: check_division(a, b); break;
    case 2: check_unary(a); break;
    // Shift amounts cluster around the width, where the interesting cases are.
    case 3: check_shift(a, static_cast<u32>(in.read<std::uint8_t>())); break;
    case 4: check_pow(a, in.read<std::uint8_t>() < 200 ? u32{in.read<std::uint8_t>()} : in.read<u32>()); break;
    case 5: {
      check_add_signed(a, static_cast<std::make_signed_t<T>>(b));
      with_type(in.below(type_count), [&]<class U>() { check_cast<U>(a); }, AllTypes{});
      break;
    }
    case 6: check_operator_types<T>(in); break;
    default: break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ByteReader in(data, size);
  while (in.more()) {
    with_type(in.below(type_count), [&]<class T>() { run_record<T>(in); }, AllTypes{});
  }
  return 0;
}
