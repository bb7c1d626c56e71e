// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Portable tests of ferrite/result.hpp: Ok/Err, the value-or-error accessors, the transforms and
// FERRITE_TRY's early return, on every target. Panics are tested in tests/unit/result_test.cpp.
#ifndef FERRITE_TESTS_PORTABLE_RESULT_SUITE_HPP
#define FERRITE_TESTS_PORTABLE_RESULT_SUITE_HPP

#include "check.hpp"
#include "ferrite/result.hpp"

namespace ferrite_portable::result_suite {

using ferrite::Err;
using ferrite::None;
using ferrite::Ok;
using ferrite::Option;
using ferrite::Result;

enum class ParseError { Empty, NotADigit, TooLarge };

/// A decimal digit string up to 9999: the kind of small parser firmware is full of.
inline Result<int, ParseError> parse_small(const char* text) {
  if (*text == '\0') return Err(ParseError::Empty);
  int value = 0;
  for (; *text != '\0'; ++text) {
    if (*text < '0' || *text > '9') return Err(ParseError::NotADigit);
    value = value * 10 + (*text - '0');
    if (value > 9999) return Err(ParseError::TooLarge);
  }
  return Ok(value);
}

inline Result<int, ParseError> sum_of_two(const char* a, const char* b) {
  const int left = FERRITE_TRY(parse_small(a));
  const int right = FERRITE_TRY(parse_small(b));
  return Ok(left + right);
}

inline Result<void, ParseError> check_nonempty(const char* text) {
  if (*text == '\0') return Err(ParseError::Empty);
  return Ok();
}

inline Result<int, ParseError> length_if_nonempty(const char* text) {
  FERRITE_TRY(check_nonempty(text));
  int length = 0;
  while (text[length] != '\0') ++length;
  return Ok(length);
}

FERRITE_TEST(ok_and_err_are_told_apart) {
  const Result<int, ParseError> good = parse_small("0");
  const Result<int, ParseError> bad = parse_small("");
  FERRITE_CHECK(good.is_ok());
  FERRITE_CHECK(!good.is_err());
  FERRITE_CHECK(bad.is_err());
  FERRITE_CHECK(good == Ok(0));
  FERRITE_CHECK(bad == Err(ParseError::Empty));
}

FERRITE_TEST(ok_and_err_convert_to_options) {
  FERRITE_CHECK(parse_small("42").ok() == 42);
  FERRITE_CHECK(parse_small("42").err() == None);
  FERRITE_CHECK(parse_small("4x").ok() == None);
  FERRITE_CHECK(parse_small("4x").err() == ParseError::NotADigit);
}

FERRITE_TEST(unwrap_or_gives_the_fallback_only_on_err) {
  FERRITE_CHECK(parse_small("9999").unwrap_or(-1) == 9999);
  FERRITE_CHECK(parse_small("10000").unwrap_or(-1) == -1);
}

#if !FERRITE_NO_PANIC
FERRITE_TEST(unwrap_of_ok_and_unwrap_err_of_err_return_the_content) {
  FERRITE_CHECK(parse_small("7").unwrap() == 7);
  FERRITE_CHECK(parse_small("").unwrap_err() == ParseError::Empty);
}
#endif

FERRITE_TEST(map_and_map_err_touch_only_their_side) {
  const auto twice = [](int x) { return 2 * x; };
  const auto code = [](ParseError e) { return static_cast<int>(e) + 100; };
  FERRITE_CHECK(parse_small("21").map(twice) == Ok(42));
  FERRITE_CHECK(parse_small("x").map(twice) == Err(ParseError::NotADigit));
  FERRITE_CHECK(parse_small("x").map_err(code) == Err(101));
  FERRITE_CHECK(parse_small("3").map_err(code) == Ok(3));
}

FERRITE_TEST(and_then_stops_at_the_first_error) {
  const auto positive = [](int x) -> Result<int, ParseError> {
    if (x == 0) return Err(ParseError::Empty);
    return Ok(x);
  };
  FERRITE_CHECK(parse_small("5").and_then(positive) == Ok(5));
  FERRITE_CHECK(parse_small("0").and_then(positive) == Err(ParseError::Empty));
  FERRITE_CHECK(parse_small("?").and_then(positive) == Err(ParseError::NotADigit));
}

FERRITE_TEST(ferrite_try_returns_the_first_error_early) {
  FERRITE_CHECK(sum_of_two("12", "30") == Ok(42));
  FERRITE_CHECK(sum_of_two("1a", "") == Err(ParseError::NotADigit));  // first error wins
  FERRITE_CHECK(sum_of_two("1", "99999") == Err(ParseError::TooLarge));
}

FERRITE_TEST(ferrite_try_works_on_a_void_result) {
  FERRITE_CHECK(length_if_nonempty("abc") == Ok(3));
  FERRITE_CHECK(length_if_nonempty("") == Err(ParseError::Empty));
}

FERRITE_TEST(a_result_of_reference_refers_to_the_original_object) {
  int target = 5;
  Result<int&, ParseError> ref = Ok<int&>(target);
  FERRITE_CHECK(ref.is_ok());
  FERRITE_CHECK(ref.ok().as_ptr() == &target);
}

inline constexpr Case cases[] = {
    {"Ok and Err are told apart", ok_and_err_are_told_apart},
    {"ok() and err() convert to Options", ok_and_err_convert_to_options},
    {"unwrap_or gives the fallback only on Err", unwrap_or_gives_the_fallback_only_on_err},
#if !FERRITE_NO_PANIC
    {"unwrap of Ok and unwrap_err of Err return the content",
     unwrap_of_ok_and_unwrap_err_of_err_return_the_content},
#endif
    {"map and map_err touch only their side", map_and_map_err_touch_only_their_side},
    {"and_then stops at the first error", and_then_stops_at_the_first_error},
    {"FERRITE_TRY returns the first error early", ferrite_try_returns_the_first_error_early},
    {"FERRITE_TRY works on a Result<void, E>", ferrite_try_works_on_a_void_result},
    {"a Result<T&, E> refers to the original object", a_result_of_reference_refers_to_the_original_object},
};

}  // namespace ferrite_portable::result_suite

#endif  // FERRITE_TESTS_PORTABLE_RESULT_SUITE_HPP
