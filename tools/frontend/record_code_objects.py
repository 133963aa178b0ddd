"""Records CPython 3.14 code objects and their dis output for the disassembler tests.

For each fixture (tests/frontend/dis/*.py, then tests/frontend/dis_formatter/*.py) it compiles
the file as `python -m dis NAME.py` does inside its folder, and writes one JSON object per
fixture to tests/frontend/dis_formatter/recorded.jsonl.gz:
  {"fixture": "dis/NAME.py", "code_objects": [...], "dis": {"default": ..., "caches": ...,
   "offsets": ..., "positions": ..., "depth0": ...}}
code_objects[0] is the module; nested code constants refer to others by index. Each code
object carries every co_* attribute plus co_localspluskinds (read from marshal, which is
the only place Python exposes it), co_lines(), co_positions() and dis.code_info().
Addresses (0x...) in dis text and code reprs are normalized to "0x...".

Run through tools/record-expected (which sets PYTHONHASHSEED=0 so set reprs are stable).
"""
import dis
import gzip
import io
import json
import marshal
import os
import re
import struct
import sys

assert sys.version_info[:2] == (3, 14), sys.version
assert os.environ.get("PYTHONHASHSEED") == "0", "run through tools/record-expected"

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FRONTEND = os.path.join(ROOT, "tests", "frontend")
OUT = os.path.join(FRONTEND, "dis_formatter", "recorded.jsonl.gz")
ADDRESS = re.compile(r"0x[0-9a-f]+")


def normalize(text):
    return ADDRESS.sub("0x...", text)


