"""Records CPython 3.14's results for int/float/complex/bool methods, constructors and operators.

Run: tools/record-expected numeric_methods
Writes tests/ProtoPython.Objects.Tests/Numbers/goldens/numeric_methods.jsonl.gz: one case a line,
{"k": kind, "n": name, "r": receiver, "a": [args], "kw": {name: arg}, "x": expected}.
Kinds: "m" method call r.n(*a, **kw); "a" attribute r.n; "op" binary operator n on a[0], a[1]
(pow3: pow(a[0], a[1], a[2])); "u" unary n of a[0] (neg pos abs invert repr str hash bool index);
"cmp" comparison n; "call" r(*a, **kw) for a type r; "sub" class X(r): pass.
Arguments: "i:<hex>" int, "f:<IEEE bits hex>" float, "c:<bits>:<bits>" complex, "b:True", "s:text",
"n:" None, "T:name" a type (builtins or MyInt/MyFloat/MyComplex, plain subclasses), "I:MyInt:<hex>",
"F:MyFloat:<bits>", "C:MyComplex:<bits>:<bits>" subclass instances, {"t": [...]} tuple, {"l": [...]} list.
Expected values are flat strings in the same encoding (tuples "t:(a|b)", lists "l:[a|b]", bytes
"y:<hex>", NotImplemented "N:", any NaN "f:nan"), or "e:Type: message".
"""
import gzip, json, math, operator, os, struct, sys

assert sys.version_info[:2] == (3, 14), sys.version

class MyInt(int):
    pass

class MyFloat(float):
    pass

class MyComplex(complex):
    pass

TYPES = {t.__name__: t for t in (int, float, complex, bool, str, list, tuple, type(None), MyInt, MyFloat, MyComplex)}
inf, nan = math.inf, math.nan


def bits(f):
    return struct.pack(">d", f).hex()


def fenc(f):
    return "nan" if math.isnan(f) else bits(f)


def unbits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def arg(v):
    """Argument encoding (nested JSON)."""
    t = type(v)
    if t is bool:
        return "b:" + str(v)
    if t is int:
        return "i:" + hex(v)
    if t is float:
        return "f:" + bits(v)
    if t is complex:
        return "c:" + bits(v.real) + ":" + bits(v.imag)
    if t is str:
        return "s:" + v
    if v is None:
        return "n:"
    if t is tuple:
        return {"t": [arg(x) for x in v]}
    if t is list:
        return {"l": [arg(x) for x in v]}
    if isinstance(v, type):
        return "T:" + v.__name__
    if t is MyInt:
        return "I:MyInt:" + hex(int(v))
    if t is MyFloat:
        return "F:MyFloat:" + bits(float(v))
    if t is MyComplex:
        return "C:MyComplex:" + bits(v.real) + ":" + bits(v.imag)
    raise TypeError(t)


def unarg(a):
    if isinstance(a, dict):
        if "t" in a:
            return tuple(unarg(x) for x in a["t"])
        return [unarg(x) for x in a["l"]]
    tag, _, rest = a.partition(":")
    if tag == "i":
        return int(rest, 16)
    if tag == "f":
        return unbits(rest)
    if tag == "c":
        re, im = rest.split(":")
        return complex(unbits(re), unbits(im))
    if tag == "b":
        return rest == "True"
    if tag == "s":
        return rest
    if tag == "n":
        return None
    if tag == "T":
        return TYPES[rest]
    name, _, payload = rest.partition(":")
    if tag == "I":
        return MyInt(int(payload, 16))
    if tag == "F":
        return MyFloat(unbits(payload))
    if tag == "C":
        re, im = payload.split(":")
        return MyComplex(complex(unbits(re), unbits(im)))
    raise ValueError(a)


def res(v):
    """Result encoding (flat string)."""
    t = type(v)
    if t is bool:
        return "b:" + str(v)
    if t is int:
        return "i:" + hex(v)
    if t is float:
        return "f:" + fenc(v)
    if t is complex:
        return "c:" + fenc(v.real) + ":" + fenc(v.imag)
    if t is str:
        return "s:" + v
    if t is bytes:
        return "y:" + v.hex()
    if v is None:
        return "n:"
    if v is NotImplemented:
        return "N:"
    if t is tuple:
        return "t:(" + "|".join(res(x) for x in v) + ")"
    if t is list:
        return "l:[" + "|".join(res(x) for x in v) + "]"
    if isinstance(v, type):
        return "T:" + v.__name__
    if t is MyInt:
        return "I:MyInt:" + hex(int(v))
    if t is MyFloat:
        return "F:MyFloat:" + fenc(float(v))
    if t is MyComplex:
        return "C:MyComplex:" + fenc(v.real) + ":" + fenc(v.imag)
    raise TypeError(t)


out = []
BIN = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
       "floordiv": operator.floordiv, "mod": operator.mod, "pow": operator.pow, "lshift": operator.lshift,
       "rshift": operator.rshift, "and": operator.and_, "or": operator.or_, "xor": operator.xor,
       "pow3": pow}
CMP = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge}
UN = {"neg": operator.neg, "pos": operator.pos, "abs": abs, "invert": operator.invert, "repr": repr, "str": str,
      "hash": hash, "bool": bool, "index": operator.index}


def case(kind, name, receiver=None, args=(), kw=None):
    kw = kw or {}
    try:
        if kind == "m":
            r = getattr(receiver, name)(*args, **kw)
        elif kind == "a":
            r = getattr(receiver, name)
        elif kind == "op":
            r = BIN[name](*args)
        elif kind == "cmp":
            r = CMP[name](*args)
        elif kind == "u":
            r = UN[name](*args)
        elif kind == "call":
            r = receiver(*args, **kw)
        elif kind == "sub":
            r = type("X", (receiver,), {})
            r = "T:X"
        else:
            raise ValueError(kind)
        x = r if isinstance(r, str) and kind == "sub" else res(r)
    except Exception as e:
        x = "e:" + type(e).__name__ + ": " + str(e)
    c = {"k": kind, "n": name, "x": x}
    if receiver is not None:
        c["r"] = arg(receiver)
    if args:
        c["a"] = [arg(v) for v in args]
    if kw:
        c["kw"] = {k: arg(v) for k, v in kw.items()}
    out.append(c)


import numeric_method_cases  # noqa: E402  (the case lists, kept apart)
numeric_method_cases.generate(case, MyInt, MyFloat, MyComplex)

path = os.path.join("tests", "ProtoPython.Objects.Tests", "Numbers", "goldens", "numeric_methods.jsonl.gz")
text = "".join(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in out)
with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
    f.write(text.encode("utf-8"))
print(len(out), "cases ->", path)
