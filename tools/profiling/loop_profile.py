#!/usr/bin/env python3
"""Attributes perf samples inside the eval loop (EvalLoop.ExecuteOptimized) to its instruction groups.

Usage (docs/internals/interpreter.md, "Profiling the eval loop"):
  DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 DOTNET_JitDisasm=ExecuteOptimized \
  DOTNET_JitStdOutFile=/tmp/exec.asm PROTOPY_LOOP_TIERUP_MS=0 perf record -F 4999 -o /tmp/perf.data ./protopy -S prog.py
  tools/profiling/loop_profile.py /tmp/exec.asm /tmp/perf-PID.map /tmp/perf.data

Prints the share of samples per JIT instruction group (IG) and, for groups that are switch
targets, the opcodes that jump there (from the jump table). Groups the JIT laid out after a case
are charged to that case, which is only a hint: look at the IGs' code in the listing.
"""
import bisect
import collections
import re
import subprocess
import sys


def main(asm_path, map_path, data_path):
    asm = open(asm_path).read().split("\n")
    start = size = None
    for line in open(map_path):
        if "ExecuteOptimized" in line:
            address, length, _ = line.split(" ", 2)
            start, size = int(address, 16), int(length, 16)
    if start is None:
        sys.exit("ExecuteOptimized is not in " + map_path)
    first = max(i for i, l in enumerate(asm) if "Assembly listing for method" in l and "ExecuteOptimized" in l)
    listing = asm[first:]
    groups = []
    for line in listing:
        m = re.match(r"(G_M\d+_IG\d+):\s+;; offset=0x([0-9A-F]+)", line)
        if m:
            groups.append((int(m.group(2), 16), m.group(1)))
    table = [i for i, l in enumerate(listing) if l.startswith("RWD00")][0]
    cases = [re.search(r"case (\S+)", l).group(1) for l in listing[table:table + 300] if "case" in l and "dd" in l]
    names = {}
    for line in open("src/Bytecode/Instructions.def"):
        m = re.match(r"(?:inst|spec|pseudo)\s+(\w+)\s*=\s*(\d+)", line)
        if m:
            names[int(m.group(2))] = m.group(1)
    opcodes_of = collections.defaultdict(list)
    for op, group in enumerate(cases):
        opcodes_of[group].append(names.get(op, str(op)))
    ips = subprocess.run(["perf", "script", "-i", data_path, "-F", "ip"], capture_output=True, text=True).stdout.split()
    offsets = [o for o, _ in groups]
    counts = collections.Counter()
    for ip in ips:
        ip = int(ip, 16)
        if start <= ip < start + size:
            counts[groups[bisect.bisect_right(offsets, ip - start) - 1][1]] += 1
    owner, current = {}, None
    for _, group in groups:
        if group in opcodes_of:
            current = group
        owner[group] = current
    by_case = collections.Counter()
    for group, count in counts.items():
        by_case[owner[group]] += count
    total = len(ips)
    print(f"samples {total}, in the loop {sum(counts.values())}")
    for group, count in by_case.most_common(30):
        print(f"{count:7} {100 * count / total:5.1f}%  {group}  {','.join(opcodes_of.get(group, ['(before the first case)']))[:90]}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
