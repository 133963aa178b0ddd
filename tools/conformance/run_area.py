"""Runs conformance programs with ./protopy and compares stdout, stderr (when checked) and exit status.

Usage: python3 tools/conformance/run_area.py AREA [NAME...] [-v] [--stderr-only]
Prints one line per failing program (with a unified diff under -v) and a pass count.
--stderr-only compares only standard error (for programs with `# check: stderr`).
Mirrors tools/conformance/record_conformance.py's environment and `$DIR` substitution.
"""

import difflib
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONF = ROOT / "tests" / "conformance"


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


def programs(area):
    for path in sorted((CONF / area).rglob("*.py")):
        rel = path.relative_to(CONF / area)
        if len(rel.parts) == 1 or (len(rel.parts) == 2 and path.name == "main.py"):
            yield path


def read(path):
    return path.read_text(encoding="utf-8") if path.exists() else None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    stderr_only = "--stderr-only" in sys.argv
    area, names = args[0], set(args[1:])
    exe = str(ROOT / "protopy")
    passed = failed = 0
    for path in programs(area):
        name = path.parent.name if path.name == "main.py" and path.parent != CONF / area else path.stem
        if names and name not in names:
            continue
        meta = header(path)
        stdin = meta.get("stdin", "").replace("\\n", "\n").encode("utf-8")
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHON_COLORS="0", LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
        folder = path.parent.resolve()
        try:
            proc = subprocess.run([exe, path.name, *meta.get("args", "").split()], cwd=folder, env=env,
                                  input=stdin, capture_output=True, timeout=60)
            out = proc.stdout.decode("utf-8", "surrogateescape").replace(str(folder), "$DIR")
            err = proc.stderr.decode("utf-8", "surrogateescape").replace(str(folder), "$DIR")
            rc = proc.returncode
        except subprocess.TimeoutExpired:
            out, err, rc = "", "<timeout>", -1
        base = path.with_suffix("")
        want_out = read(base.with_suffix(".out")) or ""
        want_err = read(base.with_suffix(".err")) if meta.get("check") == "stderr" else None
        want_rc = int((read(base.with_suffix(".rc")) or "0").strip())
        problems = []
        if stderr_only:
            if want_err is None:
                continue
            want_out, out, want_rc, rc = "", "", 0, 0
        if out != want_out:
            problems.append(("stdout", want_out, out))
        if want_err is not None and err != want_err:
            problems.append(("stderr", want_err, err))
        if rc != want_rc:
            problems.append(("rc", f"{want_rc}\n", f"{rc}\n"))
        if problems:
            failed += 1
            print(f"FAIL {area}/{name}: {', '.join(p[0] for p in problems)}")
            if verbose:
                for what, want, got in problems:
                    sys.stdout.writelines(difflib.unified_diff(
                        want.splitlines(True), got.splitlines(True), f"expected {what}", f"got {what}"))
                if want_err is None and err:
                    print("  stderr:", err[-1500:])
        else:
            passed += 1
    print(f"{area}: {passed} passed, {failed} failed")


if __name__ == "__main__":
    main()
