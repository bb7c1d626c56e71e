// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Shared by every libFuzzer harness in tests/fuzz/. Included first, before any ferrite header:
//
//   * a panic handler that names the panic and aborts, so a panic the harness did not expect is
//     a crash that libFuzzer records (with the message, not just a SIGILL);
//   * `ByteReader`, which decodes the fuzzer's bytes into operands and operation scripts. Once
//     the bytes run out it returns zeros, so every input is a valid script and the fuzzer
//     spends its time on behaviour, not on parse errors;
//   * FUZZ_CHECK(cond), the differential assertion: on a mismatch it prints what disagreed and
//     aborts.
#ifndef FERRITE_TESTS_FUZZ_SUPPORT_HPP
#define FERRITE_TESTS_FUZZ_SUPPORT_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ferrite_fuzz {

[[noreturn]] inline void on_panic(const char* message, const char* file, int line) {
  std::fprintf(stderr, "ferrite panic in a fuzz harness: %s (%s:%d)\n", message, file, line);
  std::abort();
}

[[noreturn]] inline void mismatch(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "fuzz: differential check failed: %s (%s:%d)\n", condition, file, line);
  std::abort();
}

/// Reads little-endian integers off the front of the fuzzer's input.
class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  /// True while unread bytes remain; scripts loop on it.
  [[nodiscard]] bool more() const { return size_ != 0; }

  /// The next sizeof(T) bytes as a T (missing bytes read as zero).
  template <class T>
  [[nodiscard]] T read() {
    unsigned char bytes[sizeof(T)] = {};
    const std::size_t n = size_ < sizeof(T) ? size_ : sizeof(T);
    if (n != 0) std::memcpy(bytes, data_, n);
    data_ += n;
    size_ -= n;
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return value;
  }

  /// A value in [0, bound) for bound > 0: an operation code or an index.
  [[nodiscard]] std::size_t below(std::size_t bound) { return read<std::uint8_t>() % bound; }

  /// Up to `max` raw bytes (fewer if the input ends), for parsers.
  [[nodiscard]] std::size_t bytes(const std::uint8_t** out, std::size_t max) {
    const std::size_t n = size_ < max ? size_ : max;
    *out = data_;
    data_ += n;
    size_ -= n;
    return n;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
};

}  // namespace ferrite_fuzz

#define FERRITE_PANIC_HANDLER(message, file, line) ::ferrite_fuzz::on_panic(message, file, line)
#define FUZZ_CHECK(condition) \
  ((condition) ? static_cast<void>(0) : ::ferrite_fuzz::mismatch(#condition, __FILE__, __LINE__))

#endif  // FERRITE_TESTS_FUZZ_SUPPORT_HPP
