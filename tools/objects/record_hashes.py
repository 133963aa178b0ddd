"""Records CPython 3.14's hash() of str and tuple values for the ProtoPython hashing tests.

Run: $(/work/shared/tools/cpython314.sh) tools/objects/record_hashes.py
Each PYTHONHASHSEED in SEEDS runs in a child interpreter. Writes
tests/ProtoPython.Objects.Tests/Core/goldens/hashes.json:
  {"str": [{"seed": s, "cps": [code points], "hash": h}, ...],
   "tuple": [{"value": <encoded>, "hash": h}, ...]  (seed 0; only str items depend on the seed),
   "none": hash(None)}
A tuple item is encoded as ["i", "<int>"], ["f", "<float.hex()>"], ["b", bool], ["s", [cps]], ["n"], ["t", [items]].
"""
import json, os, subprocess, sys

assert sys.version_info[:2] == (3, 14), sys.version

SEEDS = ["0", "1", "42", "4294967295"]

STRS = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "hello, world", "\x00", "caf\xe9", "\xff" * 9,
        "\u20ac", "\u65e5\u672c\u8a9e", "\U0001f600", "a\U0001f600b", "\ud800", "a\udc80b", "\ud83d\ude00",
        "x" * 100, "\u0100" * 17, "\U00010000" * 3 + "z", "int", "__init__", "0123456789abcdef"]

VALUES = [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2,), (0.5, 1.0), (float("inf"), -0.0), (True, False, None),
          ("a",), ("a", "b", (1, (2, 3))), ((),), (2**64, -(2**100)), (1.5, "x", (None,)), tuple(range(20)),
          (float(2**53),), ("",)]

def enc(v):
    if v is None:
        return ["n"]
    if type(v) is bool:
        return ["b", v]
    if type(v) is int:
        return ["i", str(v)]
    if type(v) is float:
        return ["f", v.hex()]
    if type(v) is str:
        return ["s", [ord(c) for c in v]]
    if type(v) is tuple:
        return ["t", [enc(x) for x in v]]
    raise TypeError(v)

# sys.executable is the bare binary; the wrapper supplies its loader and library path.
PYTHON = subprocess.run(["/work/shared/tools/cpython314.sh"], capture_output=True, text=True, check=True).stdout.strip()

CHILD = "import json, sys; print(json.dumps([hash(''.join(map(chr, cps))) for cps in json.loads(sys.stdin.read())]))"

result = {"str": [], "tuple": [], "none": hash(None)}
cps_list = [[ord(c) for c in s] for s in STRS]
for seed in SEEDS:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([PYTHON, "-c", CHILD], input=json.dumps(cps_list), env=env,
                         capture_output=True, text=True, check=True).stdout
    for cps, h in zip(cps_list, json.loads(out)):
        result["str"].append({"seed": int(seed), "cps": cps, "hash": h})

CHILD_T = "import json, sys; inf = float('inf'); vals = eval(sys.stdin.read()); print(json.dumps([hash(v) for v in vals]))"
env = dict(os.environ, PYTHONHASHSEED="0")
out = subprocess.run([PYTHON, "-c", CHILD_T], input=repr(VALUES), env=env, capture_output=True,
                     text=True, check=True).stdout
for v, h in zip(VALUES, json.loads(out)):
    result["tuple"].append({"value": enc(v), "hash": h})

out_path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Objects.Tests", "Core", "goldens", "hashes.json")
with open(out_path, "w") as f:
    json.dump(result, f, indent=0)
    f.write("\n")
