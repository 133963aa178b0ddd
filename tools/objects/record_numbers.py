"""Records CPython 3.14's int/float results for the ProtoPython object-model tests.

Run: $(/work/shared/tools/cpython314.sh) tools/objects/record_numbers.py
Writes tests/ProtoPython.Objects.Tests/Numbers/goldens/numbers.jsonl.gz: one JSON object a line,
{"op": name, "args": [value...], "r": value} or {"op", "args", "err": [type name, str(exc)]}.
A value is "i:<hex(v)>" (int), "t:<v>|<v>" (tuple), "f:<16 hex digits of the IEEE bits>" (float) or "b:True"/"b:False";
str results (repr, str, hex) are "s:<text>".
"""
import gzip, json, math, operator, os, struct, sys

assert sys.version_info[:2] == (3, 14), sys.version

def enc(v):
    if type(v) is bool:
        return "b:" + str(v)
    if type(v) is int:
        return "i:" + hex(v)  # hex: free of the 4300-digit str() limit
    if type(v) is tuple:
        return "t:" + "|".join(enc(x) for x in v)
    if type(v) is float:
        return "f:" + struct.pack(">d", v).hex()
    if type(v) is str:
        return "s:" + v
    raise TypeError(type(v))

INTS = []
for base in [0, 1, 2, 3, 7, 10, 255, 2**31, 2**32, 2**53, 2**62, 2**63, 2**64, 10**20, 10**40, 3**100, 2**127]:
    for d in (-1, 0, 1):
        v = base + d
        if v >= 0:
            INTS += [v, -v]
INTS += [123456789, -987654321, 12345678901234567890123, -(2**200 + 12345)]
INTS = sorted(set(INTS))

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -1.5, 2.5, 3.0, -7.25, 0.1, 1e16, 2.0**53, 2.0**63, -2.0**63,
          2.0**64, 1e308, -1e308, 5e-324, -5e-324, 1e-300, 123456.789, math.inf, -math.inf, math.nan]
SMALL_INTS = [0, 1, -1, 2, -3, 10, 2**53 + 1, -(2**63), 2**63, 10**40, -(3**100)]

out = []

def record(op, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        out.append({"op": op, "args": [enc(a) for a in args], "err": [type(e).__name__, str(e)]})
    else:
        out.append({"op": op, "args": [enc(a) for a in args], "r": enc(r)})

BIN = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "floordiv": operator.floordiv,
       "mod": operator.mod, "truediv": operator.truediv, "and": operator.and_, "or": operator.or_,
       "xor": operator.xor, "lshift": operator.lshift, "rshift": operator.rshift, "pow": operator.pow,
       "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt,
       "ge": operator.ge, "divmod": lambda a, b: divmod(a, b)}

