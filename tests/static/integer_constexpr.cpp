// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/integer.hpp in constant evaluation, where signed overflow, an over-wide shift or a
// division by zero is a compile error rather than a silent wrong answer. Every family runs on
// the edge values of every integer type (MIN, MIN+1, -2..3, the halves, MAX-1, MAX) and is
// compared with the mathematical result computed in __int128. Compiled -fsyntax-only,
// freestanding, by scripts/stage-tidy.sh.
#include <ferrite/checked.hpp>
#include <ferrite/integer.hpp>
#include <ferrite/nonzero.hpp>
#include <ferrite/wrapping.hpp>

namespace {

using namespace ferrite;

__extension__ typedef __int128 Wide;
__extension__ typedef unsigned __int128 UWide;

// ---- The limits, against the compiler's own macros (no <limits.h> freestanding) -------------

static_assert(int_max<signed char> == __SCHAR_MAX__ && int_min<signed char> == -__SCHAR_MAX__ - 1);
static_assert(int_max<short> == __SHRT_MAX__ && int_min<short> == -__SHRT_MAX__ - 1);
static_assert(int_max<int> == __INT_MAX__ && int_min<int> == -__INT_MAX__ - 1);
static_assert(int_max<long> == __LONG_MAX__ && int_min<long> == -__LONG_MAX__ - 1);
static_assert(int_max<long long> == __LONG_LONG_MAX__);
static_assert(int_max<unsigned char> == 2 * __SCHAR_MAX__ + 1 && int_min<unsigned char> == 0);
static_assert(int_max<unsigned long long> == 2 * static_cast<unsigned long long>(__LONG_LONG_MAX__) + 1);
static_assert(int_bits<unsigned char> == 8 && int_bits<short> == 16 && int_bits<int> == 32 &&
              int_bits<long long> == 64);
static_assert(Integer<char> && !Integer<bool> && !Integer<char8_t> && !Integer<wchar_t>);

// ---- The reference ------------------------------------------------------------------------------

template <class T>
constexpr Wide lo = static_cast<Wide>(int_min<T>);
template <class T>
constexpr Wide hi = static_cast<Wide>(int_max<T>);

template <class T>
constexpr bool fits(Wide x) {
  return x >= lo<T> && x <= hi<T>;
}
template <class T>
constexpr T wrap(Wide x) {
  return static_cast<T>(static_cast<UWide>(x));
}
template <class T>
constexpr T clamp(Wide x) {
  return x < lo<T> ? int_min<T> : x > hi<T> ? int_max<T> : static_cast<T>(x);
}

// The edge values of T, as Wide, those that T can hold.
template <class T>
struct Edges {
  Wide values[16] = {};
  int count = 0;
  constexpr Edges() {
    const Wide candidates[] = {lo<T>, lo<T> + 1, lo<T> / 2, -2, -1, 0, 1, 2, 3, 7,
                               hi<T> / 2, hi<T> / 2 + 1, hi<T> - 1, hi<T>};
    for (Wide c : candidates) {
      bool seen = false;
      for (int i = 0; i < count; ++i) seen = seen || values[i] == c;
      if (fits<T>(c) && !seen) values[count++] = c;
    }
  }
};

template <class T>
constexpr bool same_option(const Option<T>& got, bool some, Wide value) {
  if (got.is_some() != some) return false;
  return !some || static_cast<Wide>(*got.as_ptr()) == value;
}
template <class T>
constexpr bool same_checked(const Option<T>& got, Wide exact) {
  return same_option(got, fits<T>(exact), exact);
}
template <class T>
constexpr bool same_overflowing(Overflowing<T> got, Wide exact) {
  return got.value == wrap<T>(exact) && got.overflowed == !fits<T>(exact);
}

// ---- The families, on every pair of edge values ------------------------------------------------

template <class T>
constexpr bool add_sub_mul_match() {
  const Edges<T> edges;
  for (int i = 0; i < edges.count; ++i) {
    for (int j = 0; j < edges.count; ++j) {
      const Wide x = edges.values[i];
      const Wide y = edges.values[j];
      const T a = static_cast<T>(x);
      const T b = static_cast<T>(y);
      // Edge products of 64-bit values stay below 2^127 except MAX*MAX of unsigned long long,
      // which the unsigned reference below covers.
      const bool huge = x > 0 && y > 0 && x > hi<long long> && y > hi<long long>;
      const Wide product = huge ? hi<unsigned long long> + 1 : x * y;
      if (!same_checked(checked_add(a, b), x + y)) return false;
      if (!same_checked(checked_sub(a, b), x - y)) return false;
      if (!same_checked(checked_mul(a, b), product)) return false;
      if (wrapping_add(a, b) != wrap<T>(x + y) || wrapping_sub(a, b) != wrap<T>(x - y)) return false;
      if (wrapping_mul(a, b) != static_cast<T>(static_cast<UWide>(x) * static_cast<UWide>(y))) return false;
      if (!same_overflowing(overflowing_add(a, b), x + y)) return false;
      if (!same_overflowing(overflowing_sub(a, b), x - y)) return false;
      if (overflowing_mul(a, b).overflowed == fits<T>(product)) return false;
      if (saturating_add(a, b) != clamp<T>(x + y) || saturating_sub(a, b) != clamp<T>(x - y)) return false;
      if (saturating_mul(a, b) != clamp<T>(product)) return false;
      if (static_cast<Wide>(abs_diff(a, b)) != (x < y ? y - x : x - y)) return false;
      if (static_cast<Wide>(midpoint(a, b)) != (x + y) / 2) return false;
    }
  }
  return true;
}

constexpr Wide div_euclid(Wide a, Wide b) {
  const Wide q = a / b;
  return a % b < 0 ? (b > 0 ? q - 1 : q + 1) : q;
}
constexpr Wide rem_euclid(Wide a, Wide b) {
  const Wide r = a % b;
  return r < 0 ? r + (b < 0 ? -b : b) : r;
}

template <class T>
constexpr bool division_matches() {
  const Edges<T> edges;
  for (int i = 0; i < edges.count; ++i) {
    for (int j = 0; j < edges.count; ++j) {
      const Wide x = edges.values[i];
      const Wide y = edges.values[j];
      const T a = static_cast<T>(x);
      const T b = static_cast<T>(y);
      if (y == 0) {
        if (checked_div(a, b).is_some() || checked_rem(a, b).is_some()) return false;
        if (checked_div_euclid(a, b).is_some() || checked_rem_euclid(a, b).is_some()) return false;
        continue;
      }
      const bool overflow = !fits<T>(x / y);  // only MIN / -1
      if (!same_option(checked_div(a, b), !overflow, x / y)) return false;
      if (!same_option(checked_rem(a, b), !overflow, x % y)) return false;
      if (!same_option(checked_div_euclid(a, b), !overflow, div_euclid(x, y))) return false;
      if (!same_option(checked_rem_euclid(a, b), !overflow, rem_euclid(x, y))) return false;
      if (wrapping_div(a, b) != wrap<T>(x / y) || wrapping_rem(a, b) != wrap<T>(x % y)) return false;
      if (wrapping_div_euclid(a, b) != wrap<T>(div_euclid(x, y))) return false;
      if (wrapping_rem_euclid(a, b) != wrap<T>(rem_euclid(x, y))) return false;
      if (overflowing_div(a, b) != Overflowing<T>{wrap<T>(x / y), overflow}) return false;
      if (overflowing_rem(a, b) != Overflowing<T>{wrap<T>(x % y), overflow}) return false;
      if (saturating_div(a, b) != clamp<T>(x / y)) return false;
    }
  }
  return true;
}

template <class T>
constexpr bool unary_matches() {
  const Edges<T> edges;
  for (int i = 0; i < edges.count; ++i) {
    const Wide x = edges.values[i];
    const T a = static_cast<T>(x);
    if (!same_checked(checked_neg(a), -x) || wrapping_neg(a) != wrap<T>(-x)) return false;
    if (!same_overflowing(overflowing_neg(a), -x)) return false;
    if constexpr (SignedInteger<T>) {
      const Wide magnitude = x < 0 ? -x : x;
      if (saturating_neg(a) != clamp<T>(-x) || saturating_abs(a) != clamp<T>(magnitude)) return false;
      if (!same_checked(checked_abs(a), magnitude) || wrapping_abs(a) != wrap<T>(magnitude)) return false;
      if (!same_overflowing(overflowing_abs(a), magnitude)) return false;
      if (checked_isqrt(a).is_some() != (x >= 0)) return false;
    }
    if (x > 0) {
      const Wide root = static_cast<Wide>(isqrt(a));
      if (root * root > x || (root + 1) * (root + 1) <= x) return false;
      u32 log2 = 0;
      while ((Wide{1} << (log2 + 1)) <= x) ++log2;
      u32 log10 = 0;
      for (Wide p = 10; p <= x; p *= 10) ++log10;
      if (!same_option(checked_ilog2(a), true, log2) || !same_option(checked_ilog10(a), true, log10)) return false;
    } else if (checked_ilog2(a).is_some() || checked_ilog10(a).is_some()) {
      return false;
    }
    if constexpr (UnsignedInteger<T>) {
      Wide power = 1;
      while (power < x) power *= 2;
      if (!same_checked(checked_next_power_of_two(a), power)) return false;
    }
  }
  return true;
}

template <class T>
constexpr bool shifts_match() {
  const Edges<T> edges;
  for (int i = 0; i < edges.count; ++i) {
    const Wide x = edges.values[i];
    const T a = static_cast<T>(x);
    for (u32 amount = 0; amount <= int_bits<T> + 1; ++amount) {
      const u32 masked = amount % int_bits<T>;
      const T left = wrap<T>(static_cast<Wide>(static_cast<UWide>(static_cast<make_unsigned_t<T>>(a)) << masked));
      const Wide divisor = Wide{1} << masked;
      const T right = static_cast<T>(x >= 0 ? x / divisor : -((-x + divisor - 1) / divisor));
      const bool too_far = amount >= int_bits<T>;
      if (!same_option(checked_shl(a, amount), !too_far, left)) return false;
      if (!same_option(checked_shr(a, amount), !too_far, right)) return false;
      if (overflowing_shl(a, amount) != Overflowing<T>{left, too_far}) return false;
      if (overflowing_shr(a, amount) != Overflowing<T>{right, too_far}) return false;
    }
  }
  return true;
}

template <class T>
constexpr bool powers_match() {
  const Edges<T> edges;
  for (int i = 0; i < edges.count; ++i) {
    const Wide x = edges.values[i];
    const T base = static_cast<T>(x);
    for (u32 exponent = 0; exponent < 70; ++exponent) {
      UWide wrapped = 1;
      Wide exact = 1;
      bool overflowed = false;
      for (u32 k = 0; k < exponent; ++k) {
        wrapped *= static_cast<UWide>(x);
        if (!overflowed && (__builtin_mul_overflow(exact, x, &exact) || !fits<T>(exact))) overflowed = true;
      }
      if (overflowing_pow(base, exponent) != Overflowing<T>{static_cast<T>(wrapped), overflowed}) return false;
      if (!same_option(checked_pow(base, exponent), !overflowed, static_cast<Wide>(static_cast<T>(wrapped)))) return false;
    }
  }
  return true;
}

template <class U, class T>
constexpr bool casts_match() {
  const Edges<T> edges;
  for (int i = 0; i < edges.count; ++i) {
    const Wide x = edges.values[i];
    const T value = static_cast<T>(x);
    if (!same_checked(checked_cast<U>(value), x)) return false;
    if (saturating_cast<U>(value) != clamp<U>(x) || wrapping_cast<U>(value) != wrap<U>(x)) return false;
  }
  return true;
}

// One static_assert per type and family keeps each evaluation within Clang's step limit.
static_assert(add_sub_mul_match<signed char>() && add_sub_mul_match<unsigned char>() && add_sub_mul_match<char>());
static_assert(add_sub_mul_match<short>() && add_sub_mul_match<unsigned short>());
static_assert(add_sub_mul_match<int>() && add_sub_mul_match<unsigned>());
static_assert(add_sub_mul_match<long>() && add_sub_mul_match<unsigned long>());
static_assert(add_sub_mul_match<long long>() && add_sub_mul_match<unsigned long long>());
static_assert(division_matches<signed char>() && division_matches<unsigned char>() && division_matches<char>());
static_assert(division_matches<short>() && division_matches<unsigned short>());
static_assert(division_matches<int>() && division_matches<unsigned>());
static_assert(division_matches<long>() && division_matches<unsigned long>());
static_assert(division_matches<long long>() && division_matches<unsigned long long>());
static_assert(unary_matches<signed char>() && unary_matches<unsigned char>() && unary_matches<char>());
static_assert(unary_matches<short>() && unary_matches<unsigned short>());
static_assert(unary_matches<int>() && unary_matches<unsigned>());
static_assert(unary_matches<long>() && unary_matches<unsigned long>());
static_assert(unary_matches<long long>() && unary_matches<unsigned long long>());
static_assert(shifts_match<signed char>() && shifts_match<unsigned char>() && shifts_match<short>());
static_assert(shifts_match<int>() && shifts_match<unsigned>());
static_assert(shifts_match<long long>() && shifts_match<unsigned long long>());
static_assert(powers_match<signed char>() && powers_match<unsigned char>());
static_assert(powers_match<short>() && powers_match<unsigned short>());
static_assert(powers_match<int>() && powers_match<unsigned>());
static_assert(powers_match<long long>());
static_assert(powers_match<unsigned long long>());
static_assert(casts_match<signed char, unsigned long long>() && casts_match<unsigned long long, signed char>());
static_assert(casts_match<unsigned char, long long>() && casts_match<long long, unsigned>());
static_assert(casts_match<int, unsigned>() && casts_match<unsigned, int>() && casts_match<short, long>());
static_assert(casts_match<unsigned short, char>() && casts_match<char, unsigned long>());

// ---- Named edge cases, as a reader would look for them -------------------------------------------

static_assert(checked_div(int_min<int>, -1).is_none());
static_assert(wrapping_div(int_min<int>, -1) == int_min<int>);
static_assert(wrapping_rem(int_min<int>, -1) == 0);
static_assert(checked_rem_euclid(int_min<int>, -1).is_none());
// Rust's documented Euclidean examples.
static_assert(wrapping_div_euclid(-7, 4) == -2 && wrapping_rem_euclid(-7, 4) == 1);
static_assert(wrapping_div_euclid(7, -4) == -1 && wrapping_rem_euclid(7, -4) == 3);
static_assert(wrapping_div_euclid(-7, -4) == 2 && wrapping_rem_euclid(-7, -4) == 1);
static_assert(checked_add<unsigned char>(250, 10).is_none());
static_assert(overflowing_pow<unsigned char>(2, 8) == Overflowing<unsigned char>{0, true});
static_assert(checked_pow<signed char>(-2, 7).unwrap_or(0) == -128);
static_assert(saturating_pow<signed char>(-2, 9) == -128 && saturating_pow<signed char>(-2, 8) == 127);
static_assert(wrapping_shl<unsigned char>(1, 9) == 2 && checked_shl<unsigned char>(1, 8).is_none());
static_assert(checked_add_signed<unsigned char>(3, static_cast<signed char>(-4)).is_none());
static_assert(saturating_add_signed<unsigned char>(3, static_cast<signed char>(-4)) == 0);
static_assert(wrapping_add_signed<unsigned>(0u, -1) == int_max<unsigned>);
static_assert(abs_diff<signed char>(-128, 127) == 255);
static_assert(midpoint<unsigned char>(255, 253) == 254 && midpoint(-3, 0) == -1 && midpoint(-3, -4) == -3);
static_assert(leading_zeros<unsigned char>(0) == 8 && trailing_zeros(0) == 32 && count_ones(-1) == 32);
static_assert(checked_next_power_of_two<unsigned char>(129).is_none());
static_assert(checked_cast<unsigned char>(-1).is_none() && checked_cast<signed char>(200u).is_none());
static_assert(saturating_cast<signed char>(1000) == 127 && wrapping_cast<signed char>(200u) == -56);

// ---- Checked, Wrapping, Saturating, NonZero ----------------------------------------------------

// Checked is sticky: after the first overflow no later step brings a value back.
static_assert([] {
  Checked<unsigned char> n(200);
  n = n + 100;           // 300: overflows
  n = n - 200;           // would be 100 again, but the state sticks
  return n.overflowed() && n.get().is_none();
}());
static_assert((Checked<int>(int_min<int>) / -1).overflowed() && (Checked<int>(int_min<int>) % -1).overflowed());
static_assert((Checked<int>(7) / 0).get().is_none() && (Checked<int>(7) % 0).get().is_none());
static_assert((Checked<unsigned long>(4) * 8u + 16u).get() == Some(48ul));
static_assert(Checked<int>(Option<int>(None)).overflowed() && (-Checked<int>(int_min<int>)).overflowed());
static_assert((Wrapping<unsigned char>(250) + Wrapping<unsigned char>(10)).get() == 4);
static_assert((Wrapping<int>(int_min<int>) / Wrapping<int>(-1)).get() == int_min<int>);
static_assert((-Wrapping<int>(int_min<int>)).get() == int_min<int> && (Wrapping<unsigned>(1u) << 33u).get() == 2u);
static_assert((Saturating<signed char>(100) + Saturating<signed char>(100)).get() == 127);
static_assert((Saturating<signed char>(-100) * Saturating<signed char>(2)).get() == -128);
static_assert((Saturating<int>(int_min<int>) / Saturating<int>(-1)).get() == int_max<int>);
static_assert((Saturating<unsigned>(3u) - Saturating<unsigned>(5u)).get() == 0u);
static_assert(NonZero<unsigned>::make(0u).is_none() && NonZero<unsigned>::make(7u).unwrap().get() == 7u);
static_assert(sizeof(Option<NonZero<unsigned char>>) == 1 && sizeof(Option<NonZero<long long>>) == 8);
static_assert(NonZero<int>::make(-1).unwrap() < NonZero<int>::make(1).unwrap());

}  // namespace
