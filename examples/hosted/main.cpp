// SPDX-License-Identifier: MIT OR Apache-2.0
//
// ferrite in an ordinary program: parse a device's "key=value" settings the way a driver parses
// its module parameters, with every failure a value instead of a magic number.
//
//   Option<T>          a value that may be absent (a missing key)
//   Result<T, Errno>   success or a Linux error code (a malformed or out-of-range value)
//   FERRITE_TRY(expr)  Rust's `?`: hand an error to the caller, otherwise take the value
//   to_neg(result)     back to the kernel's "0 or -errno" at a C boundary
//
// Build and run: scripts/run-example.sh (or any CMake/Meson build of the repository).
#include <ferrite.hpp>

#include <cstdio>
#include <cstring>

using ferrite::Errno;
using ferrite::Option;
using ferrite::Result;

namespace {

/// The value of `key` in "key=value key=value ...", or None if the key is absent.
Option<const char*> find_setting(const char* settings, const char* key) {
  const std::size_t key_length = std::strlen(key);
  for (const char* p = settings; *p != '\0'; ++p) {
    const bool at_word_start = p == settings || p[-1] == ' ';
    if (at_word_start && std::strncmp(p, key, key_length) == 0 && p[key_length] == '=') {
      return p + key_length + 1;
    }
  }
  return ferrite::None;
}

/// A decimal number up to the next space; Err(Inval) if it is not one, Err(Range) if too large.
Result<unsigned, Errno> parse_number(const char* text) {
  if (*text < '0' || *text > '9') return ferrite::Err(Errno::Inval);
  unsigned value = 0;
  for (; *text >= '0' && *text <= '9'; ++text) {
    const unsigned digit = static_cast<unsigned>(*text - '0');
    if (value > (4'294'967'295u - digit) / 10u) return ferrite::Err(Errno::Range);
    value = value * 10u + digit;
  }
  if (*text != '\0' && *text != ' ') return ferrite::Err(Errno::Inval);
  return ferrite::Ok(value);
}

struct DeviceConfig {
  unsigned irq;
  unsigned queue_depth;
};

/// The device's configuration: `irq` is required, `queue_depth` defaults to 64 and must be 1..1024.
Result<DeviceConfig, Errno> parse_config(const char* settings) {
  // A missing key becomes an error with ok_or; FERRITE_TRY returns it to our caller.
  const char* irq_text = FERRITE_TRY(find_setting(settings, "irq").ok_or(Errno::NoEnt));
  const unsigned irq = FERRITE_TRY(parse_number(irq_text));

  // An optional key: parse it only if present, otherwise take the default.
  // The Option is named: as_ptr() points into it, so it must outlive the pointer.
  unsigned depth = 64;
  const Option<const char*> depth_text = find_setting(settings, "queue_depth");
  if (const char* const* text = depth_text.as_ptr()) {
    depth = FERRITE_TRY(parse_number(*text));
  }
  if (depth < 1 || depth > 1024) return ferrite::Err(Errno::Range);
  return ferrite::Ok(DeviceConfig{irq, depth});
}

/// What a C caller sees: 0 or -errno, exactly like a kernel probe function.
extern "C" int device_probe(const char* settings) {
  Result<void, Errno> started = parse_config(settings).map([](const DeviceConfig&) {});
  return ferrite::to_neg(started);
}

}  // namespace

int main() {
  const char* const inputs[] = {
      "irq=17 queue_depth=256",  // fine
      "irq=17",                  // fine: queue_depth defaults to 64
      "queue_depth=8",           // no irq: ENOENT
      "irq=seven",               // not a number: EINVAL
      "irq=17 queue_depth=4096", // out of range: ERANGE
  };
  for (const char* settings : inputs) {
    Result<DeviceConfig, Errno> config = parse_config(settings);
    if (config.is_ok()) {
      const DeviceConfig c = config.unwrap_or(DeviceConfig{0, 0});
      std::printf("%-26s -> irq %u, queue depth %u\n", settings, c.irq, c.queue_depth);
    } else {
      const Errno e = config.err().unwrap_or(Errno::Inval);
      std::printf("%-26s -> error %s; device_probe returns %d\n", settings, e.name(),
                  device_probe(settings));
    }
  }
  return 0;
}
