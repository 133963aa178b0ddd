"""Records CPython 3.14's print() output and input() behaviour for tests/ProtoPython.Runtime.Tests.

Run: tools/record-expected console
Writes tests/ProtoPython.Runtime.Tests/goldens/console.json:
  "print": [{"args": [...], "kw": {...}, "errors": "strict"|"backslashreplace",
             "output": "<utf-8 bytes as latin-1 text>", "error"?: [type name, repr(args)]}]
     print(*args, **kw, file=f) where f is a TextIOWrapper over BytesIO with that error handler;
     values are encoded as in record_builtins.py (str, {"int"}, {"float"}, {"cps"}, None, ...).
  "input": {"stdin": text, "stdout": text, "results": [repr or "EOFError: message"]}
     input() called repeatedly with prompts on a child CPython fed `stdin`.
"""
import io
import json
import os
import struct
import subprocess
import sys

assert sys.version_info[:2] == (3, 14), sys.version


def enc(v):
    if v is None or v is True or v is False:
        return v
    if type(v) is int:
        return {"int": str(v)}
    if type(v) is float:
        return {"float": struct.pack(">d", v).hex()}
    if type(v) is str:
        return {"cps": [ord(c) for c in v]} if any(0xD800 <= ord(c) <= 0xDFFF for c in v) else v
    if type(v) is list:
        return {"list": [enc(x) for x in v]}
    if type(v) is tuple:
        return {"tuple": [enc(x) for x in v]}
    raise TypeError(v)


PRINTS = [
    ((), {}), ((1, 2, 3), {}), (("a", "b"), {"sep": ""}), (("a", "b"), {"sep": None, "end": None}), (("x",), {"end": ""}),
    (("x", "y"), {"sep": "--", "end": "!\n"}), ((1.5, None, True, [1, "a"], (2,)), {}), (("héllo wörld €",), {}), (("\U0001f600",), {}),
    (("a\ud800b",), {}), (("ok", "\udcff"), {}), (("a", "b"), {"flush": True}), ((), {"end": "\ud800"}), (("x",), {"sep": "\ud800"}),
    (("line1\nline2",), {"end": "\r\n"}),
]

prints = []
for errors in ["strict", "backslashreplace"]:
    for args, kw in PRINTS:
        raw = io.BytesIO()
        f = io.TextIOWrapper(raw, encoding="utf-8", errors=errors, newline="\n")
        entry = {"args": [enc(a) for a in args], "kw": {k: enc(v) for k, v in kw.items()}, "errors": errors}
        try:
            print(*args, **kw, file=f)
        except Exception as e:
            entry["error"] = [type(e).__name__, repr(e.args)]
        try:
            f.flush()
        except Exception:
            pass
        entry["output"] = raw.getvalue().decode("latin-1")
        prints.append(entry)

STDIN = "first line\r\nsecond\nthird without newline"
CHILD = """
results = []
for prompt in ['p1> ', '', 'p3> ', 'p4> ']:
    try:
        results.append(repr(input(prompt)))
    except EOFError as e:
        results.append('EOFError: ' + str(e))
import sys
sys.stderr.write(repr(results))
"""
proc = subprocess.run([os.environ.get("CPYTHON314", sys.executable), "-I", "-c", CHILD], input=STDIN.encode(), capture_output=True, check=True)
console = {"stdin": STDIN, "stdout": proc.stdout.decode(), "results": eval(proc.stderr.decode())}

out_path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Runtime.Tests", "goldens", "console.json")
with open(out_path, "w") as f:
    json.dump({"print": prints, "input": console}, f, indent=1, ensure_ascii=True)
    f.write("\n")
