// EXPECT: this text appears in no compiler message
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Runner self-test: this snippet fails to compile, but not for the expected reason, so the
// runner must report it as a failure.
int main() { return undeclared_name; }
