"""Records list operation sequences with CPython 3.14 for tests/ProtoPython.Objects.Tests/List.

Run: $(/work/shared/tools/cpython314.sh) tools/objects/record_lists.py
Writes tests/ProtoPython.Objects.Tests/List/goldens/sums.json (long all-int lists near the int64
limits, so the vectorized sum kernel overflows at varied positions, with sum()) and
tests/ProtoPython.Objects.Tests/List/goldens/lists.jsonl.gz: one seeded random sequence a
line, {"seed", "mode", "ops": [[op, args, result, len, allocated], ...], "final": [items]}.
Values are encoded as in record_numbers.py ("i:<hex>", "f:<IEEE bits>", "b:True"); errors as
"e:Type: message"; allocated is CPython's list capacity from sys.getsizeof. A single NaN object
(and its negation) is used throughout, so identity-based matches agree with our bit identity.
"""
import gzip
import json
import os
import random
import struct
import sys

NAN = float("nan")
NEG_NAN = -NAN
EMPTY_SIZE = sys.getsizeof([])


def enc(v):
    if type(v) is bool:
        return "b:" + str(v)
    if type(v) is int:
        return "i:" + hex(v)
    if type(v) is float:
        return "f:" + struct.pack(">d", v).hex()
    raise TypeError(type(v))


def allocated(lst):
    return (sys.getsizeof(lst) - EMPTY_SIZE) // 8


EDGE_INTS = [0, 1, -1, 2, 7, 2**31, -2**31, 2**53, 2**53 + 1, 2**62, -2**62, 2**63 - 1, -2**63,
             2**63 - 2, -2**63 + 1]
BIG_INTS = [2**63, -2**63 - 1, 2**64, -2**64, 10**30, -(3**50)]
EDGE_FLOATS = [0.0, -0.0, 1.0, 2.0, -1.5, 0.1, float("inf"), float("-inf"), NAN, NEG_NAN,
               2.0**63, -2.0**63, 2.0**53, 1e308, 5e-324]


def gen_int(r):
    c = r.random()
    if c < 0.5:
        return r.randint(-5, 9)
    if c < 0.8:
        return r.choice(EDGE_INTS)
    return r.randint(-2**63, 2**63 - 1)


def gen_float(r):
    c = r.random()
    if c < 0.4:
        return float(r.randint(-5, 9))
    if c < 0.8:
        return r.choice(EDGE_FLOATS)
    return r.uniform(-1e6, 1e6)


def gen_value(r, mode):
    c = r.random()
    if mode == "int":
        return gen_int(r) if c < 0.97 else r.choice([True, False, 2.0, 2**64])
    if mode == "float":
        return gen_float(r) if c < 0.97 else r.choice([True, 1, 0, 2**63])
    if mode == "bool":
        return r.choice([True, False]) if c < 0.6 else gen_int(r)
    if mode == "big":
        return r.choice(BIG_INTS) if c < 0.4 else gen_int(r)
    if mode == "sum":
        return r.choice([2**63 - 1, 2**62, 2**62 + 12345, -2**63, -2**62]) if c < 0.8 else gen_int(r)
    # mixed
    return r.choice([gen_int, gen_float, lambda r: r.choice([True, False]), lambda r: r.choice(BIG_INTS)])(r)


def gen_index(r, n):
    c = r.random()
    if c < 0.8:
        return r.randint(-n - 2, n + 2)
    return r.choice([-10**18, 10**18, -2**62, 2**62])


def gen_bound(r, n):
    c = r.random()
    if c < 0.25:
        return None
    if c < 0.9:
        return r.randint(-n - 3, n + 3)
    return r.choice([-2**62, 2**62])


