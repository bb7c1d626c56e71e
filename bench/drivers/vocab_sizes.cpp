// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/drivers/vocab_sizes.cpp: prints sizeof of ferrite's vocabulary types beside what a C
// programmer and a standard-library user would use instead, as a Markdown table. A row whose
// ferrite header has not landed says "not yet".
#include <cstdio>
#include <optional>
#include <span>
#if __has_include(<expected>)
#include <expected>
#endif
#include <boost/intrusive/list.hpp>

#include "../c/kernel.h"

// BENCH_HAVE_<HEADER> comes from bench/Makefile: set once that ferrite header is committed.
#ifdef BENCH_HAVE_OPTION
#include <ferrite/option.hpp>
#define HAVE_OPTION 1
#endif
#if defined(BENCH_HAVE_RESULT) && defined(BENCH_HAVE_ERRNO)
#include <ferrite/errno.hpp>
#include <ferrite/result.hpp>
#define HAVE_RESULT 1
#endif
#ifdef BENCH_HAVE_SPAN
#include <ferrite/span.hpp>
#define HAVE_SPAN 1
#endif
#ifdef BENCH_HAVE_LIST
#include <ferrite/list.hpp>
#define HAVE_LIST 1
#endif
#ifdef BENCH_HAVE_HLIST
#include <ferrite/hlist.hpp>
#define HAVE_HLIST 1
#endif
#ifdef BENCH_HAVE_PIN
#include <ferrite/pin.hpp>
#define HAVE_PIN 1
#endif
#ifdef BENCH_HAVE_CHECKED
#include <ferrite/checked.hpp>
#endif
#ifdef BENCH_HAVE_WRAPPING
#include <ferrite/wrapping.hpp>
#endif
#if defined(BENCH_HAVE_NONZERO) && defined(BENCH_HAVE_OPTION)
#include <ferrite/nonzero.hpp>
#define HAVE_NONZERO 1
#endif

namespace {
void row(const char* ferrite_type, long ferrite_size, const char* c_type, long c_size,
         const char* std_type, long std_size) {
  auto cell = [](long size) {
    static char buf[4][32];
    static int next = 0;
    char* out = buf[next++ % 4];
    if (size < 0)
      std::snprintf(out, 32, "%s", size == -1 ? "not yet" : "n/a");
    else
      std::snprintf(out, 32, "%ld", size);
    return out;
  };
  std::printf("| `%s` | %s | `%s` | %s | `%s` | %s |\n", ferrite_type, cell(ferrite_size), c_type,
              cell(c_size), std_type, cell(std_size));
}
[[maybe_unused]] constexpr long kNotYet = -1;
[[maybe_unused]] constexpr long kNone = -2;
struct Node {
  int value;
};
struct BoostItem : boost::intrusive::list_base_hook<> {};
struct IntAndFlag {  // what C passes around for "an int, maybe"
  int value;
  bool present;
};
}  // namespace

