#!/usr/bin/env python3
# SPDX-License-Identifier: MIT OR Apache-2.0
#
# bench/tools/report.py: turns the raw results of scripts/bench.sh into Markdown tables, one per
# measure. Every ratio is implementation / C: below 1.00 ferrite (or the peer) is smaller or
# faster than the C baseline, above 1.00 it loses, and the table marks that in bold.
#
#   report.py RESULTS_DIR BUILD_DIR CALLS
# RESULTS_DIR holds machine.md, list-<tc>.txt, gbench-<tc>.json, callgrind-<tc>/<entry>.out,
# compile-time.txt and vocab-sizes.md; BUILD_DIR holds the object trees gcc/, clang/ and arm/.
import json
import os
import re
import statistics
import subprocess
import sys

TOOLCHAINS = ["gcc", "clang"]
PEER_NAMES = {
    "expected": "std::expected",
    "optional": "std::optional",
    "span": "std::span",
    "boost": "Boost.Intrusive",
}
IMPL_DIRS = {"c": ["c"], "ferrite": ["ferrite"]}  # every peer lives in peers/


def read_lines(path):
    try:
        with open(path) as f:
            return f.read().splitlines()
    except OSError:
        return []


def load_idioms(results):
    """[(idiom, what, [(impl, available_with_gcc, available_with_clang)])] in table order."""
    order, what, avail = [], {}, {}
    for tc in TOOLCHAINS:
        for line in read_lines(os.path.join(results, f"list-{tc}.txt")):
            idiom, impl, yes, desc = line.split(" ", 3)
            if idiom not in what:
                order.append(idiom)
                what[idiom] = desc
                avail[idiom] = {}
            avail[idiom].setdefault(impl, {})[tc] = yes == "yes"
    return [(i, what[i], [(m, a) for m, a in avail[i].items()]) for i in order]


def unavailable(impl, tc):
    if impl == "ferrite":
        return "not yet"
    if impl == "expected" and tc == "clang":
        return "n/a (Clang 14 + libstdc++ 12)"
    return "n/a"


def ratio(value, base):
    if value is None or base in (None, 0):
        return "-"
    r = value / base
    text = f"{r:.2f}"
    return f"**{text}**" if r > 1.005 else text


def fmt(value, unit=""):
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.1f}{unit}"
    return f"{value:,}{unit}"


def table(title, note, header, rows):
    print(f"### {title}\n")
    if note:
        print(note + "\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()


def pair_rows(idioms, targets, measure, unit):
    """One row per idiom and target: C, ferrite, ratio, then each peer with its ratio."""
    rows = []
    for idiom, what, impls in idioms:
        for target, tc in targets:
            base = measure(tc, idiom, "c")
            row = [f"`{idiom}` {what}", target, fmt(base, unit)]
            fa = dict(impls).get("ferrite", {}).get(tc, False)
            fv = measure(tc, idiom, "ferrite") if fa else None
            row += [fmt(fv, unit) if fa else unavailable("ferrite", tc), ratio(fv, base) if fa else "-"]
            peers = []
            for impl, avail in impls:
                if impl in ("c", "ferrite"):
                    continue
                if not avail.get(tc, False):
                    peers.append(f"{PEER_NAMES[impl]}: {unavailable(impl, tc)}")
                    continue
                pv = measure(tc, idiom, impl)
                peers.append(f"{PEER_NAMES[impl]}: {fmt(pv, unit)} ({ratio(pv, base)})")
            row.append("; ".join(peers) if peers else "-")
            rows.append(row)
    return rows


# ---- Time: Google Benchmark medians --------------------------------------------------------------
def load_gbench(results):
    times = {}
    for tc in TOOLCHAINS:
        path = os.path.join(results, f"gbench-{tc}.json")
        try:
            with open(path) as f:
                data = json.load(f)
        except (OSError, ValueError):
            continue
        per_run = {}
        for b in data.get("benchmarks", []):
            if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
                continue
            scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
            per_run.setdefault(b["run_name"], []).append(b["cpu_time"] * scale)
        for name, values in per_run.items():
            idiom, impl = name.split("/", 1)
            times[(tc, idiom, impl)] = statistics.median(values)
    return times


# ---- Instructions: callgrind totals ---------------------------------------------------------------
def load_callgrind(results, calls):
    counts = {}
    for tc in TOOLCHAINS:
        directory = os.path.join(results, f"callgrind-{tc}")
        if not os.path.isdir(directory):
            continue
        for name in os.listdir(directory):
            if not name.endswith(".out"):
                continue
            idiom, impl = name[:-4].split("_", 1)
            for line in read_lines(os.path.join(directory, name)):
                if line.startswith("totals:") or line.startswith("summary:"):
                    counts[(tc, idiom, impl)] = int(line.split()[1]) // calls
                    break
    return counts


# ---- Code size: function symbols of each implementation, plus what they call in their objects ----
def object_files(build, impl):
    dirs = IMPL_DIRS.get(impl, ["peers"])
    files = []
    for d in dirs:
        path = os.path.join(build, d)
        if os.path.isdir(path):
            files += [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".o")]
    return files


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def code_size(build, tool_prefix, idiom, impl, cache={}):
    """Bytes of the functions named <idiom>_<impl>* in the implementation's objects, plus every
    local or template function they reach through relocations (counted once)."""
    key = (build, impl)
    if key not in cache:
        syms, relocs = {}, {}
        for obj in object_files(build, impl):
            raw = run([tool_prefix + "nm", "-S", "--defined-only", obj]).splitlines()
            pretty = run([tool_prefix + "nm", "-S", "-C", "--defined-only", obj]).splitlines()
            for a, b in zip(raw, pretty):
                parts, shown = a.split(), b.split(maxsplit=3)
                if len(parts) == 4 and parts[2] in "TtWw":
                    syms[parts[3]] = (int(parts[1], 16), shown[3])
            section = None
            for line in run([tool_prefix + "readelf", "-rW", obj]).splitlines():
                m = re.match(r"Relocation section '\.rela?\.text\.(\S+)'", line)
                if m:
                    section = m.group(1)
                    relocs.setdefault(section, set())
                    continue
                if line.startswith("Relocation section"):
                    section = None
                    continue
                fields = line.split()
                if section and len(fields) >= 5 and re.match(r"^[0-9a-f]+$", fields[0]):
                    target = fields[4]
                    if target.startswith(".text."):
                        target = target[len(".text."):]
                    relocs[section].add(target)
        cache[key] = (syms, relocs)
    syms, relocs = cache[key]
    prefix = f"{idiom}_{impl}"
    entry_name = re.compile(r"^[a-z]+_(c|ferrite|expected|optional|span|boost)(\b|_)")
    todo = [s for s, (_, shown) in syms.items() if re.match(re.escape(prefix) + r"(\(|_|$)", shown)]
    if not todo:
        return None
    seen, total = set(), 0
    while todo:
        s = todo.pop()
        if s in seen or s not in syms:
            continue
        seen.add(s)
        total += syms[s][0]
        for t in relocs.get(s, ()):
            if t in syms and not entry_name.match(syms[t][1]):
                todo.append(t)
    return total


