"""Records CPython 3.14's argument-parsing errors for ArgParser (src/Objects/Functions/ArgParser.cs).

Run: tools/record-expected argparser
Writes tests/ProtoPython.Objects.Tests/Functions/goldens/argparser.json: for real CPython functions
whose parameters are parsed by Argument Clinic (_PyArg_UnpackKeywords) or _PyArg_CheckPositional,
every call shape (a number of positional arguments plus a set of keyword names) and the TypeError
message CPython gives, or null when the arguments were accepted (the sample values are valid).
"""
import itertools
import json
import os
import sys

assert sys.version_info[:2] == (3, 14), sys.version

# fname, callable, [(name, sample value)], min_args, pos_only, max_pos (-1: all)
CLINIC = [
    ("split", "a b".split, [("sep", " "), ("maxsplit", 1)], 0, 0, -1),
    ("replace", "a".replace, [("old", "a"), ("new", "b"), ("count", 1)], 2, 2, -1),
    ("sort", [].sort, [("key", None), ("reverse", False)], 0, 0, 0),
    ("from_bytes", int.from_bytes, [("bytes", b""), ("byteorder", "big"), ("signed", False)], 1, 0, 2),
    ("round", round, [("number", 1.5), ("ndigits", 1)], 1, 0, -1),
    ("splitlines", "a".splitlines, [("keepends", True)], 0, 0, -1),
    ("encode", "a".encode, [("encoding", "utf-8"), ("errors", "strict")], 0, 0, -1),
    ("pow", pow, [("base", 2), ("exp", 3), ("mod", 5)], 2, 0, -1),
    ("to_bytes", (5).to_bytes, [("length", 1), ("byteorder", "big"), ("signed", False)], 0, 0, 2),
]

# name, callable, min, max, sample values
POSITIONAL = [
    ("divmod", divmod, 2, 2, [7, 2]),
    ("getattr", getattr, 2, 3, [1, "real", None]),
    ("setattr", setattr, 3, 3, [type("C", (), {}), "x", 1]),
    ("isinstance", isinstance, 2, 2, [1, int]),
    ("iter", iter, 1, 2, [[1], None]),
    ("next", next, 1, 2, [iter([1]), None]),
]

EXTRA_KEYWORDS = ["x", "sepp", "Key", "maxsplt", "revers", "byteordr"]


def call(fn, pos, kw):
    try:
        fn(*pos, **kw)
    except TypeError as e:
        return str(e)
    return None


clinic_cases = []
for fname, fn, params, min_args, pos_only, max_pos in CLINIC:
    names = [n for n, _ in params]
    samples = [v for _, v in params]
    calls = []
    kw_pool = names + EXTRA_KEYWORDS
    for npos in range(len(names) + 2):
        for nkw in range(0, 3):
            for kws in itertools.combinations(kw_pool, nkw):
                pos = [samples[i] if i < len(samples) else 0 for i in range(npos)]
                kw = {k: samples[names.index(k)] if k in names else 0 for k in kws}
                calls.append({"npos": npos, "kw": list(kws), "error": call(fn, pos, kw)})
    clinic_cases.append({"fname": fname, "names": [("" if i < pos_only else n) for i, n in enumerate(names)],
                         "min": min_args, "posOnly": pos_only, "maxPos": max_pos, "calls": calls})

positional_cases = []
for name, fn, lo, hi, samples in POSITIONAL:
    calls = []
    for npos in range(hi + 2):
        pos = [samples[i] if i < len(samples) else 0 for i in range(npos)]
        if name == "next" and npos > 0:
            pos[0] = iter([1])
        if name == "iter" and npos == 2:
            pos[0] = int
        calls.append({"npos": npos, "kw": [], "error": call(fn, pos, {})})
    calls.append({"npos": lo, "kw": ["x"], "error": call(fn, samples[:lo], {"x": 1})})
    positional_cases.append({"fname": name, "min": lo, "max": hi, "calls": calls})

out_path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Objects.Tests", "Functions", "goldens", "argparser.json")
os.makedirs(os.path.dirname(out_path), exist_ok=True)
with open(out_path, "w") as f:
    json.dump({"clinic": clinic_cases, "positional": positional_cases}, f, indent=0)
    f.write("\n")