int main() {
  std::printf("### Sizes of vocabulary types (bytes, x86-64, GCC)\n\n");
  std::printf("| ferrite | size | C idiom | size | std / Boost | size |\n");
  std::printf("|---|---|---|---|---|---|\n");
#ifdef HAVE_OPTION
  row("Option<int>", sizeof(ferrite::Option<int>), "struct { int; bool; }", sizeof(IntAndFlag),
      "std::optional<int>", sizeof(std::optional<int>));
  row("Option<Node&>", sizeof(ferrite::Option<Node&>), "struct node * (NULL)", sizeof(Node*),
      "std::optional<Node*>", sizeof(std::optional<Node*>));
#else
  row("Option<int>", kNotYet, "struct { int; bool; }", sizeof(IntAndFlag), "std::optional<int>",
      sizeof(std::optional<int>));
  row("Option<Node&>", kNotYet, "struct node * (NULL)", sizeof(Node*), "std::optional<Node*>",
      sizeof(std::optional<Node*>));
#endif
#ifdef __cpp_lib_expected
  const long exp_void = sizeof(std::expected<void, int>);
  const long exp_ptr = sizeof(std::expected<Node*, int>);
  const long exp_u32 = sizeof(std::expected<uint32_t, int>);
#else
  const long exp_void = kNone, exp_ptr = kNone, exp_u32 = kNone;
#endif
#ifdef HAVE_RESULT
  using ferrite::Errno;
  row("Result<void, Errno>", sizeof(ferrite::Result<void, Errno>), "int (-errno)", sizeof(int),
      "std::expected<void, int>", exp_void);
  row("Result<uint32_t, Errno>", sizeof(ferrite::Result<uint32_t, Errno>),
      "int + uint32_t out-param", sizeof(int) + sizeof(uint32_t), "std::expected<uint32_t, int>",
      exp_u32);
  row("Result<Node*, Errno>", sizeof(ferrite::Result<Node*, Errno>), "void * (ERR_PTR)",
      sizeof(void*), "std::expected<Node*, int>", exp_ptr);
#else
  row("Result<void, Errno>", kNotYet, "int (-errno)", sizeof(int), "std::expected<void, int>",
      exp_void);
  row("Result<uint32_t, Errno>", kNotYet, "int + uint32_t out-param",
      sizeof(int) + sizeof(uint32_t), "std::expected<uint32_t, int>", exp_u32);
  row("Result<Node*, Errno>", kNotYet, "void * (ERR_PTR)", sizeof(void*),
      "std::expected<Node*, int>", exp_ptr);
#endif
#ifdef HAVE_NONZERO
  row("Option<NonZero<uint32_t>>", sizeof(ferrite::Option<ferrite::NonZero<uint32_t>>),
      "uint32_t (0 = none)", sizeof(uint32_t), "std::optional<uint32_t>",
      sizeof(std::optional<uint32_t>));
#else
  row("Option<NonZero<uint32_t>>", kNotYet, "uint32_t (0 = none)", sizeof(uint32_t),
      "std::optional<uint32_t>", sizeof(std::optional<uint32_t>));
#endif
#ifdef BENCH_HAVE_CHECKED
  row("Checked<size_t>", sizeof(ferrite::Checked<size_t>), "size_t + overflow test",
      sizeof(size_t), "-", kNone);
#else
  row("Checked<size_t>", kNotYet, "size_t + overflow test", sizeof(size_t), "-", kNone);
#endif
#ifdef BENCH_HAVE_WRAPPING
  row("Wrapping<uint32_t>", sizeof(ferrite::Wrapping<uint32_t>), "uint32_t", sizeof(uint32_t), "-",
      kNone);
  row("Saturating<int16_t>", sizeof(ferrite::Saturating<int16_t>), "int16_t", sizeof(int16_t),
      "-", kNone);
#else
  row("Wrapping<uint32_t>", kNotYet, "uint32_t", sizeof(uint32_t), "-", kNone);
  row("Saturating<int16_t>", kNotYet, "int16_t", sizeof(int16_t), "-", kNone);
#endif
#ifdef HAVE_SPAN
  row("Span<const uint8_t>", sizeof(ferrite::Span<const uint8_t>), "const u8 *buf + size_t len",
      sizeof(const uint8_t*) + sizeof(size_t), "std::span<const uint8_t>",
      sizeof(std::span<const uint8_t>));
#else
  row("Span<const uint8_t>", kNotYet, "const u8 *buf + size_t len",
      sizeof(const uint8_t*) + sizeof(size_t), "std::span<const uint8_t>",
      sizeof(std::span<const uint8_t>));
#endif
#ifdef HAVE_LIST
  struct Linked {
    ferrite::ListLink link;
  };
  const long list_link = sizeof(ferrite::ListLink);
  const long list_head_size = sizeof(ferrite::List<Linked, &Linked::link>);
#else
  const long list_link = kNotYet, list_head_size = kNotYet;
#endif
  row("ListLink", list_link, "struct list_head (entry)", sizeof(list_head),
      "bi::list_base_hook<>", sizeof(boost::intrusive::list_base_hook<>));
  row("List<T, &T::link>", list_head_size, "struct list_head (head)", sizeof(list_head),
      "bi::list<T> (constant-time size)", sizeof(boost::intrusive::list<BoostItem>));
#ifdef HAVE_HLIST
  struct HLinked {
    ferrite::HListLink link;
  };
  const long hlist_link = sizeof(ferrite::HListLink);
  const long hlist_head_size = sizeof(ferrite::HList<HLinked, &HLinked::link>);
#else
  const long hlist_link = kNotYet, hlist_head_size = kNotYet;
#endif
  row("HListLink", hlist_link, "struct hlist_node", sizeof(hlist_node), "-", kNone);
  row("HList<T, &T::link>", hlist_head_size, "struct hlist_head", sizeof(hlist_head), "-", kNone);
#ifdef HAVE_PIN
  row("Pin<Node>", sizeof(ferrite::Pin<Node>), "struct node *", sizeof(Node*), "-", kNone);
  row("StackSlot<Node>", sizeof(ferrite::StackSlot<Node>), "struct node", sizeof(Node), "-",
      kNone);
#else
  row("Pin<Node>", kNotYet, "struct node *", sizeof(Node*), "-", kNone);
  row("StackSlot<Node>", kNotYet, "struct node", sizeof(Node), "-", kNone);
#endif
  (void)kNone;
  std::printf("\n");
  return 0;
}
