"""Times perf/workloads/regex.py's matching work on the `_sre` engine alone, under CPython 3.14
and ./protopy, while `import re` does not work yet under ProtoPython (a developer tool).

The workload's patterns are compiled to opcodes here by CPython's re compiler; the generated
program gets a small stand-in `re` object (compile, sub, the flags) over `_sre.compile`, then
runs the workload's own code unchanged.

    CPYTHON314=$(../shared/tools/cpython314.sh) $CPYTHON314 tools/regex/time_sre_workload.py
"""

import os
import pathlib
import re
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import gen_sre_programs as gen  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORKLOAD = ROOT / "perf" / "workloads" / "regex.py"

PRELUDE = '''import _sre


class _Re:
    IGNORECASE = 2
    VERBOSE = 64

    def compile(self, pattern, flags=0):
        return _COMPILED[pattern, int(flags)]

    def sub(self, pattern, repl, string, count=0):
        return _COMPILED[pattern, 0].sub(repl, string, count)


re = _Re()
_COMPILED = {}
'''


def main():
    source = WORKLOAD.read_text(encoding="utf-8")
    seen = []
    real_compile, real_sub = re.compile, re.sub

    def compile_(pattern, flags=0):
        seen.append((pattern, int(flags)))
        return real_compile(pattern, flags)

    def sub_(pattern, repl, string, count=0):
        seen.append((pattern, 0))
        return real_sub(pattern, repl, string, count=count)

    re.compile, re.sub = compile_, sub_
    try:
        exec(compile(source.replace("N = 20000", "N = 10"), str(WORKLOAD), "exec"), {"__name__": "probe"})
    finally:
        re.compile, re.sub = real_compile, real_sub
    lines = [PRELUDE]
    for pattern, flags in dict.fromkeys(seen):
        pat, fl, code, groups, groupindex, indexgroup = gen.capture(pattern, flags)
        lines.append("_COMPILED[%r, %d] = _sre.compile(%r, %d, %r, %d, %r, %r)\n" % (
            pattern, flags, pat, fl, [int(c) for c in code], groups, dict(groupindex), tuple(indexgroup)))
    lines.append(source.replace("import re\n", "", 1))
    out = pathlib.Path("/tmp/regex_sre_workload.py")
    out.write_text("".join(lines), encoding="utf-8")
    python = os.environ.get("CPYTHON314", sys.executable)
    for name, argv in [("python3.14", [python, str(out)]), ("protopy", [str(ROOT / "protopy"), str(out)])]:
        t = time.perf_counter()
        r = subprocess.run(argv, capture_output=True, text=True)
        print("%-10s %6.2f s  %s" % (name, time.perf_counter() - t, (r.stdout or r.stderr).strip()[-160:]))


if __name__ == "__main__":
    main()
