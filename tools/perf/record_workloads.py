"""Records the expected output of every perf workload with CPython 3.14.

Run through tools/record-expected (which sets CPYTHON314 and PYTHONHASHSEED=0), from the
repository root. For each perf/workloads/<name>.py this runs the program the way the perf
runner does (its `# argv:` header, if any, replaces the file name on the command line) and
writes its standard output to perf/workloads/expected/<name>.txt. The runner compares each
run's output with that file, so a fast wrong answer counts as a failure, and the same files
make the workloads conformance tests for the interpreter.
"""

import os
import pathlib
import shlex
import subprocess
import sys

ROOT = pathlib.Path.cwd()
WORKLOADS = ROOT / "perf" / "workloads"
EXPECTED = WORKLOADS / "expected"


def header(path):
    fields = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def main():
    python = os.environ.get("CPYTHON314", sys.executable)
    EXPECTED.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED="0")
    names = []
    for path in sorted(WORKLOADS.glob("*.py")):
        fields = header(path)
        if fields.get("name") != path.stem:
            sys.exit(f"{path}: header `# name:` must be {path.stem!r}")
        argv = shlex.split(fields["argv"]) if "argv" in fields else [path.name]
        done = subprocess.run([python, *argv], cwd=WORKLOADS, env=env, capture_output=True,
                              check=False)
        if done.returncode != 0:
            sys.exit(f"{path.name} failed under {python}:\n{done.stderr.decode()}")
        (EXPECTED / f"{path.stem}.txt").write_bytes(done.stdout)
        names.append(path.stem)
    print(f"perf workloads: {len(names)} expected outputs in {EXPECTED.relative_to(ROOT)}")


main()
