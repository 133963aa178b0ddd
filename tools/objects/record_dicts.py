"""Record dict insertion/deletion sequences and their resulting order with CPython 3.14.

Run: PYTHONHASHSEED=0 $(/work/shared/tools/cpython314.sh) tools/objects/record_dicts.py
Writes tests/ProtoPython.Objects.Tests/Dict/goldens/dicts.jsonl.gz (gzip): one JSON object a line
{"ops": [...], "items": [[key, value], ...], "lookups": [[key, value-or-null], ...],
 "table": [log2 of the index table size, 1 if the keys table is str-only] or null}.

Keys are encoded with a type tag: ["i", "<decimal>"], ["f", "<IEEE bits as int64>"], ["b", 0|1],
["n"], ["s", [code points]], ["t", [keys]]. Ops: ["set", key, value], ["del", key, ok]
(ok = 0 when CPython raised KeyError). Values are ints.
"""
import gzip
import json
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 14), sys.version
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Objects.Tests",
                   "Dict", "goldens", "dicts.jsonl.gz")


def enc(k):
    if k is None:
        return ["n"]
    if isinstance(k, bool):
        return ["b", int(k)]
    if isinstance(k, int):
        return ["i", str(k)]
    if isinstance(k, float):
        return ["f", str(struct.unpack("<q", struct.pack("<d", k))[0])]
    if isinstance(k, str):
        return ["s", [ord(c) for c in k]]
    if isinstance(k, tuple):
        return ["t", [enc(x) for x in k]]
    raise TypeError(type(k))


def key_pool(rng):
    # Equal-but-different keys (1, 1.0, True; 0, -0.0, False), hash collisions (-1/-2,
    # 2**61-1 and 0), big ints, non-ASCII and astral str, nested tuples.
    pool = [0, 1, -1, -2, 2, 7, 8, 16, 2**61 - 1, 2**61, 2**63, -2**63, 2**64 + 3, 10**30,
            0.0, -0.0, 1.0, 0.5, 2.0, -1.5, 1e300, float("inf"), float("-inf"), 2.0**61, 2.0**64,
            True, False, None,
            "", "a", "b", "ab", "ba", "key", "é", "ü€", "\U0001F600x", "\ud800", "long" * 10,
            (), (1,), (1, 2), (2, 1), ("a", 1), (1.0, True), ((1,), (2, (3,))), (None, "x")]
    pool += [rng.randrange(-10**6, 10**6) for _ in range(40)]
    pool += ["k%d" % rng.randrange(1000) for _ in range(40)]
    pool += [rng.uniform(-100, 100) for _ in range(10)]
    pool += [(rng.randrange(50), "t%d" % rng.randrange(50)) for _ in range(20)]
    # Many keys that collide in the low bits of small tables.
    pool += [i * 8 for i in range(30)] + [i * 64 for i in range(30)]
    return pool


def table(d):
    """The index table of d as [log2 size, all-str keys], from sys.getsizeof (3.14's layout:
    64-byte dict object, 32-byte keys header, 1/2/4/8-byte indices, 16/24-byte entries);
    None while d still has the shared empty keys."""
    rest = sys.getsizeof(d) - sys.getsizeof({})
    if rest == 0:
        return None
    found = []
    for log2 in range(3, 40):
        width = 1 if log2 < 8 else 2 if log2 < 16 else 4 if log2 < 32 else 8
        for uni, esize in ((1, 16), (0, 24)):
            if 32 + (width << log2) + ((2 << log2) // 3) * esize == rest:
                found.append([log2, uni])
    assert len(found) == 1, (rest, found)
    return found[0]


def run_case(rng, nops, pdel, str_only=False):
    pool = key_pool(rng)
    if str_only:
        # Mostly str keys, with a rare int: CPython converts its str-only table by a resize.
        pool = [k for k in pool if isinstance(k, str)] + [123]
    rng.shuffle(pool)
    pool = pool[: rng.randrange(10, len(pool) + 1)]
    d = {}
    ops = []
    for n in range(nops):
        r = rng.random()
        if r < pdel:
            k = rng.choice(list(d)) if d and rng.random() < 0.8 else rng.choice(pool)
            try:
                del d[k]
                ok = 1
            except KeyError:
                ok = 0
            ops.append(["del", enc(k), ok])
        else:
            k = rng.choice(pool)
            d[k] = n
            ops.append(["set", enc(k), n])
    items = [[enc(k), v] for k, v in d.items()]
    lookups = [[enc(k), d.get(k)] for k in pool]
    return {"ops": ops, "items": items, "lookups": lookups, "table": table(d)}


def main():
    rng = random.Random(20251121)
    cases = []
    for _ in range(120):
        cases.append(run_case(rng, rng.randrange(1, 40), rng.choice([0.0, 0.2, 0.5])))
    for _ in range(30):
        cases.append(run_case(rng, rng.randrange(100, 500), rng.choice([0.1, 0.3, 0.45])))
    for _ in range(30):
        cases.append(run_case(rng, rng.randrange(5, 200), rng.choice([0.0, 0.3]), str_only=True))
    text = "".join(json.dumps(c, separators=(",", ":")) + "\n" for c in cases)
    with open(OUT, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
        g.write(text.encode("utf-8"))


main()
