"""Records the expected output of the tests/opcache programs with CPython 3.14.

Run through `tools/record-expected opcache`. Each tests/opcache/<name>.py runs with specialization
on (CPython's default), tests/opcache as working directory and PYTHONHASHSEED=0; its standard
output goes to <name>.out. The programs print which specialized forms
`dis.get_instructions(f, adaptive=True)` shows (the style of CPython's test_opcache), so these
files are CPython's own answers; tests/ProtoPython.Cli.Tests/OpcacheTests.cs compares ours to them.
"""

import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path("tests/opcache")


def main():
    python = os.environ["CPYTHON314"]
    env = dict(os.environ, PYTHONHASHSEED="0")
    count = 0
    for path in sorted(ROOT.glob("*.py")):
        result = subprocess.run([python, "-X", "utf8", path.name], cwd=ROOT, env=env,
                                capture_output=True, text=True, encoding="utf-8", timeout=60)
        if result.returncode != 0:
            sys.exit(f"{path}: exit {result.returncode}\n{result.stderr}")
        path.with_suffix(".out").write_text(result.stdout, encoding="utf-8", newline="\n")
        count += 1
    print(f"recorded {count} programs in {ROOT}")


if __name__ == "__main__":
    main()
