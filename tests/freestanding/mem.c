// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The four memory functions a compiler may call on its own even in freestanding code (GCC and
// Clang both document this). A kernel or firmware provides them; so does this test program,
// which links with -nostdlib. Byte loops: clarity over speed, the program is tiny.
//
// GCC would turn these loops back into calls to themselves, so stage-freestanding.sh compiles
// this file with -fno-tree-loop-distribute-patterns; LLVM never does that inside functions of
// these names. The stage checks that the object has no undefined symbol at all.
#include <stddef.h>

void* memcpy(void* restrict dest, const void* restrict src, size_t n) {
  unsigned char* d = dest;
  const unsigned char* s = src;
  for (size_t i = 0; i < n; ++i) d[i] = s[i];
  return dest;
}

void* memmove(void* dest, const void* src, size_t n) {
  unsigned char* d = dest;
  const unsigned char* s = src;
  if (d < s) {
    for (size_t i = 0; i < n; ++i) d[i] = s[i];
  } else {
    // Overlap with the destination above the source: copy from the end.
    for (size_t i = n; i > 0; --i) d[i - 1] = s[i - 1];
  }
  return dest;
}

void* memset(void* dest, int value, size_t n) {
  unsigned char* d = dest;
  for (size_t i = 0; i < n; ++i) d[i] = (unsigned char)value;
  return dest;
}

int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char* x = a;
  const unsigned char* y = b;
  for (size_t i = 0; i < n; ++i) {
    if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}