class MarshalReader:
    """Just enough of marshal's format to recover co_localspluskinds for each code object."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def int32(self):
        (v,) = struct.unpack_from("<i", self.data, self.pos)
        self.pos += 4
        return v

    def raw(self, n):
        v = self.data[self.pos:self.pos + n]
        self.pos += n
        return v

    def read(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7F)
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)
        value = self.read_body(t)
        if flag:
            self.refs[idx] = value
        return value

    def read_body(self, t):
        if t in "0NFTS.":
            return None
        if t == "i":
            return self.int32()
        if t == "l":
            n = self.int32()
            self.raw(2 * abs(n))
            return None
        if t == "g":
            self.raw(8)
            return None
        if t == "y":
            self.raw(16)
            return None
        if t in "stuaA":
            return self.raw(self.int32())
        if t in "zZ":
            return self.raw(self.byte())
        if t in "([<>":
            return [self.read() for _ in range(self.int32())]
        if t == ")":
            return [self.read() for _ in range(self.byte())]
        if t == ":":
            return [self.read() for _ in range(3)]
        if t == "{":
            items = []
            while True:
                k = self.read_or_null()
                if k is _NULL:
                    return items
                items.append((k, self.read()))
        if t == "r":
            return self.refs[self.int32()]
        if t == "c":
            for _ in range(5):
                self.int32()
            self.read()  # code
            consts = self.read()
            self.read()  # names
            self.read()  # localsplusnames
            kinds = self.read()
            for _ in range(3):
                self.read()  # filename, name, qualname
            self.int32()  # firstlineno
            self.read()  # linetable
            self.read()  # exceptiontable
            return {"kinds": list(kinds), "consts": consts}
        raise ValueError(f"unsupported marshal type {t!r} at {self.pos}")

    def read_or_null(self):
        if self.data[self.pos] == ord("0"):
            self.pos += 1
            return _NULL
        return self.read()


_NULL = object()


def float_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


class Recorder:
    def __init__(self):
        self.codes = []

    def const(self, c, marshal_const):
        r = {"repr": normalize(repr(c))}
        if c is None:
            r["t"] = "None"
        elif c is Ellipsis:
            r["t"] = "Ellipsis"
        elif isinstance(c, bool):
            r.update(t="bool", v=c)
        elif isinstance(c, int):
            r.update(t="int", v=str(c))
        elif isinstance(c, float):
            r.update(t="float", bits=f"{float_bits(c):016x}")
        elif isinstance(c, complex):
            r.update(t="complex", real_bits=f"{float_bits(c.real):016x}", imag_bits=f"{float_bits(c.imag):016x}")
        elif isinstance(c, str):
            r["t"] = "str"
            if any(0xD800 <= ord(ch) <= 0xDFFF for ch in c):
                r["cps"] = [ord(ch) for ch in c]
            else:
                r["v"] = c
        elif isinstance(c, bytes):
            r.update(t="bytes", hex=c.hex())
        elif isinstance(c, tuple):
            subs = marshal_const if isinstance(marshal_const, list) else [None] * len(c)
            r.update(t="tuple", items=[self.const(x, m) for x, m in zip(c, subs)])
        elif isinstance(c, frozenset):
            r.update(t="frozenset", items=[self.const(x, None) for x in c])
        elif isinstance(c, slice):
            r.update(t="slice", items=[self.const(x, None) for x in (c.start, c.stop, c.step)])
        elif hasattr(c, "co_code"):
            r.update(t="code", index=self.code(c, marshal_const))
        else:
            raise TypeError(f"unexpected constant {c!r}")
        return r

    def code(self, co, marshal_code):
        index = len(self.codes)
        self.codes.append(None)
        kinds = marshal_code["kinds"]
        names = [co._varname_from_oparg(i) for i in range(len(kinds))]
        consts = [self.const(c, m) for c, m in zip(co.co_consts, marshal_code["consts"])]
        self.codes[index] = {
            "argcount": co.co_argcount,
            "posonlyargcount": co.co_posonlyargcount,
            "kwonlyargcount": co.co_kwonlyargcount,
            "stacksize": co.co_stacksize,
            "flags": co.co_flags,
            "code": co.co_code.hex(),
            "consts": consts,
            "names": list(co.co_names),
            "localsplusnames": names,
            "localspluskinds": kinds,
            "varnames": list(co.co_varnames),
            "cellvars": list(co.co_cellvars),
            "freevars": list(co.co_freevars),
            "nlocals": co.co_nlocals,
            "filename": co.co_filename,
            "name": co.co_name,
            "qualname": co.co_qualname,
            "firstlineno": co.co_firstlineno,
            "linetable": co.co_linetable.hex(),
            "exceptiontable": co.co_exceptiontable.hex(),
            "lines": [list(x) for x in co.co_lines()],
            "positions": [list(x) for x in co.co_positions()],
            "code_info": normalize(dis.code_info(co)),
            "repr": normalize(repr(co)),
        }
        return index


def dis_text(co, **kwargs):
    out = io.StringIO()
    dis.dis(co, file=out, **kwargs)
    return normalize(out.getvalue())


def fixtures():
    for folder in ("dis", "dis_formatter"):
        path = os.path.join(FRONTEND, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith(".py"):
                yield folder, name


def main():
    count = 0
    # mtime=0 keeps the gzip header, and so the file, identical between runs.
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as out:
        for folder, name in fixtures():
            with open(os.path.join(FRONTEND, folder, name), "rb") as f:
                source = f.read()
            try:
                co = compile(source, name, "exec", dont_inherit=True)
            except SyntaxError:
                continue
            recorder = Recorder()
            recorder.code(co, MarshalReader(marshal.dumps(co)).read())
            record = {
                "fixture": f"{folder}/{name}",
                "code_objects": recorder.codes,
                "dis": {
                    "default": dis_text(co),
                    "caches": dis_text(co, show_caches=True),
                    "offsets": dis_text(co, show_offsets=True),
                    "positions": dis_text(co, show_positions=True),
                    "depth0": dis_text(co, depth=0),
                },
            }
            out.write(json.dumps(record, ensure_ascii=True, sort_keys=True) + "\n")
            count += 1
    print(f"recorded {count} fixtures to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
