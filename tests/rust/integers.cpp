// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The ferrite side of the differential test against Rust (see integers.rs for the line formats).
// For every C++ integer type it prints, under the label of the Rust type of the same width and
// signedness, exactly the lines integers.rs prints for that Rust type: same operands (the same
// splitmix64 stream), same order, same formatting. scripts/stage-integers-rust.sh diffs them.
//
// Usage: integers_cpp OUTDIR
//   writes OUTDIR/<n>.txt for each C++ type and prints one line per type to stdout:
//   "<n>.txt <rust label> <C++ type name>".
#include <csetjmp>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>
#include <vector>

namespace {
std::jmp_buf* panic_landing = nullptr;
[[noreturn]] void on_panic(const char*, const char*, int) {
  if (panic_landing != nullptr) std::longjmp(*panic_landing, 1);
  __builtin_trap();
}
}  // namespace

// Rust panics print `panic`; ferrite's panics must happen for exactly the same operands.
#define FERRITE_PANIC_HANDLER(message, file, line) on_panic(message, file, line)
#include <ferrite/checked.hpp>
#include <ferrite/integer.hpp>
#include <ferrite/wrapping.hpp>

using namespace ferrite;

namespace {

using Bits = unsigned long long;  // the generator's word, as in integers.rs

struct Rng {
  Bits state;
  Bits next() {
    state += 0x9E3779B97F4A7C15ull;
    Bits z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  Bits operand() {
    const Bits bits = next();
    const auto shift = static_cast<unsigned>(next() % 64);
    const Bits value = bits >> shift;
    return (next() & 1) == 1 ? 0 - value : value;
  }
};

constexpr Bits seed = 0x243F6A8885A308D3ull;

template <class T>
std::string num(T value) {
  if constexpr (SignedInteger<T>) return std::to_string(static_cast<long long>(value));
  else return std::to_string(static_cast<unsigned long long>(value));
}

template <class T>
std::string opt(Option<T> value) {
  if (const T* inner = value.as_ptr()) return "Some(" + num(*inner) + ")";
  return "None";
}

template <class T>
std::string pair(Overflowing<T> value) {
  return "(" + num(value.value) + ", " + (value.overflowed ? "true" : "false") + ")";
}

/// `f(args...)`, or "panic" if ferrite panicked inside it. Kept out of line and called through a
/// function pointer, so no local of the computation lives in the frame that calls setjmp, and
/// nothing with a destructor is alive when the panic jumps back (it comes before the result
/// string is built).
template <class... Args>
[[gnu::noinline]] std::string caught(std::string (*f)(Args...), Args... args) {
  std::jmp_buf landing;
  panic_landing = &landing;
  if (setjmp(landing) == 0) {
    std::string result = f(args...);
    panic_landing = nullptr;
    return result;
  }
  panic_landing = nullptr;
  return "panic";
}

/// Modular truncation of a 64-bit pattern, Rust's `x as T` (C++20 defines it the same way).
template <class T>
T wrap(Bits bits) {
  return static_cast<T>(bits);
}

template <class T>
struct Operands {
  std::string label;
  std::vector<T> values;
  std::vector<T> edges;
  std::vector<std::pair<T, T>> pairs;
  std::vector<u32> amounts;
  std::vector<u32> exponents;
};

template <class T>
Operands<T> make_operands(const char* label) {
  const u32 bits = int_bits<T>;
  Rng rng{seed};
  Operands<T> o;
  o.label = label;
  const Bits min = static_cast<Bits>(int_min<T>);
  const Bits max = static_cast<Bits>(int_max<T>);
  for (Bits v : {min, min + 1, max, max - 1, Bits{0}, Bits{1}, 0 - Bits{1}, Bits{2}, 0 - Bits{2}, Bits{3}})
    o.edges.push_back(wrap<T>(v));
  for (u32 k : {1u, bits / 2 - 1, bits / 2, bits - 2, bits - 1}) {
    const Bits p = static_cast<Bits>(wrap<T>(Bits{1} << k));
    const Bits n = 0 - p;
    for (Bits v : {p, p - 1, p + 1, n, n + 1, n - 1}) o.edges.push_back(wrap<T>(v));
  }
  o.values = o.edges;
  for (int i = 0; i < 60; ++i) o.values.push_back(wrap<T>(rng.operand()));
  for (T a : o.edges)
    for (T b : o.edges) o.pairs.emplace_back(a, b);
  for (int i = 0; i < 400; ++i) {
    const T a = wrap<T>(rng.operand());
    const T b = wrap<T>(rng.operand());
    o.pairs.emplace_back(a, b);
  }
  o.amounts = {0,  1,   2,   bits - 1, bits, bits + 1, 2 * bits - 1, 63, 64, 65, 127, 128, 255,
               int_max<u32>, int_max<u32> - 1, 1u << 31};
  for (int i = 0; i < 4; ++i) {
    o.amounts.push_back(static_cast<u32>(rng.next() % 140));
    o.amounts.push_back(static_cast<u32>(rng.next()));
  }
  o.exponents = {0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, int_max<u32>, int_max<u32> - 1};
  for (int i = 0; i < 8; ++i) o.exponents.push_back(static_cast<u32>(rng.next() % 80));
  return o;
}

struct Printer {
  std::FILE* file;
  void line(const std::string& text) {
    std::fputs(text.c_str(), file);
    std::fputc('\n', file);
  }
};

// The printers take plain function pointers: one instantiation per type, not one per lambda,
// keeps this file quick to compile at -O2.
template <class T>
void binary(Printer& out, const Operands<T>& o, const char* name,
            std::type_identity_t<std::string (*)(T, T)> f) {
  for (const std::pair<T, T>& operands : o.pairs) {
    const T a = operands.first;  // not a structured binding: Clang 14 cannot capture those
    const T b = operands.second;
    out.line(o.label + " " + name + " " + num(a) + " " + num(b) + " = " + caught(f, a, b));
  }
}

template <class T>
void unary(Printer& out, const Operands<T>& o, const char* name,
           std::type_identity_t<std::string (*)(T)> f) {
  for (T a : o.values) out.line(o.label + " " + name + " " + num(a) + " = " + caught(f, a));
}

template <class T>
void with_amount(Printer& out, const Operands<T>& o, const std::vector<u32>& amounts, const char* name,
                 std::type_identity_t<std::string (*)(T, u32)> f) {
  for (T a : o.values)
    for (u32 n : amounts)
      out.line(o.label + " " + name + " " + num(a) + " " + num(n) + " = " + caught(f, a, n));
}

template <class T, class U>
void casts_to(Printer& out, const Operands<T>& o, const char* target) {
  const std::string t = target;
  for (T a : o.values) {
    out.line(o.label + " checked_cast<" + t + "> " + num(a) + " = " + opt(checked_cast<U>(a)));
    out.line(o.label + " saturating_cast<" + t + "> " + num(a) + " = " + num(saturating_cast<U>(a)));
    out.line(o.label + " wrapping_cast<" + t + "> " + num(a) + " = " + num(wrapping_cast<U>(a)));
  }
}

template <class T>
void run(Printer& out, const char* label) {
  const Operands<T> o = make_operands<T>(label);
  // arithmetic
  binary(out, o, "checked_add", [](T a, T b) { return opt(checked_add(a, b)); });
  binary(out, o, "checked_sub", [](T a, T b) { return opt(checked_sub(a, b)); });
  binary(out, o, "checked_mul", [](T a, T b) { return opt(checked_mul(a, b)); });
  binary(out, o, "wrapping_add", [](T a, T b) { return num(wrapping_add(a, b)); });
  binary(out, o, "wrapping_sub", [](T a, T b) { return num(wrapping_sub(a, b)); });
  binary(out, o, "wrapping_mul", [](T a, T b) { return num(wrapping_mul(a, b)); });
  binary(out, o, "overflowing_add", [](T a, T b) { return pair(overflowing_add(a, b)); });
  binary(out, o, "overflowing_sub", [](T a, T b) { return pair(overflowing_sub(a, b)); });
  binary(out, o, "overflowing_mul", [](T a, T b) { return pair(overflowing_mul(a, b)); });
  binary(out, o, "saturating_add", [](T a, T b) { return num(saturating_add(a, b)); });
  binary(out, o, "saturating_sub", [](T a, T b) { return num(saturating_sub(a, b)); });
  binary(out, o, "saturating_mul", [](T a, T b) { return num(saturating_mul(a, b)); });
  binary(out, o, "abs_diff", [](T a, T b) { return num(abs_diff(a, b)); });
  binary(out, o, "midpoint", [](T a, T b) { return num(midpoint(a, b)); });
  // division
  binary(out, o, "checked_div", [](T a, T b) { return opt(checked_div(a, b)); });
  binary(out, o, "checked_div_euclid", [](T a, T b) { return opt(checked_div_euclid(a, b)); });
  binary(out, o, "checked_rem", [](T a, T b) { return opt(checked_rem(a, b)); });
  binary(out, o, "checked_rem_euclid", [](T a, T b) { return opt(checked_rem_euclid(a, b)); });
  binary(out, o, "wrapping_div", [](T a, T b) { return num(wrapping_div(a, b)); });
  binary(out, o, "wrapping_div_euclid", [](T a, T b) { return num(wrapping_div_euclid(a, b)); });
  binary(out, o, "wrapping_rem", [](T a, T b) { return num(wrapping_rem(a, b)); });
  binary(out, o, "wrapping_rem_euclid", [](T a, T b) { return num(wrapping_rem_euclid(a, b)); });
  binary(out, o, "overflowing_div", [](T a, T b) { return pair(overflowing_div(a, b)); });
  binary(out, o, "overflowing_div_euclid", [](T a, T b) { return pair(overflowing_div_euclid(a, b)); });
  binary(out, o, "overflowing_rem", [](T a, T b) { return pair(overflowing_rem(a, b)); });
  binary(out, o, "overflowing_rem_euclid", [](T a, T b) { return pair(overflowing_rem_euclid(a, b)); });
  binary(out, o, "saturating_div", [](T a, T b) { return num(saturating_div(a, b)); });
  // unary and bits
  unary(out, o, "checked_neg", [](T a) { return opt(checked_neg(a)); });
  unary(out, o, "wrapping_neg", [](T a) { return num(wrapping_neg(a)); });
  unary(out, o, "overflowing_neg", [](T a) { return pair(overflowing_neg(a)); });
  unary(out, o, "checked_ilog2", [](T a) { return opt(checked_ilog2(a)); });
  unary(out, o, "checked_ilog10", [](T a) { return opt(checked_ilog10(a)); });
  unary(out, o, "isqrt", [](T a) { return num(isqrt(a)); });
  unary(out, o, "leading_zeros", [](T a) { return num(leading_zeros(a)); });
  unary(out, o, "trailing_zeros", [](T a) { return num(trailing_zeros(a)); });
  unary(out, o, "count_ones", [](T a) { return num(count_ones(a)); });
  // shifts and powers
  with_amount(out, o, o.amounts, "checked_shl", [](T a, u32 n) { return opt(checked_shl(a, n)); });
  with_amount(out, o, o.amounts, "checked_shr", [](T a, u32 n) { return opt(checked_shr(a, n)); });
  with_amount(out, o, o.amounts, "wrapping_shl", [](T a, u32 n) { return num(wrapping_shl(a, n)); });
  with_amount(out, o, o.amounts, "wrapping_shr", [](T a, u32 n) { return num(wrapping_shr(a, n)); });
  with_amount(out, o, o.amounts, "overflowing_shl", [](T a, u32 n) { return pair(overflowing_shl(a, n)); });
  with_amount(out, o, o.amounts, "overflowing_shr", [](T a, u32 n) { return pair(overflowing_shr(a, n)); });
  with_amount(out, o, o.exponents, "checked_pow", [](T a, u32 n) { return opt(checked_pow(a, n)); });
  with_amount(out, o, o.exponents, "wrapping_pow", [](T a, u32 n) { return num(wrapping_pow(a, n)); });
  with_amount(out, o, o.exponents, "overflowing_pow", [](T a, u32 n) { return pair(overflowing_pow(a, n)); });
  with_amount(out, o, o.exponents, "saturating_pow", [](T a, u32 n) { return num(saturating_pow(a, n)); });
  // casts, to one C++ type per Rust type
  casts_to<T, int8_t>(out, o, "i8");
  casts_to<T, int16_t>(out, o, "i16");
  casts_to<T, int32_t>(out, o, "i32");
  casts_to<T, int64_t>(out, o, "i64");
  casts_to<T, std::ptrdiff_t>(out, o, "isize");
  casts_to<T, uint8_t>(out, o, "u8");
  casts_to<T, uint16_t>(out, o, "u16");
  casts_to<T, uint32_t>(out, o, "u32");
  casts_to<T, uint64_t>(out, o, "u64");
  casts_to<T, std::size_t>(out, o, "usize");
  // Wrapping<T> and Saturating<T> operators; Checked<T> against Rust's checked_* chains
  using W = Wrapping<T>;
  using S = Saturating<T>;
  using C = Checked<T>;
  binary(out, o, "Wrapping+", [](T a, T b) { return num((W(a) + W(b)).get()); });
  binary(out, o, "Wrapping-", [](T a, T b) { return num((W(a) - W(b)).get()); });
  binary(out, o, "Wrapping*", [](T a, T b) { return num((W(a) * W(b)).get()); });
  binary(out, o, "Wrapping/", [](T a, T b) { return num((W(a) / W(b)).get()); });
  binary(out, o, "Wrapping%", [](T a, T b) { return num((W(a) % W(b)).get()); });
  unary(out, o, "Wrapping-unary", [](T a) { return num((-W(a)).get()); });
  with_amount(out, o, o.amounts, "Wrapping<<", [](T a, u32 n) { return num((W(a) << n).get()); });
  with_amount(out, o, o.amounts, "Wrapping>>", [](T a, u32 n) { return num((W(a) >> n).get()); });
  binary(out, o, "Saturating+", [](T a, T b) { return num((S(a) + S(b)).get()); });
  binary(out, o, "Saturating-", [](T a, T b) { return num((S(a) - S(b)).get()); });
  binary(out, o, "Saturating*", [](T a, T b) { return num((S(a) * S(b)).get()); });
  binary(out, o, "Saturating/", [](T a, T b) { return num((S(a) / S(b)).get()); });
  binary(out, o, "Checked(a*b+a-b)", [](T a, T b) { return opt((C(a) * b + a - b).get()); });
  binary(out, o, "Checked(a/b%a)", [](T a, T b) { return opt((C(a) / b % a).get()); });
  // what Rust has for one signedness only
  if constexpr (SignedInteger<T>) {
    unary(out, o, "checked_abs", [](T a) { return opt(checked_abs(a)); });
    unary(out, o, "wrapping_abs", [](T a) { return num(wrapping_abs(a)); });
    unary(out, o, "overflowing_abs", [](T a) { return pair(overflowing_abs(a)); });
    unary(out, o, "saturating_abs", [](T a) { return num(saturating_abs(a)); });
    unary(out, o, "saturating_neg", [](T a) { return num(saturating_neg(a)); });
    unary(out, o, "checked_isqrt", [](T a) { return opt(checked_isqrt(a)); });
    unary(out, o, "Saturating-unary", [](T a) { return num((-S(a)).get()); });
  } else {
    using Signed = make_signed_t<T>;
    unary(out, o, "checked_next_power_of_two", [](T a) { return opt(checked_next_power_of_two(a)); });
    binary(out, o, "checked_add_signed", [](T a, T b) { return opt(checked_add_signed(a, wrapping_cast<Signed>(b))); });
    binary(out, o, "wrapping_add_signed", [](T a, T b) { return num(wrapping_add_signed(a, wrapping_cast<Signed>(b))); });
    binary(out, o, "saturating_add_signed",
           [](T a, T b) { return num(saturating_add_signed(a, wrapping_cast<Signed>(b))); });
    binary(out, o, "overflowing_add_signed",
           [](T a, T b) { return pair(overflowing_add_signed(a, wrapping_cast<Signed>(b))); });
  }
}

/// The Rust type with the width and signedness of `T`.
template <class T>
std::string rust_label() {
  return (SignedInteger<T> ? "i" : "u") + std::to_string(int_bits<T>);
}

template <class T>
void run_type(const std::string& dir, int& index, const char* cpp_name, std::string label = rust_label<T>()) {
  const std::string file = std::to_string(index++) + ".txt";
  std::FILE* f = std::fopen((dir + "/" + file).c_str(), "w");
  if (f == nullptr) {
    std::perror(file.c_str());
    std::exit(2);
  }
  Printer out{f};
  run<T>(out, label.c_str());
  std::fclose(f);
  std::printf("%s %s %s\n", file.c_str(), label.c_str(), cpp_name);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
    return 2;
  }
  const std::string dir = argv[1];
  int index = 0;
  run_type<char>(dir, index, "char");
  run_type<signed char>(dir, index, "signed char");
  run_type<unsigned char>(dir, index, "unsigned char");
  run_type<short>(dir, index, "short");
  run_type<unsigned short>(dir, index, "unsigned short");
  run_type<int>(dir, index, "int");
  run_type<unsigned>(dir, index, "unsigned");
  run_type<long>(dir, index, "long");
  run_type<unsigned long>(dir, index, "unsigned long");
  run_type<long long>(dir, index, "long long");
  run_type<unsigned long long>(dir, index, "unsigned long long");
  // Rust's pointer-sized types; in C++ they are aliases of types above, under their own label.
  run_type<std::ptrdiff_t>(dir, index, "ptrdiff_t", "isize");
  run_type<std::size_t>(dir, index, "size_t", "usize");
  return 0;
}
