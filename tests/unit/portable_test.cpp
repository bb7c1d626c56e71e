// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Runs the portable suite (tests/portable/) on the host under doctest: the same test bodies that
// run inside the kernel module and the firmware images. Each portable case becomes one doctest
// check whose message carries the case's name and its failure lines.
#include "test_support.hpp"

#include <string>

#include "../portable/all_suites.hpp"

namespace {

std::string captured;  // the portable runtime's console, per case

void write_to_capture(const char* text) { captured += text; }

}  // namespace

TEST_CASE("every portable case passes on the host") {
  ferrite_portable::Context ctx{write_to_capture};
  unsigned cases = 0;
  for (const ferrite_portable::Suite& suite : ferrite_portable::all_suites) {
    for (unsigned long i = 0; i < suite.count; ++i) {
      captured.clear();
      const unsigned failed = ferrite_portable::run_case(ctx, suite.cases[i]);
      const std::string report = std::string(suite.name) + ": " + suite.cases[i].name + "\n" + captured;
      INFO(report);
      CHECK(failed == 0);
      ++cases;
    }
  }
  CHECK(cases > 0);
  CHECK(ctx.passed() > cases);
}

namespace {

FERRITE_TEST(one_pass_one_fail) {
  FERRITE_CHECK(1 + 1 == 2);
  FERRITE_CHECK(1 + 1 == 3);
}

constexpr ferrite_portable::Case demo_cases[] = {{"one pass, one fail", one_pass_one_fail}};
constexpr ferrite_portable::Suite demo_suites[] = {ferrite_portable::make_suite("demo", demo_cases)};

}  // namespace

TEST_CASE("a failing portable check prints its location, expression and case name") {
  captured.clear();
  ferrite_portable::Context ctx{write_to_capture};
  const unsigned failed = ferrite_portable::run(ctx, demo_suites);
  CHECK(failed == 1);
  CHECK(ctx.passed() == 1);
  CHECK(captured.find("portable_test.cpp:") != std::string::npos);
  CHECK(captured.find(": 1 + 1 == 3  [in: one pass, one fail]\n") != std::string::npos);
}

TEST_CASE("run ends with the N passed, M failed line that the target stage greps for") {
  captured.clear();
  ferrite_portable::Context ctx{write_to_capture};
  static_cast<void>(ferrite_portable::run(ctx, demo_suites));
  const std::string last = "1 passed, 1 failed\n";
  REQUIRE(captured.size() >= last.size());
  CHECK(captured.compare(captured.size() - last.size(), last.size(), last) == 0);
}

TEST_CASE("write_unsigned prints zero and the largest unsigned long") {
  captured.clear();
  ferrite_portable::Context ctx{write_to_capture};
  ctx.write_unsigned(0);
  ctx.write(" ");
  ctx.write_unsigned(~0UL);
  CHECK(captured == "0 " + std::to_string(~0UL));
}