def run(seed, mode):
    r = random.Random(seed)
    lst = []
    ops = []
    nops = r.randint(5, 60)
    for _ in range(nops):
        n = len(lst)
        kind = r.choices(
            ["append", "insert", "pop", "popi", "set", "get", "extend", "extend_self", "slice",
             "reverse", "clear", "contains", "index", "count", "sum"],
            [30, 6, 4, 4, 5, 5, 5, 1, 6, 2, 1, 5, 4, 4, 3])[0]
        if mode == "sum" and r.random() < 0.5:
            kind = "append"
        args = []
        res = None
        try:
            if kind == "append":
                v = gen_value(r, mode)
                args = [enc(v)]
                lst.append(v)
            elif kind == "insert":
                i, v = gen_index(r, n), gen_value(r, mode)
                args = [i, enc(v)]
                lst.insert(i, v)
            elif kind == "pop":
                res = enc(lst.pop())
            elif kind == "popi":
                i = gen_index(r, n)
                args = [i]
                res = enc(lst.pop(i))
            elif kind == "set":
                i, v = gen_index(r, n), gen_value(r, mode)
                args = [i, enc(v)]
                lst[i] = v
            elif kind == "get":
                i = gen_index(r, n)
                args = [i]
                res = enc(lst[i])
            elif kind == "extend":
                other_mode = mode if r.random() < 0.7 else r.choice(["int", "float", "mixed"])
                other = [gen_value(r, other_mode) for _ in range(r.randint(0, 12))]
                args = [enc(v) for v in other]
                lst.extend(other)
            elif kind == "extend_self":
                lst.extend(lst)
            elif kind == "slice":
                a, b = gen_bound(r, n), gen_bound(r, n)
                s = r.choice([None, 1, 1, 2, 3, -1, -2, 0, -3])
                args = [a, b, s]
                sl = lst[a:b:s]
                res = {"items": [enc(v) for v in sl], "cap": allocated(sl)}
            elif kind == "reverse":
                lst.reverse()
            elif kind == "clear":
                lst.clear()
            elif kind in ("contains", "index", "count"):
                v = r.choice(lst) if lst and r.random() < 0.5 else gen_value(r, r.choice([mode, "mixed"]))
                args = [enc(v)]
                res = (v in lst) if kind == "contains" else lst.index(v) if kind == "index" else lst.count(v)
            elif kind == "sum":
                if not all(type(v) is int for v in lst):
                    continue
                res = enc(sum(lst))
        except (IndexError, ValueError) as e:
            res = "e:" + type(e).__name__ + ": " + str(e)
        ops.append([kind, args, res, len(lst), allocated(lst)])
    return {"seed": seed, "mode": mode, "ops": ops, "final": [enc(v) for v in lst]}


def record_sums(path):
    r = random.Random(2026)
    cases = []
    for k in range(40):
        n = r.choice([0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 257])
        style = k % 4
        if style == 0:
            items = [r.randint(-2**63, 2**63 - 1) for _ in range(n)]
        elif style == 1:
            items = [r.choice([2**63 - 1, 2**62, 2**61]) for _ in range(n)]
        elif style == 2:
            items = [r.choice([-2**63, -2**62, -1]) for _ in range(n)]
        else:
            items = [r.randint(-1000, 1000) for _ in range(n)]
            if n:
                items[r.randrange(n)] = r.choice([2**63 - 1, -2**63])
        cases.append({"items": [enc(v) for v in items], "sum": enc(sum(items))})
    with open(path, "w") as f:
        json.dump(cases, f, separators=(",", ":"))
        f.write("\n")


def run_shrink(seed):
    """Grow by appends (or one extend) past 32 slots, then pop down to empty: CPython's shrink points."""
    r = random.Random(seed)
    lst = []
    ops = []
    n = r.randint(20, 120)
    values = [r.randint(-9, 9) for _ in range(n)]
    if seed % 2:
        lst.extend(values)
        ops.append(["extend", [enc(v) for v in values], None, len(lst), allocated(lst)])
    else:
        for v in values:
            lst.append(v)
            ops.append(["append", [enc(v)], None, len(lst), allocated(lst)])
    while lst:
        if r.random() < 0.5:
            ops.append(["pop", [], enc(lst.pop()), len(lst), allocated(lst)])
        else:
            i = r.randint(-len(lst), len(lst) - 1)
            ops.append(["popi", [i], enc(lst.pop(i)), len(lst), allocated(lst)])
    return {"seed": seed, "mode": "shrink", "ops": ops, "final": []}


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "tests", "ProtoPython.Objects.Tests", "List", "goldens", "lists.jsonl.gz")
    record_sums(os.path.join(os.path.dirname(out), "sums.json"))
    modes = ["int", "float", "bool", "big", "sum", "mixed"]
    lines = []
    for seed in range(800):
        lines.append(json.dumps(run(seed, modes[seed % len(modes)]), separators=(",", ":")))
    for seed in range(40):
        lines.append(json.dumps(run_shrink(seed), separators=(",", ":")))
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode())
    print(out, len(lines), "sequences", sys.version.split()[0])


if __name__ == "__main__":
    main()