def main():
    results, build, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
    idioms = load_idioms(results)
    for line in read_lines(os.path.join(results, "machine.md")):
        print(line)
    print()

    x86 = [("GCC", "gcc"), ("Clang", "clang")]
    header = ["idiom", "compiler", "C", "ferrite", "ratio", "peers (ratio)"]

    times = load_gbench(results)
    table("Time per batch (ns, Google Benchmark median, C and ferrite interleaved)",
          "Wall-clock, noisy on a shared machine: trust the instruction table for small differences.",
          header, pair_rows(idioms, x86, lambda tc, i, m: times.get((tc, i, m)), ""))

    counts = load_callgrind(results, calls)
    table("Instructions per batch (callgrind, entry and its callees only)",
          "Deterministic: the target is a ratio of at most 1.00.",
          header, pair_rows(idioms, x86, lambda tc, i, m: counts.get((tc, i, m)), ""))

    targets = [("x86-64 GCC -O2", ("gcc", "")), ("x86-64 Clang -O2", ("clang", "")),
               ("Cortex-M3 GCC -Os", ("arm", "arm-none-eabi-"))]
    size_targets = [(label, label) for label, _ in targets]
    where = dict(targets)

    def size_of(label, idiom, impl):
        tc, prefix = where[label]
        return code_size(os.path.join(build, tc), prefix, idiom, impl)

    # Availability for size follows the toolchain that built the objects (arm: as GCC).
    size_idioms = []
    for idiom, what, impls in idioms:
        new_impls = []
        for impl, avail in impls:
            a = {label: avail.get("clang" if "Clang" in label else "gcc", False) for label in where}
            new_impls.append((impl, a))
        size_idioms.append((idiom, what, new_impls))
    table("Code size (bytes of the idiom's functions, from the symbol table)",
          "Entry, callees and any out-of-line helper they reach; -ffunction-sections, nm -S.",
          ["idiom", "target", "C", "ferrite", "ratio", "peers (ratio)"],
          pair_rows(size_idioms, size_targets, size_of, ""))

    rows = []
    for line in read_lines(os.path.join(results, "compile-time.txt")):
        compiler, tu, seconds = line.split()
        rows.append((compiler, tu, float(seconds)))
    if rows:
        out = []
        for compiler in dict.fromkeys(r[0] for r in rows):
            t = {tu: s for c, tu, s in rows if c == compiler}
            empty = t.get("empty")
            cells = [compiler]
            for tu in ("empty", "ferrite", "std"):
                v = t.get(tu)
                cells.append("-" if v is None else f"{v * 1000:.0f} ms")
            cells.append("-" if not empty else f"{t.get('ferrite', 0) - empty:+.3f} s")
            cells.append("-" if not empty or "std" not in t else f"{t['std'] - empty:+.3f} s")
            out.append(cells)
        table("Compile time (-O2 -c, fastest of 5 runs)",
              "`ferrite`: `#include <ferrite.hpp>`; `std`: `<optional>`, `<span>`, `<expected>`.",
              ["compiler", "empty TU", "ferrite.hpp", "std headers", "ferrite - empty", "std - empty"],
              out)

    for line in read_lines(os.path.join(results, "vocab-sizes.md")):
        print(line)


if __name__ == "__main__":
    main()
