"""Records bytes/bytearray/memoryview operations and str.encode/bytes.decode with CPython 3.14.

Run: tools/record-expected bytes   (or $(/work/shared/tools/cpython314.sh) tools/objects/record_bytes.py)
Writes tests/ProtoPython.Objects.Tests/Bytes/goldens/bytes_cases.json.gz: a list of
  {"group": name, "op": kind, "operands": [<input>...], "kw": {name: <input>}, "expect": <canonical>, "after": <canonical>}
op kinds: "call" (operands: receiver, method name as {"name": m}, args...), "new" (type name, args...),
"binop" (operator, a, b), "setitem"/"delitem" (receiver, key[, value]), "list" (list(x)), "hash" (hash under
PYTHONHASHSEED=0), "attr" (receiver, name), "str" (str(x)), "repr",
"pinned" (a call while a memoryview exports the receiver), "pinned-set" (receiver, key, value or None to delete, likewise), "classcall" (type name, method, args).
Inputs: {"i": "<int>"}, {"bool": b}, {"none": 0}, {"s": [code points]}, {"b": hex}, {"ba": hex},
{"mv": hex, "of": "b"|"ba", "sl": [start, stop, step] or null}, {"t": [...]}, {"l": [...]}, {"f": <IEEE-754 bits, hex>},
{"slice": [a, b, c]}, {"d": [[k, v], ...]}, {"iter": [...]}, {"name": text}.
Canonical results (compared as strings): "i:<int>", "True"/"False", "None", "s:<hex cp,...>", "b:<hex>",
"ba:<hex>", "mv:<hex>", "[a;b]", "(a;b)", "f:<repr>", "!<ExcType>: <str(exc)>" plus, for Unicode errors,
" @<start>,<end>,<reason>,<encoding>".
"""
import gzip
import json
import os
import struct
import sys

assert sys.version_info[:2] == (3, 14), sys.version
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0 (tools/record-expected sets it)"

OUT = os.path.join("tests", "ProtoPython.Objects.Tests", "Bytes", "goldens", "bytes_cases.json.gz")


def enc_in(v):
    if v is None:
        return {"none": 0}
    if type(v) is bool:
        return {"bool": v}
    if type(v) is int:
        return {"i": str(v)}
    if type(v) is float:
        return {"f": struct.pack(">d", v).hex()}
    if type(v) is str:
        return {"s": [ord(c) for c in v]}
    if type(v) is bytes:
        return {"b": v.hex()}
    if type(v) is bytearray:
        return {"ba": v.hex()}
    if type(v) is tuple:
        return {"t": [enc_in(x) for x in v]}
    if type(v) is list:
        return {"l": [enc_in(x) for x in v]}
    if type(v) is dict:
        return {"d": [[enc_in(k), enc_in(x)] for k, x in v.items()]}
    if type(v) is slice:
        return {"slice": [enc_in(v.start), enc_in(v.stop), enc_in(v.step)]}
    if type(v) is MV:
        return {"mv": v.data.hex(), "of": "b" if type(v.data) is bytes else "ba", "sl": v.sl}
    if type(v) is Name:
        return {"name": v.text}
    if type(v).__name__ == "It":
        return {"iter": [enc_in(x) for x in v.items]}
    raise TypeError(type(v))


def canon(v):
    if v is None:
        return "None"
    if type(v) is bool:
        return str(v)
    if type(v) is int:
        return "i:" + str(v)
    if type(v) is float:
        return "f:" + repr(v)
    if type(v) is str:
        return "s:" + ",".join("%x" % ord(c) for c in v)
    if type(v) is bytes:
        return "b:" + v.hex()
    if type(v) is bytearray:
        return "ba:" + v.hex()
    if type(v) is memoryview:
        return "mv:" + v.tobytes().hex()
    if type(v) is list:
        return "[" + ";".join(canon(x) for x in v) + "]"
    if type(v) is tuple:
        return "(" + ";".join(canon(x) for x in v) + ")"
    raise TypeError(type(v))


def canon_exc(e):
    s = "!" + type(e).__name__ + ": " + str(e)
    if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError)):
        s += " @%d,%d,%s,%s" % (e.start, e.end, e.reason, e.encoding)
    return s


class MV:
    """A memoryview to build: over a copy of data, optionally sliced."""
    def __init__(self, data, sl=None):
        self.data = data
        self.sl = sl

    def make(self):
        m = memoryview(type(self.data)(self.data))
        return m[slice(*self.sl)] if self.sl else m


class Name:
    def __init__(self, text):
        self.text = text


def materialize(v):
    if type(v) is MV:
        return v.make()
    if type(v).__name__ == "It":
        return iter(v.items)
    if type(v) in (bytearray,):
        return bytearray(v)
    if type(v) is list:
        return [materialize(x) for x in v]
    return v


OPS = {
    "+": lambda a, b: a + b, "*": lambda a, b: a * b, "%": lambda a, b: a % b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
    "in": lambda a, b: a in b, "[]": lambda a, b: a[b],
}

CASES = []


def run(group, op, operands, kw=None):
    kw = kw or {}
    live = [materialize(x) for x in operands]
    livekw = {k: materialize(x) for k, x in kw.items()}
    try:
        if op == "call":
            r = getattr(live[0], live[1].text)(*live[2:], **livekw)
        elif op == "classcall":
            r = getattr(TYPES[live[0].text], live[1].text)(*live[2:], **livekw)
        elif op == "new":
            r = TYPES[live[0].text](*live[1:], **livekw)
        elif op == "binop":
            op_name = live[0].text
            if op_name == "+=":
                x = live[1]
                x += live[2]
                r = x
            elif op_name == "*=":
                x = live[1]
                x *= live[2]
                r = x
            else:
                r = OPS[op_name](live[1], live[2])
        elif op == "setitem":
            live[0][live[1]] = live[2]
            r = None
        elif op == "delitem":
            del live[0][live[1]]
            r = None
        elif op == "list":
            r = list(live[0])
        elif op == "hash":
            r = hash(live[0])
        elif op == "attr":
            r = getattr(live[0], live[1].text)
        elif op == "str":
            r = str(live[0])
        elif op == "pinned":
            with memoryview(live[0]):
                r = getattr(live[0], live[1].text)(*live[2:], **livekw)
        elif op == "pinned-set":
            with memoryview(live[0]):
                if live[2] is None:
                    del live[0][live[1]]
                else:
                    live[0][live[1]] = live[2]
            r = None
        elif op == "repr":
            r = repr(live[0])
        elif op == "len":
            r = len(live[0])
        else:
            raise ValueError(op)
        expect = canon(r)
    except Exception as e:  # noqa: BLE001 - every exception is recorded
        expect = canon_exc(e)
    after = canon(live[1] if op == "binop" else live[0]) if op not in ("new", "classcall") and live and type(live[0]) is not Name else ""
    if op == "binop":
        after = canon(live[1]) if not isinstance(live[1], memoryview) else ""
    CASES.append({"group": group, "op": op, "operands": [enc_in(x) for x in operands],
                  "kw": {k: enc_in(x) for k, x in kw.items()}, "expect": expect, "after": after})


TYPES = {"bytes": bytes, "bytearray": bytearray, "memoryview": memoryview}
N = Name

import bytes_cases  # noqa: E402  (the case lists, next to this file)

bytes_cases.generate(run, MV, N)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with gzip.GzipFile(OUT, "wb", mtime=0) as f:
    f.write(json.dumps(CASES, separators=(",", ":"), sort_keys=True).encode())
print("bytes cases:", len(CASES), "->", OUT)
