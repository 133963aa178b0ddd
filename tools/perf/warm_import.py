#!/usr/bin/env python3
"""Issue 4, item 3: the CPU time of importing json, re, collections, dataclasses, typing, pathlib
and argparse with warm caches, under ProtoPython and CPython 3.14 in the same run.

    tools/perf/warm_import.py [--runs N] [--protopy CMD] [--python CMD] [--modules a,b,...]

Each interpreter runs `-c "import a, b, ..."` and `-c pass` N times each, interleaved, after one
unmeasured run of each that warms the compiled-module caches (ours: __pycache__/*.protopy-314.pyc
or ~/.cache/protopython; CPython's .pyc files), with PYTHONDONTWRITEBYTECODE removed from the
environment. Another ProtoPython build (another worktree) sharing the same library rewrites those
caches with its own build id: do not run two builds' measurements at once. The figure is the child's user+system CPU time
(os.wait4), min over the runs, of the import run minus that of `pass`: import work only, not the
runtime's own start-up. Prints one line per interpreter and the ratio ProtoPython / CPython.
"""

import argparse
import os
import pathlib
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODULES = "json,re,collections,dataclasses,typing,pathlib,argparse"


def cpu_time(argv, env):
    """User+system CPU seconds of one run of argv (which must succeed)."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("warm_import: %s failed:\n%s" % (shlex.join(argv), stderr.decode(errors="replace")))
    return usage.ru_utime + usage.ru_stime


def measure(command, modules, runs, env):
    base = shlex.split(command)
    imports = base + ["-c", "import " + ", ".join(modules)]
    empty = base + ["-c", "pass"]
    cpu_time(imports, env)  # warm the caches
    cpu_time(empty, env)
    best_imports = best_empty = float("inf")
    for _ in range(runs):
        best_imports = min(best_imports, cpu_time(imports, env))
        best_empty = min(best_empty, cpu_time(empty, env))
    return best_imports, best_empty


def cpython_command():
    tool = ROOT.parent / "shared" / "tools" / "cpython314.sh"
    for candidate in (tool, ROOT.parents[1] / "shared" / "tools" / "cpython314.sh"):
        if candidate.exists():
            return subprocess.run([str(candidate)], capture_output=True, text=True, check=True).stdout.strip()
    return "python3.14"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--protopy", default=str(ROOT / "protopy"))
    parser.add_argument("--python", default=None)
    parser.add_argument("--modules", default=MODULES)
    args = parser.parse_args()
    modules = args.modules.split(",")
    env = dict(os.environ)
    # Warm means written: an inherited PYTHONDONTWRITEBYTECODE would leave every cache cold.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = args.python or cpython_command()
    if "PROTOPY_STDLIB" not in env:
        env["PROTOPY_STDLIB"] = subprocess.run(
            shlex.split(python) + ["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
            capture_output=True, text=True, check=True).stdout.strip()
    results = {}
    for label, command in (("protopy", args.protopy), ("cpython", python)):
        with_imports, empty = measure(command, modules, args.runs, env)
        results[label] = with_imports - empty
        print("%-8s import %7.1f ms  pass %7.1f ms  import work %7.1f ms" % (
            label, with_imports * 1000, empty * 1000, results[label] * 1000))
    print("ratio protopy/cpython (import work, CPU, min of %d): %.2f" % (
        args.runs, results["protopy"] / results["cpython"]))


if __name__ == "__main__":
    main()