def pow_ok(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return True
    if b < 0 or abs(a) <= 1:
        return True
    return b <= 4096 and a.bit_length() * b <= 40000

SHIFT_COUNTS = [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, 1000, -1, 2**63, 2**64]

for a in INTS:
    for b in INTS:
        for name in ["add", "sub", "mul", "floordiv", "mod", "truediv", "and", "or", "xor",
                     "eq", "ne", "lt", "le", "gt", "ge"]:
            record(name, BIN[name], a, b)
        if pow_ok(a, b):
            record("pow", BIN["pow"], a, b)
    for c in SHIFT_COUNTS:
        record("rshift", BIN["rshift"], a, c)
        if a == 0 or c < 2**62:
            record("lshift", BIN["lshift"], a, c)
    record("neg", operator.neg, a)
    record("pos", operator.pos, a)
    record("invert", operator.invert, a)
    record("abs", abs, a)
    record("bool", bool, a)
    record("hash", hash, a)
    record("repr", repr, a)
    record("float", float, a)

for a in [0, 1, -1, 2, 3, -7, 10, 2**63 - 1, -(2**63), 2**64 + 3, -(10**20)]:
    for b in [0, 1, 2, 5, -1, -2, 2**63, 10**20 + 1]:
        for m in [0, 1, -1, 2, 7, -7, 97, 2**63 + 5, -(2**61 - 1)]:
            record("pow3", pow, a, b, m)

NUMS = FLOATS + SMALL_INTS
for a in NUMS:
    for b in NUMS:
        if type(a) is int and type(b) is int:
            continue
        for name in ["add", "sub", "mul", "floordiv", "mod", "truediv", "pow", "divmod",
                     "eq", "ne", "lt", "le", "gt", "ge"]:
            if name == "pow" and isinstance(a, float) and a < 0 and math.isfinite(b) and b != int(b):
                continue  # complex result: not implemented yet
            if name == "pow" and isinstance(b, float) and isinstance(a, int) and a < 0 and math.isfinite(b) and b != int(b):
                continue
            record(name, BIN[name], a, b)

for f in FLOATS:
    record("neg", operator.neg, f)
    record("abs", abs, f)
    record("bool", bool, f)
    if not math.isnan(f):
        record("hash", hash, f)
    record("repr", repr, f)
for f in FLOATS + [1.5, -1.5, 0.999999, -0.999999, 4503599627370497.0, 9.2233720368547758e18,
                   -9.2233720368547758e18, 1.8446744073709552e19, 1e300, 2.0**1023]:
    record("trunc", int, f)
for f in [1.5, -2.5, 1e300, 4503599627370497.0, 0.3, 2.0**-1074, 1.0 / 3, 2.0**61, 2.0**61 - 1024.0, -(2.0**70)]:
    record("hash", hash, f)

# int <-> float exact comparisons around 2**53 and 2**63
for i in [2**53, 2**53 + 1, 2**53 - 1, -(2**53 + 1), 2**63, 2**63 - 1, 2**63 + 1, 2**64 + 1, 10**400, -(10**400)]:
    for f in [float(2**53), float(2**53 + 2), float(2**63), -float(2**53), 1e308, math.inf, -math.inf, math.nan, 0.5]:
        for name in ["eq", "ne", "lt", "le", "gt", "ge"]:
            record(name, BIN[name], i, f)
            record(name, BIN[name], f, i)
for i in [2**1023, 2**1024 - 1, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**54 + 3, 2**55 + 12, -(2**1024), 10**400]:
    record("float", float, i)

# correctly rounded int / int
for a in [10**40, 2**1100, 7**400, 2**1024 - 1, 1, -(10**40) - 1, 12345678901234567891]:
    for b in [3, 7, -11, 10**39, 3**500, 2**1100 + 1, 2**64 + 1]:
        record("truediv", BIN["truediv"], a, b)
for a in [1, 3, 2**53 + 1]:
    for b in [2**1074, 2**1075, 3 * 2**1073, 2**1076, 10**330]:
        record("truediv", BIN["truediv"], a, b)

# int(str, base)
PARSE = [("0", 10), ("  12  ", 10), ("-0x1F", 16), ("-0x1F", 0), ("0x_1f", 0), ("1_000", 10), ("1__0", 10),
         ("_1", 10), ("1_", 10), ("0b101", 0), ("0b101", 2), ("0o17", 8), ("0o17", 0), ("010", 0), ("00", 0),
         ("0_0", 0), ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1), ("", 10), ("+", 10), ("-", 10),
         (" ", 10), ("+7", 10), ("- 7", 10), ("1 2", 10), ("\u0661\u0662", 10), ("\u00a0 5 \u2003", 10),
         ("\uff11\uff10", 16), ("12a", 10), ("12a", 11), ("9223372036854775808", 10),
         ("-9223372036854775809", 10), ("18446744073709551616", 0), ("0x" + "f" * 40, 16), ("0X10", 16),
         ("0b2", 0), ("\u0663", 0), ("1\x00", 10), ("x" * 300, 10), ("5" * 4300, 10), ("5" * 4301, 10),
         ("-" + "5" * 4301, 10), ("1_" * 4300 + "1", 10), ("f" * 5000, 16), ("7" * 4301, 8), ("9" * 4301, 36),
         ("0b", 0), ("0x", 16), ("0_", 0), ("0__0", 0), ("08", 0), ("0_8", 0), ("\t-12\n", 0),
         ("1e5", 10), ("\u0661٢٣_٤", 10), ("²", 10), ("\U0001d7ce\U0001d7cf", 10)]
