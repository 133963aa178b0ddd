"""Differential fuzzing of the `_sre` engine (a developer tool, not a test): random patterns and
subjects, compiled to opcodes by CPython 3.14, run by CPython and by ./protopy; prints the first
differing lines.

    CPYTHON314=$(../shared/tools/cpython314.sh) $CPYTHON314 tools/regex/fuzz_sre.py [--seed N] [--count N]
"""

import argparse
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import gen_sre_programs as gen  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\d", "\\s", "\\b", "^", "$", "x", "\\W", "[a-c\\d]"]


def rand_pattern(rng, depth=0):
    parts = []
    groups = [0]
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.45 or depth > 2:
            p = rng.choice(ATOMS)
        elif r < 0.6:
            p = "(" + rand_pattern(rng, depth + 1) + ")"
        elif r < 0.7:
            p = "(?:" + rand_pattern(rng, depth + 1) + "|" + rand_pattern(rng, depth + 1) + ")"
        elif r < 0.75:
            p = "(?=" + rand_pattern(rng, depth + 1) + ")"
        elif r < 0.8:
            p = "(?!" + rand_pattern(rng, depth + 1) + ")"
        elif r < 0.85:
            p = "(?>" + rand_pattern(rng, depth + 1) + ")"
        elif r < 0.9:
            p = "(?<=" + rng.choice(["a", "b", "ab", "\\w"]) + ")"
        elif r < 0.95:
            p = "\\1"
        else:
            p = "(?(1)a|b)"
        if rng.random() < 0.4:
            p += rng.choice(["*", "+", "?", "*?", "+?", "??", "{1,2}", "{2}", "*+", "++", "{0,3}?"])
        parts.append(p)
    return "".join(parts)


def run(argv):
    """The program's output lines; a random pattern can backtrack for ages (under CPython too)."""
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=120).stdout.splitlines()
    except subprocess.TimeoutExpired:
        print("timed out:", " ".join(argv))
        return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--length", type=int, default=8)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cases = []
    while len(cases) < args.count:
        pat = rand_pattern(rng)
        flags = rng.choice([0, 0, re.I, re.M, re.S, re.A])
        try:
            re.compile(pat, flags)
        except (re.error, RecursionError, OverflowError):
            continue
        subjects = ["".join(rng.choice("abcx \n1") for _ in range(rng.randint(0, args.length))) for _ in range(3)]
        exprs = []
        for s in subjects:
            exprs += ["p.search(%r)" % s, "p.findall(%r)" % s, "p.fullmatch(%r)" % s, "p.sub('-', %r)" % s.replace("\\", "")]
        cases.append((pat, flags, exprs))
    text = gen.program(cases)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(text)
        path = f.name
    python = os.environ.get("CPYTHON314", sys.executable)
    expected = run([python, path])
    got = run([str(ROOT / "protopy"), path])
    bad = 0
    for e, g in zip(expected, got):
        if e != g:
            bad += 1
            if bad <= 10:
                print("expected:", e)
                print("got:     ", g)
    if len(expected) != len(got):
        print("line counts differ:", len(expected), len(got))
    print("%d lines, %d differ (%s)" % (len(expected), bad, path))


if __name__ == "__main__":
    main()
