// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The only run-time support a ferrite firmware image needs: the four memory functions that GCC
// may call for struct copies and zeroing even with -ffreestanding. No newlib, no C++ runtime:
// images are built with -fno-exceptions -fno-rtti -fno-threadsafe-statics, ferrite never uses
// the heap, and the target stage checks that nothing else is referenced.
//
// Compile this file with -fno-tree-loop-distribute-patterns, or GCC recognises the loops below
// as memset/memcpy and turns each function into a call to itself.
#include <stddef.h>

extern "C" {

void* memcpy(void* __restrict destination, const void* __restrict source, size_t size) {
  auto* d = static_cast<unsigned char*>(destination);
  const auto* s = static_cast<const unsigned char*>(source);
  while (size-- != 0) *d++ = *s++;
  return destination;
}

void* memmove(void* destination, const void* source, size_t size) {
  auto* d = static_cast<unsigned char*>(destination);
  const auto* s = static_cast<const unsigned char*>(source);
  if (d < s) {
    while (size-- != 0) *d++ = *s++;
  } else {
    // Overlap with the destination above the source: copy from the end.
    d += size;
    s += size;
    while (size-- != 0) *--d = *--s;
  }
  return destination;
}

void* memset(void* destination, int value, size_t size) {
  auto* d = static_cast<unsigned char*>(destination);
  while (size-- != 0) *d++ = static_cast<unsigned char>(value);
  return destination;
}

int memcmp(const void* left, const void* right, size_t size) {
  const auto* a = static_cast<const unsigned char*>(left);
  const auto* b = static_cast<const unsigned char*>(right);
  for (; size != 0; --size, ++a, ++b) {
    if (*a != *b) return *a < *b ? -1 : 1;
  }
  return 0;
}

}  // extern "C"
