// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The one main() of the unit test program: doctest's runner. Each tests/unit/*_test.cpp adds its
// TEST_CASEs; the build systems compile them all into this program.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
