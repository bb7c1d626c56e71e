// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite/int_aliases.hpp: Rust's short integer names, `ferrite::i8` ... `ferrite::u64`,
// `ferrite::usize` and `ferrite::isize`, for code that prefers them to `int32_t`.
//
// They are the compiler's own `<stdint.h>` types (`__INT32_TYPE__`, ...), so `ferrite::i32` is
// exactly `int32_t` on every target, including arm-none-eabi where that is `long`, and no C
// header is needed. `usize` is `size_t` and `isize` is `ptrdiff_t`: pointer-sized, as in Rust.
//
//     ferrite::u32 flags = 0;            // same type as uint32_t
//     ferrite::usize bytes = sizeof(x);  // same type as size_t
//
// Kernel code beware: Linux's own `u64`/`s64` are `unsigned long long`/`long long` on every
// architecture, while `ferrite::u64` is `uint64_t`, `unsigned long` on 64-bit targets. Where
// both are visible (`using namespace ferrite;` plus kernel typedefs) an unqualified `u64` is
// ambiguous: qualify it. integer.hpp includes this header: its API takes `u32` shift amounts.
#ifndef FERRITE_INT_ALIASES_HPP
#define FERRITE_INT_ALIASES_HPP

namespace ferrite {

/// 8-bit signed integer, as `int8_t`.
using i8 = __INT8_TYPE__;
/// 16-bit signed integer, as `int16_t`.
using i16 = __INT16_TYPE__;
/// 32-bit signed integer, as `int32_t`.
using i32 = __INT32_TYPE__;
/// 64-bit signed integer, as `int64_t`.
using i64 = __INT64_TYPE__;
/// 8-bit unsigned integer, as `uint8_t`.
using u8 = __UINT8_TYPE__;
/// 16-bit unsigned integer, as `uint16_t`.
using u16 = __UINT16_TYPE__;
/// 32-bit unsigned integer, as `uint32_t`: the type of shift amounts and exponents.
using u32 = __UINT32_TYPE__;
/// 64-bit unsigned integer, as `uint64_t`.
using u64 = __UINT64_TYPE__;
/// Pointer-sized unsigned integer, as `size_t`.
using usize = __SIZE_TYPE__;
/// Pointer-sized signed integer, as `ptrdiff_t`.
using isize = __PTRDIFF_TYPE__;

static_assert(sizeof(i8) == 1 && sizeof(i16) == 2 && sizeof(i32) == 4 && sizeof(i64) == 8);
static_assert(sizeof(usize) == sizeof(isize) && sizeof(usize) == sizeof(void*));

}  // namespace ferrite

#endif  // FERRITE_INT_ALIASES_HPP
