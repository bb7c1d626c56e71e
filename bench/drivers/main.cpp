// SPDX-License-Identifier: MIT OR Apache-2.0
//
// bench/drivers/main.cpp: the one benchmark program, in four modes.
//   bench_idioms                  Google Benchmark: every implementation of every idiom,
//                                 registered side by side so --benchmark_enable_random_interleaving
//                                 interleaves C, ferrite and peers in one process.
//   bench_idioms --list           one line per implementation: idiom impl yes|no description
//   bench_idioms --check          runs each implementation once; fails unless every one returns
//                                 the C baseline's checksum (and the probe leaks nothing)
//   bench_idioms --count I M N    calls implementation M of idiom I N times (under callgrind with
//                                 --toggle-collect=I_M, only the entry and its callees count)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "../common/inputs.hpp"

namespace {

int list_impls() {
  for (const bench::Idiom& idiom : bench::idioms())
    for (const bench::Impl& impl : idiom.impls)
      std::printf("%s %s %s %s\n", idiom.name, impl.name, impl.available ? "yes" : "no",
                  idiom.what);
  return 0;
}

int check(bench::Inputs& in) {
  int failures = 0;
  for (const bench::Idiom& idiom : bench::idioms()) {
    uint64_t expected = 0;
    for (const bench::Impl& impl : idiom.impls) {
      if (!impl.available) {
        // A ferrite header not committed yet, or a peer this toolchain cannot build.
        std::printf("%-10s %-9s %s\n", idiom.name, impl.name,
                    std::strcmp(impl.name, "ferrite") == 0 ? "not yet" : "n/a");
        continue;
      }
      uint64_t got = impl.run(in);
      if (&impl == &idiom.impls[0]) expected = got;
      bool ok = got == expected && world_held == 0;
      std::printf("%-10s %-9s %016llx %s\n", idiom.name, impl.name,
                  static_cast<unsigned long long>(got), ok ? "ok" : "MISMATCH");
      if (!ok) failures++;
    }
  }
  return failures ? 1 : 0;
}

int count(bench::Inputs& in, const char* idiom_name, const char* impl_name, long calls) {
  for (const bench::Idiom& idiom : bench::idioms()) {
    if (std::strcmp(idiom.name, idiom_name) != 0) continue;
    for (const bench::Impl& impl : idiom.impls) {
      if (std::strcmp(impl.name, impl_name) != 0) continue;
      if (!impl.available) {
        std::fprintf(stderr, "%s_%s is not built\n", idiom_name, impl_name);
        return 2;
      }
      uint64_t sink = 0;
      for (long i = 0; i < calls; i++) sink += impl.run(in);
      std::printf("%llu\n", static_cast<unsigned long long>(sink));
      return 0;
    }
  }
  std::fprintf(stderr, "no implementation %s_%s\n", idiom_name, impl_name);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  static bench::Inputs in;
  if (argc >= 2 && std::strcmp(argv[1], "--list") == 0) return list_impls();
  if (argc >= 2 && std::strcmp(argv[1], "--check") == 0) return check(in);
  if (argc == 5 && std::strcmp(argv[1], "--count") == 0)
    return count(in, argv[2], argv[3], std::atol(argv[4]));

  static std::vector<bench::Idiom> table = bench::idioms();
  for (const bench::Idiom& idiom : table) {
    for (const bench::Impl& impl : idiom.impls) {
      if (!impl.available) continue;
      std::string name = std::string(idiom.name) + "/" + impl.name;
      benchmark::RegisterBenchmark(name.c_str(), [&impl](benchmark::State& state) {
        bench::Inputs* inputs = &in;
        for (auto _ : state) {
          benchmark::DoNotOptimize(inputs);  // the compiler cannot assume what the inputs hold
          uint64_t result = impl.run(*inputs);
          benchmark::DoNotOptimize(result);
        }
      });
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
