"""Runs every conformance program (and workload) under ./protopy and compares with the recorded
CPython results. A developer tool (the CI check is tests/ProtoPython.Conformance.Tests); it runs
programs as separate processes, in parallel, with a timeout.

    python3 tools/conformance/check_protopy.py [--jobs N] [--timeout S] [--write-known-failures] [FILTER...]

Prints one line per failing program and a summary; --write-known-failures rewrites
tests/conformance/known-failures.txt with the programs that fail.
"""

import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONF = ROOT / "tests" / "conformance"
EXE = ROOT / "artifacts" / "bin" / "ProtoPython.Cli" / "release" / "protopy"


def header(path):
    meta = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        for key in ("args:", "check:", "stdin:"):
            if body.startswith(key):
                meta[key[:-1]] = body[len(key):].strip()
    return meta


def programs():
    for area in sorted(p for p in CONF.iterdir() if p.is_dir()):
        for f in sorted(area.glob("*.py")):
            yield f"{area.name}/{f.stem}", f, f.with_suffix("")
        for d in sorted(p for p in area.iterdir() if p.is_dir() and (p / "main.py").exists()):
            yield f"{area.name}/{d.name}", d / "main.py", d / "main"
    work = ROOT / "perf" / "workloads"
    for f in sorted(work.glob("*.py")):
        exp = work / "expected" / (f.stem + ".txt")
        if exp.exists():
            yield f"workloads/{f.stem}", f, None


def run(item, timeout):
    pid, path, stem = item
    meta = header(path)
    args = meta.get("args", "").split()
    stdin = meta.get("stdin", "").replace("\\n", "\n").encode()
    env = dict(os.environ, PYTHONHASHSEED="0")
    folder = path.parent.resolve()
    try:
        proc = subprocess.run([str(EXE), path.name, *args], cwd=folder, env=env, input=stdin,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return pid, "timeout", ""
    out = proc.stdout.decode("utf-8", "replace").replace(str(folder), "$DIR")
    err = proc.stderr.decode("utf-8", "replace").replace(str(folder), "$DIR")
    if stem is None:
        expected_out = (ROOT / "perf" / "workloads" / "expected" / (path.stem + ".txt")).read_text()
        expected_rc, expected_err = 0, None
    else:
        expected_out = stem.with_suffix(".out").read_text() if stem.with_suffix(".out").exists() else ""
        expected_rc = int(stem.with_suffix(".rc").read_text()) if stem.with_suffix(".rc").exists() else 0
        expected_err = stem.with_suffix(".err").read_text() if meta.get("check") == "stderr" and stem.with_suffix(".err").exists() else None
    if out != expected_out:
        e, a = expected_out.splitlines(), out.splitlines()
        for i in range(max(len(e), len(a))):
            x = e[i] if i < len(e) else "<end>"
            y = a[i] if i < len(a) else "<end>"
            if x != y:
                return pid, f"stdout line {i + 1}: expected {x[:100]!r} got {y[:100]!r}", err[-600:]
    if proc.returncode != expected_rc:
        return pid, f"exit {proc.returncode} expected {expected_rc}", err[-600:]
    if expected_err is not None and err != expected_err:
        return pid, "stderr differs", err[-600:]
    return pid, None, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--write-known-failures", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("filters", nargs="*")
    ns = ap.parse_args()
    items = [p for p in programs() if not ns.filters or any(f in p[0] for f in ns.filters)]
    failures = []
    with concurrent.futures.ThreadPoolExecutor(ns.jobs) as pool:
        for pid, problem, err in pool.map(lambda it: run(it, ns.timeout), items):
            if problem:
                failures.append(pid)
                print(f"FAIL {pid}: {problem}")
                if ns.verbose and err:
                    print("   " + err.strip().replace("\n", "\n   "))
    print(f"conformance: {len(items) - len(failures)} passed, {len(failures)} failed, {len(items)} programs")
    if ns.write_known_failures:
        path = CONF / "known-failures.txt"
        path.write_text("# Programs that do not yet match CPython 3.14 (tests/ProtoPython.Conformance.Tests).\n"
                        "# Written by tools/conformance/check_protopy.py --write-known-failures.\n"
                        + "".join(f + "\n" for f in sorted(failures)))


if __name__ == "__main__":
    sys.exit(main())
