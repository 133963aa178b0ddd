"""Records the expected results of the conformance programs with CPython 3.14.

Run through `tools/record-expected conformance` (or `tools/record-expected conformance -- AREA/NAME`
is not supported: record everything, it is deterministic). Layout, described in
tests/conformance/README.md:

    tests/conformance/<area>/<name>.py          a program
    tests/conformance/<area>/<name>/main.py     a program with modules of its own beside it
    <program stem>.out                          its standard output
    <program stem>.err                          its standard error, when the program's header has `# check: stderr`
    <program stem>.rc                           its exit status, when not 0

Header lines at the top of a program (comments) that the recorder and the runner read:
    # args: a b c          command-line arguments (split on spaces)
    # check: stderr        compare standard error too
    # stdin: some text     text fed to standard input (\\n escapes allowed); else stdin is empty

Each program runs with its own folder as working directory and PYTHONHASHSEED=0. The absolute
path of that folder is written as `$DIR` in the recorded files, so tracebacks do not depend on
where the repository is.
"""

import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path("tests/conformance")
TIMEOUT = 60


def programs():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        parts = rel.parts
        if len(parts) == 2:
            yield path
        elif len(parts) == 3 and path.name == "main.py":
            yield path


def header(path):
    result = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        for key in ("args:", "check:", "stdin:"):
            if body.startswith(key):
                result[key[:-1]] = body[len(key):].strip()
    return result


def stem(path):
    return path.with_suffix("")


def main():
    python = os.environ["CPYTHON314"]
    count = 0
    for path in programs():
        meta = header(path)
        args = meta.get("args", "").split()
        stdin = meta.get("stdin", "").replace("\\n", "\n").encode("utf-8")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0",
               "PYTHON_COLORS": "0", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
        folder = path.parent.resolve()
        proc = subprocess.run([python, path.name, *args], cwd=folder, env=env, input=stdin,
                              capture_output=True, timeout=TIMEOUT)
        out = proc.stdout.decode("utf-8", "surrogateescape").replace(str(folder), "$DIR")
        err = proc.stderr.decode("utf-8", "surrogateescape").replace(str(folder), "$DIR")
        base = stem(path)
        write(base.with_suffix(".out"), out)
        write(base.with_suffix(".err"), err if meta.get("check") == "stderr" else None)
        write(base.with_suffix(".rc"), f"{proc.returncode}\n" if proc.returncode != 0 else None)
        if proc.returncode != 0 and meta.get("check") != "stderr":
            print(f"note: {path} exited with {proc.returncode}; stderr not checked:\n{err[-2000:]}")
        count += 1
    print(f"conformance: recorded {count} programs")


def write(path, text):
    if text is None:
        if path.exists():
            path.unlink()
        return
    path.write_text(text, encoding="utf-8", errors="surrogateescape", newline="")


if __name__ == "__main__":
    main()