for s, base in PARSE:
    record("int", int, s, base)

# bool operands: int arithmetic, except &, |, ^ of two bools (bool's own slots)
BOOL_MIX = [True, False, 0, 1, -1, 2**63, 2.5]
for a in BOOL_MIX:
    for b in BOOL_MIX:
        if type(a) is not bool and type(b) is not bool:
            continue
        for name in ["add", "sub", "mul", "floordiv", "mod", "truediv", "pow", "eq", "lt", "ge"]:
            record(name, BIN[name], a, b)
        if type(a) is not float and type(b) is not float:
            for name in ["and", "or", "xor", "lshift", "rshift"]:
                record(name, BIN[name], a, b)
for a in [True, False]:
    for name, fn in [("neg", operator.neg), ("pos", operator.pos), ("abs", abs), ("hash", hash), ("float", float), ("repr", repr)]:
        record(name, fn, a)

# shift counts beyond memory or beyond 64 bits
for a, c in [(1, 2**62), (2**70, 2**62), (1, 2**63), (-5, 2**64), (0, 2**100), (1, -(2**100))]:
    record("lshift", BIN["lshift"], a, c)

# seeded random operands of mixed sizes (the rounding of / and float() on arbitrary values)
import random
rng = random.Random(20261121)
def rand_int():
    bits = rng.choice([1, 8, 31, 52, 53, 54, 62, 63, 64, 65, 100, 200, 1100])
    v = rng.getrandbits(bits)
    return -v if rng.random() < 0.5 else v
for _ in range(3000):
    a, b = rand_int(), rand_int()
    for name in ["truediv", "floordiv", "mod", "mul", "add", "and", "xor", "rshift" if b >= 0 else "sub"]:
        record(name, BIN[name], a, b if name != "rshift" else b % 200)
    record("float", float, a)
    record("pow3", pow, a, abs(b) % 1000, b or 7)
for _ in range(2000):
    x = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1), rng.random() * 10 ** rng.randint(-320, 308)])
    y = rand_int() if rng.random() < 0.5 else rng.uniform(-1e3, 1e3)
    for name in ["floordiv", "mod", "truediv", "lt", "eq", "add"]:
        record(name, BIN[name], x, y)
    record("hash", hash, x)
    record("repr", repr, x)
    record("floatstr", float, repr(x))

# float(str)
FLOAT_STRS = ["0", "1.5", " -2.5e10 ", "1e400", "-1e400", "1e-400", "inf", "-Infinity", "+NAN", "nan", "iNf",
              "infinity", "infinit", "1_000.5", "1__0", "_1", "1_", "1._5", "1.5_", "1e1_0", "1e_10", ".5", "5.",
              ".", "e5", "1e", "1e+", "0x10", "1,5", "", " ", "\u0661.\u0665", "\u00a01.25\u2003", "1.7976931348623157e308",
              "1.7976931348623159e308", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9e-324",
              "0.1", "123456789012345678901234567890", "9007199254740993", "-0", "-0.0", "+.0e-5", "1e5.5",
              "1.2.3", "--1", "+-1", "nan1", "in f", "1 2", "\x00", "1e0000000000000000000000001", "0" * 500 + "1e-500"]
for s in FLOAT_STRS:
    record("floatstr", float, s)

# str/repr of big ints and the digit limit
for v in [10**4299, 10**4300 - 1, 10**4300, -(10**4300), 2**20000]:
    record("repr", repr, v)

out_path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Objects.Tests",
                        "Numbers", "goldens", "numbers.jsonl.gz")
os.makedirs(os.path.dirname(out_path), exist_ok=True)
with gzip.GzipFile(out_path, "wb", mtime=0) as f:
    for rec in out:
        f.write((json.dumps(rec, ensure_ascii=True, sort_keys=True) + "\n").encode())
print(len(out), "cases")
