"""Records CPython 3.14's str behaviour for the ProtoPython str tests.

Run: tools/record-expected str_methods
Writes tests/ProtoPython.Objects.Tests/data/str_methods.jsonl.gz: one JSON object a line,
{"op": kind, "recv": value, "name": str, "args": [value...], "kw": {name: value}} plus
"r": repr(result) or "err": [exception type name, str(exception)].
ops: "call" (recv.name(*args, **kw)), "mod" (recv % args[0]), "mul" (recv * args[0]),
"rmul" (args[0] * recv), "format" (recv.__format__(args[0])), "getitem" (recv[args[0]]),
"iter" (list(iter(recv))), "new" (str(*args, **kw)), "contains" (args[0] in recv),
"typecall" (getattr(str, name)(*args)).
A value is {"s": text} (str without lone surrogates), {"cp": [code points]} (str with them),
{"i": "decimal"}, {"x": "hex, for ints past the str() digit limit"}, {"f": "16 hex digits of the IEEE bits"}, {"b": bool}, {"n": 0} (None),
{"t": [...]} tuple, {"l": [...]} list, {"d": [[k, v], ...]} dict.
"""
import gzip, json, math, os, struct, sys

assert sys.version_info[:2] == (3, 14), sys.version
sys.set_int_max_str_digits(4300)

def enc(v):
    if v is None:
        return {"n": 0}
    if type(v) is bool:
        return {"b": v}
    if type(v) is int:
        return {"i": str(v)} if v.bit_length() < 10000 else {"x": hex(v)}
    if type(v) is float:
        return {"f": struct.pack(">d", v).hex()}
    if type(v) is str:
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return {"cp": [ord(c) for c in v]}
        return {"s": v}
    if type(v) is tuple:
        return {"t": [enc(x) for x in v]}
    if type(v) is list:
        return {"l": [enc(x) for x in v]}
    if type(v) is dict:
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))

out = []

def record(op, recv, name="", args=(), kw=None, fn=None):
    kw = kw or {}
    try:
        r = fn()
    except Exception as e:
        res = {"err": [type(e).__name__, str(e)]}
    else:
        res = {"r": repr(r)}
    case = {"op": op, "recv": enc(recv), "name": name, "args": [enc(a) for a in args], "kw": {k: enc(v) for k, v in kw.items()}}
    case.update(res)
    out.append(case)

def call(recv, name, *args, **kw):
    record("call", recv, name, args, kw, lambda: getattr(recv, name)(*args, **kw))

def mod(fmt, arg):
    record("mod", fmt, "", (arg,), None, lambda: fmt % arg)

def fmt(value, spec):
    record("format", value, "", (spec,), None, lambda: type(value).__format__(value, spec))

# Receivers: ASCII, Latin-1, BMP, astral, lone surrogates, whitespace zoo.
TEXTS = ["", "a", "abc", "Hello, World", "  spaced  out  ", "a,b,,c,", "\tx\ty\n", "ÀÉÎõü ßẞ", "ΣΑΣ ΌΣΟΣ σς",
         "日本語テキスト", "😀a😀b😀", "a\U00010400b\U0001D11E", "\ud800x\udc00", "\udfff\ud83d", "ﬃ İstanbul ǅ",
         "\u2028line\u2029para\x1c\x1d\x1e\x85end", "a\r\nb\rc\nd\x0b\x0ce", " \u3000\u2002x\u00a0y\u200b ", "123",
         "١٢٣", "½⅓²", "Ⅻ", "_id3ntifier", "3abc", "tItLe CaSe", "Title Case", "UPPER", "lower"]

for s in TEXTS:
    for m in ["lower", "upper", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdigit", "isdecimal",
              "isnumeric", "isalnum", "isspace", "isidentifier", "isprintable", "isascii", "islower", "isupper",
              "istitle", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs", "__getnewargs__"]:
        call(s, m)
    call(s, "splitlines", True)
    call(s, "splitlines", keepends=True)
    call(s, "split", None, 1)
    call(s, "rsplit", None, 1)
    call(s, "split", maxsplit=0)
    call(s, "split", ",")
    call(s, "rsplit", ",", 1)
    for sub in ["", "a", "b", "😀", "\udc00", "ab", "\U00010400b"]:
        call(s, "find", sub)
        call(s, "rfind", sub)
        call(s, "count", sub)
        call(s, "index", sub)
        call(s, "partition", sub)
        call(s, "rpartition", sub)
        call(s, "startswith", sub)
        call(s, "endswith", sub)
        call(s, "replace", sub, "<>")
        call(s, "removeprefix", sub)
        call(s, "removesuffix", sub)
        record("contains", s, "", (sub,), None, lambda: sub in s)
    for start, end in [(1, None), (-2, None), (0, -1), (2, 1), (100, None), (-100, 100), (None, 2)]:
        call(s, "find", "a", start, end)
        call(s, "rfind", "", start, end)
        call(s, "count", "", start, end)
        call(s, "startswith", ("x", "a", "b"), start, end)
        call(s, "endswith", "c", start, end)
    for width in [0, 5, 12, -1]:
        call(s, "center", width)
        call(s, "ljust", width, "*")
        call(s, "rjust", width, "😀")
        call(s, "zfill", width)
    for i in [0, 1, -1, 5, -20]:
        record("getitem", s, "", (i,), None, lambda: s[i])
    record("iter", s, "", (), None, lambda: list(iter(s)))
    call(s, "strip", "a\ud800😀 ")
    call(s, "rstrip", "")
    call(s, "lstrip", None)
    call(s, "expandtabs", 4)
    call(s, "expandtabs", tabsize=0)
    call(s, "translate", {ord("a"): "AA", ord("b"): None, 0x1F600: 0xD800, ord("c"): 0x1F600})
    call(s, "translate", str.maketrans("abc", "xyz", "l"))
    call(s, "join", ["x", "y", "z"])
    record("mul", s, "", (3,), None, lambda: s * 3)
    record("rmul", s, "", (2,), None, lambda: 2 * s)
    record("mul", s, "", (-1,), None, lambda: s * -1)

# Edge cases of the argument handling and messages.
for recv, name, args, kw in [
    ("a", "find", (), {}), ("a", "find", ("a", 1, 2, 3), {}), ("a", "find", (1,), {}), ("a", "find", ("a", "x"), {}),
    ("a", "count", (1,), {}), ("a", "index", ("b",), {}), ("a", "rindex", ("b",), {}), ("a", "split", (1,), {}),
    ("a", "split", ("a", "b"), {}), ("a", "split", ("a", 1, 2), {}), ("a", "split", (), {"foo": 1}),
    ("a", "split", ("",), {}), ("a b c", "split", (), {"maxsplit": 1, "sep": None}), ("a b", "split", ("a",), {"sep": "b"}),
    ("a", "strip", (1,), {}), ("a", "strip", ("a", "b"), {}), ("a", "lstrip", (1,), {}), ("a", "replace", ("a",), {}),
    ("a", "replace", (1, "b"), {}), ("a", "replace", ("a", 1), {}), ("a", "replace", ("a", "b", "c"), {}),
    ("aaaa", "replace", ("a", "b", 2), {}), ("aaaa", "replace", ("a", "b"), {"count": 3}), ("aaaa", "replace", ("", "-", 2), {}),
    ("aaaa", "replace", ("", "-"), {}), ("abc", "replace", ("", "\ud800"), {}), ("a\udc00", "replace", ("a", "\ud800"), {}),
    ("a", "startswith", (1,), {}), ("a", "startswith", ((1,),), {}), ("a", "endswith", (1,), {}), ("abc", "startswith", ((),), {}),
    ("a", "center", (), {}), ("a", "center", ("x",), {}), ("a", "center", (5, "xy"), {}), ("a", "center", (5, 1), {}),
    ("a", "ljust", (5, 1), {}), ("a", "zfill", ("x",), {}), ("-42", "zfill", (6,), {}), ("+", "zfill", (3,), {}),
    ("a", "join", (1,), {}), ("a", "join", (["a", 1],), {}), ("-", "join", (("x",),), {}), ("-", "join", ("abc",), {}),
    ("\ud800", "join", (["\udc00", "\udc00"],), {}), ("", "join", (["\ud83d", "\ude00"],), {}),
    ("a", "partition", ("",), {}), ("a", "partition", (1,), {}), ("a", "rpartition", (1,), {}), ("a", "expandtabs", ("x",), {}),
    ("a\tb", "expandtabs", (-1,), {}), ("ab\tc\r\td", "expandtabs", (3,), {}), ("a", "splitlines", ("x",), {}),
    ("a\nb", "splitlines", (), {"keepends": 2}), ("a", "translate", (1,), {}), ("a", "translate", ({97: 1.5},), {}),
    ("a", "translate", ({97: 0x110000},), {}), ("a", "translate", ({97: -1},), {}), ("a", "translate", ([],), {}),
    ("a", "removeprefix", (1,), {}), ("a", "removesuffix", (1,), {}), ("a", "upper", (1,), {}), ("a", "isdigit", (), {"x": 1}),
    ("a", "format_map", (1,), {}), ("{a}", "format_map", (1,), {}), ("{a}", "format_map", ({"a": 5},), {}),
    ("{0}", "format_map", ({},), {}), ("{}", "format_map", ({},), {}),
    ("a", "__format__", (1,), {}), ("abc", "__format__", ("^7",), {}),
    ("a,b,c", "rsplit", (",",), {"maxsplit": 1}), ("  a  b  ", "rsplit", (None, 1), {}), ("a\u3000b", "split", (), {}),
    ("a\x1cb\x1fc\x85d\u200be", "split", (), {}), ("xxaxx", "strip", ("x",), {}), ("ab", "count", ("", 5), {}),
    ("ab", "find", ("", 2), {}), ("ab", "find", ("", 3), {}), ("abab", "count", ("ab", -3), {}), ("abcabc", "rindex", ("b", 0, -2), {}),
    ("a", "find", ("a", None, None), {}), ("a", "find", ("a", 2**70), {}), ("a", "find", ("a", -2**70), {}),
]:
    call(recv, name, *args, **kw)

for (a, b) in [(1, "maketrans"), ]:
    pass
for args in [(), (1,), ({"ab": 1},), ({1.5: 1},), ({"a": "b", 98: None, "c": 120},), ("ab", "c"), ("ab", 1), (1, "c"),
             ("a", "b", 1), ("abc", "xyz", "q"), ("a\ud800", "\udc00b"), (1, 2, 3, 4)]:
    record("typecall", "", "maketrans", args, None, lambda: str.maketrans(*args))

for s, n in [("ab", 0), ("ab", 1), ("ab", 3), ("😀", 4), ("\ud800", 2), ("a", "b"), ("a", 1.5), ("ab", 2**62), ("ab", 2**63), ("a", 2**40), ("a", True), ("", 2**62)]:
    record("mul", s, "", (n,), None, lambda: s * n)
record("rmul", "a", "", (1.5,), None, lambda: 1.5 * "a")

for i in [1.5, "x", None, 2**70, True]:
    record("getitem", "abc", "", (i,), None, lambda: "abc"[i])

for args, kw in [((), {}), ((1,), {}), (("a",), {}), ((1.5,), {}), ((None,), {}), (([1, "a"],), {}),
                 ((1, "ascii"), {}), ((), {"x": 1}), ((), {"object": 1}), ((), {"encoding": "ascii"}), (("a",), {"encoding": "ascii"}),
                 ((1,), {"object": 2}), ((1,), {"encoding": 1}), ((1, "a", "b", "c"), {}), (("\ud800",), {})]:
    record("new", "", "", args, kw, lambda: str(*args, **kw))

# printf-style formatting.
FLOATS = [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e16, 1e-5, 1e-4, 123456.789, 1e22, 1e100, 5e-324,
          1.7976931348623157e308, 0.1, 9.9999, 99999.5, math.pi, -math.e, math.inf, -math.inf, math.nan]
INTS = [0, 1, -1, 42, -255, 2**31, 2**63, -(2**64) - 1, 10**30, True]
for f in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05x", "%.3d", "%#5.3x", "%-+8.4d|", "%c", "%s", "%r", "%a", "%10s|", "%-10r|", "%.2s"]:
    for v in INTS + [1.7, -2.9, "x", None, "é😀", 0x1F600, -1, 0x110000]:
        mod(f, v)
for f in ["%e", "%E", "%f", "%F", "%g", "%G", "%.0e", "%.0f", "%.2f", "%.1f", "%#.0f", "%#g", "%.3g", "%.17g", "%10.4f|", "%-12e|", "%+f", "% .3e", "%010.3f", "%.20f", "%.0g", "%s", "%r", "%d"]:
    for v in FLOATS + [7, 2**80]:
        mod(f, v)
for f, a in [("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", 1), ("%(a)s", {"a": 1}), ("%(a", {"a": 1}), ("%(a)s %(b)r", {"a": 1, "b": "x"}),
             ("%((a))s", {"(a)": 2}), ("%*d", (5, 1)), ("%*d", ("x", 1)), ("%.*f", (2, 1.2345)), ("%-*d|", (-5, 1)), ("%", ()),
             ("%y", 1), ("%5%", ()), ("%5%", 1), ("%-5%|", (1,)), ("%s %(a)s", {"a": 1}), ("%(a)s %(a)s", {"a": 1}), ("%s", {"a": 1}), ("%%", ()), ("%s%%", 1), ("%(a)s %s", {"a": 1}), ("", 1), ("", ()), ("", {}), ("a", []),
             ("%ld", 5), ("%05s", "a"), ("%c", "ab"), ("%c", 1.5), ("%f", "s"), ("%f", None), ("%x", 1.5), ("%d", "x"),
             ("%s", [1]), ("%s", ()), ("%s", ((1, 2),)), ("%d", math.nan), ("%d", math.inf), ("%\u20ac", 1), ("\ud800%s", "\udc00"),
             ("%s and %r", ("😀", "😀")), ("%-5c|", 0x1F600), ("%(x)d", {"x": 3.7}), ("%.*s", (1, "abc")), ("%*.*f", (8, 2, math.pi))]:
    mod(f, a)

# The format-spec mini-language.
SPECS_INT = ["", "d", "5", "<5", ">5", "^6", "=+6", "x<7", "*^9", "05", "010,", "08,", "09,", "07,", "=8,", "x=8,", "011,",
             "_", ",", "_x", "#010_x", "_b", "#b", "#o", "#x", "#X", "X", "o", "b", "c", "n", "+", "-", " ", "e", "E", "f",
             ".2f", "g", "G", "%", ".1%", "z", "zd", ".2", ",_", "_,", ",x", "_n", ",n", ",c", "+c", "#c", "s", "abc", ".,d",
             "._x", "\u20ac", "\x00<5", "\u0663", "99999999999999999999999"]
for v in [0, 7, -7, 1234, -1234, 255, 65, 0x1F600, 12345678901234567890, -(10**25), True, False, -1, 0x110000, 2**1100]:
    for spec in SPECS_INT:
        fmt(v, spec)
SPECS_FLOAT = ["", "f", ".2f", ".0f", ".1f", ".3", ".4", ".17", "e", ".0e", ".3E", "g", ".1g", ".3g", ".4g", ".5g", ".17g", "G",
               "#", "#.0", "#.0e", "#g", "#.3g", "%", ".1%", ".0%", "n", ".3n", "10", "<10", "^10", "=+10", "010", "0=10.2f",
               "+", " ", "-", "z", "z.1f", "z.5e", "z.5g", "z%", ",", ",.2f", "_.3f", "010,.2f", ".,f", "._f", ".,e", ".9,g",
               ",.9_g", ".3,", "10.3_", ".,%", ".10,%", ".,n", ",n", ".,r", "d", "x", "c", "s", ".", ".f", "abc", ".,,f", ".,_f",
               "z+", "=^10", "\x00<5", ".100f", ".30e"]
for v in FLOATS + [1.5, -1e-30, 1234567.123456, 12345.678, 0.5, 1.25, 1e-7, 123456789.0, 1234567.0, 123456.0, 1e15, 9.5, -0.001]:
    for spec in SPECS_FLOAT:
        fmt(v, spec)
SPECS_STR = ["", "s", "5", "<5", ">5", "^6", "x^7", "*<4", ".2", "8.1", "05", "=5", "+", "#", "z", ",", "d", "x", ".,", "._s",
             ".2,", "\u20ac^5", "😀>4", "\ud800<3"]
for v in ["", "ab", "😀é", "\udc00z"]:
    for spec in SPECS_STR:
        fmt(v, spec)

# str.format.
FORMAT_CASES = [
    ("{}", (1,), {}), ("{} {}", (1, 2), {}), ("{1} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
    ("{a} {b}", (), {"a": 1, "b": "x"}), ("{a}", (), {}), ("{0}", (), {}), ("{2}", (1,), {}), ("{{}}", (), {}),
    ("{{{}}}", (5,), {}), ("}", (), {}), ("{", (), {}), ("a}b", (), {}), ("x{", (), {}), ("{0!r}", ("é",), {}),
    ("{0!a}", ("é😀",), {}), ("{0!s:>5}", (1,), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{0:{1}}", (3.14159, ".2f"), {}), ("{:{}{}}", (1, "<", 5), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:{:{:{}}}}", (1, 2, 3, 4), {}),
    ("{0[0]}", ([7, 8],), {}), ("{0[1]}", ("ab",), {}), ("{0[a]}", ({"a": 1},), {}), ("{a[0]}", (), {"a": "xyz"}),
    ("{0[}", ([1],), {}), ("{0[]}", ([1],), {}), ("{0]}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{0.}", (1,), {}),
    ("{0.__class__.__name__}", (5,), {}), ("{0.nope}", (5,), {}), ("{!r}", ("x",), {}), ("{:}", ("x",), {}),
    ("{0:x<{1}}", ("a", 4), {}), ("{:d}", ("a",), {}), ("{:s}", (1,), {}), ("{:,}", (10**10,), {}), ("{:.3%}", (0.25,), {}),
    ("{0}{1}{0}", ("ab", "😀"), {}), ("{0:\ud800^5}", ("x",), {}), ("{a{}", (), {}), ("{0:{}", (1,), {}), ("{0!", (1,), {}),
    ("{0:{a}}", (1,), {"a": 3}), ("{ }", (), {" ": 1}), ("{-1}", ([1],), {}), ("{00}", (7,), {}), ("{0[-1]}", ({"-1": 5},), {}),
    ("{0[0]}", ({0: "int"},), {}), ("{:>{w}.{p}f}", (3.14159,), {"w": 10, "p": 3}), ("{:{}}", (1,), {}),
    ("{99999999999999999999}", (1,), {}), ("\ud800{}\udc00", (1,), {}), ("{0:}", (None,), {}), ("{0:d}", (None,), {}),
    ("{0:5}", (None,), {}), ("{:%}", (5,), {}), ("{!r:^9}", ("ab",), {}), ("{0[0][1]}", ([[1, 2]],), {}),
]
for template, args, kw in FORMAT_CASES:
    call(template, "format", *args, **kw)

# Rounding stress: random doubles over the whole exponent range, formatted both ways.
import random
rng = random.Random(314)
RANDOM_FLOATS = []
for _ in range(400):
    bits = rng.getrandbits(64)
    x = struct.unpack(">d", bits.to_bytes(8, "big"))[0]
    if math.isfinite(x):
        RANDOM_FLOATS.append(x)
for _ in range(300):
    RANDOM_FLOATS.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)) + rng.choice([0.0, 0.5, 0.005, 0.0005]))
for _ in range(100):
    RANDOM_FLOATS.append(rng.randint(1, 10**6) / 2 ** rng.randint(1, 12))
for x in RANDOM_FLOATS:
    for spec in [".0f", ".2f", ".3e", ".0e", ".12g", ".17g", "", ".3", ".3%", ".16e", "g", "f"]:
        fmt(x, spec)
    for f in ["%.2f", "%.10g", "%e", "%r"]:
        mod(f, x)
for x in [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1e-320, 2.0**-1074 * 3, 9.95, 9.995, 0.9999999999999999, 999999.5, 9999999.5]:
    for spec in [".0f", ".1f", ".2f", ".0e", ".1e", ".1g", ".2g", ".15g", ".16g", ".17g", ".20g", ".30f", ".1%"]:
        fmt(x, spec)

# Big ints through every integer presentation and grouping.
for v in [2**64, -(2**100) + 1, 10**50, 3**200, 2**1000 - 1, -(16**40)]:
    for spec in ["", "d", ",", "_", "_x", "#_b", "#o", "X", "#X", "+", " ", "60", "<60", "^70,", "0=80,", "e", ".3g", "f", "%", "n"]:
        fmt(v, spec)
    for f in ["%d", "%x", "%#o", "%+.60d", "%e", "%g", "%s", "%r"]:
        mod(f, v)
for f, a in [("%c", 2**70), ("%*d", (2**40, 1)), ("%.*f", (2**40, 1.0)), ("%d", 10**5000), ("%x", 10**5000 // 10**4990)]:
    mod(f, a)
for v, spec in [(1, "99999999999"), ("a", "99999999999"), (1.5, "99999999999"), (1, "9999999999999999999"), ("a", ".99999999999"), (1.5, ".2147482624f"), (1.5, ".2147482624"), (1.5, ".2147483647%"), (2, ".2147482624e"), (1.5, ".1500f"), (1.5, ".1200e"), (2**-1074, ".1100e"), (2**-1074, ".1080f")]:
    fmt(v, spec)
for f in ["%99999999999d", "%.99999999999d", "%99999999999999999999d", "%.2147483647f", "%.2147483648f", "%.2147482624e", "%.2147482623s"]:
    mod(f, 1)
fmt(10**5000, "d")
fmt(10**5000, ",")
fmt(10**5000, "x")

# Unicode: every whitespace and line-break character, case mapping over whole blocks.
WHITESPACE = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
call("a" + WHITESPACE.join("bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM") + "z", "split")
call(WHITESPACE + "x" + WHITESPACE, "strip")
call("x".join(WHITESPACE) + "y", "rsplit", None, 5)
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
call("a".join(BREAKS) + "\r\n" + "b", "splitlines")
call("a".join(BREAKS) + "\r\n" + "b", "splitlines", True)
for start in [0x00, 0x80, 0x100, 0x180, 0x370, 0x400, 0x530, 0x10A0, 0x1E00, 0x1F00, 0x2160, 0x24B0, 0x2C00, 0xA640, 0xAB70,
              0xFB00, 0xFF20, 0x10400, 0x10C80, 0x118A0, 0x16E40, 0x1E900, 0x1D400]:
    block = "".join(chr(c) for c in range(start, start + 96))
    for m in ["lower", "upper", "casefold", "title", "capitalize", "swapcase", "isalpha", "isalnum", "isdecimal", "isdigit",
              "isnumeric", "isprintable", "isidentifier", "islower", "isupper", "istitle"]:
        call(block, m)
    for c in block[::7]:
        for m in ["isalpha", "isdigit", "isnumeric", "isprintable", "isidentifier", "istitle", "title", "upper"]:
            call(c, m)

# More str.format corners.
for template, args, kw in [
    ("{\u0661}", ("a", "b"), {}), ("{0!r:}", ("x",), {}), ("{0!s:{1}}", ("x", 4), {}), ("{:{}}{}", ("a", 3, "b"), {}),
    ("{0:{0}}", (5,), {}), ("{0:{{}}", (1,), {}), ("{:}}}", (1,), {}), ("{0:}}", (1,), {}), ("{0:{1}}}", (1, 2), {}),
    ("{a.b}", (), {"a": "x"}), ("{0[0]!r:>{1}}", (["x"], 6), {}), ("{0:^{1}.{2}}", ("abcdef", 9, 3), {}),
    ("{[0]}", ("xy",), {}), ("{.__class__.__name__}", ("s",), {}), ("{0[1:2]}", ({"1:2": "k"},), {}), ("{0[ ]}", ({" ": 1},), {}),
    ("{0:.{1}}", ("abc", -1), {}), ("{:{}}", ("a", "<<"), {}), ("{:{}}", ("a", 1.5), {}), ("x{}y{}z", ("😀", "\ud800"), {}),
]:
    call(template, "format", *args, **kw)

# Argument errors (counts, keywords, types) of the methods, including unbound calls on str.
s = "a,b,c"
for name, args, kw in [
    ("split", (",", 1, 2), {}), ("split", (), {"separator": ","}), ("split", (5,), {}), ("join", (), {}), ("join", (), {"iterable": []}),
    ("replace", ("a",), {}), ("replace", ("a", "b", 1, 2), {}), ("replace", ("a", "b", "1"), {}), ("replace", ("a", "b"), {"count": 1, "old": "x"}),
    ("replace", (), {"old": "a", "new": "b"}), ("find", (), {}), ("find", ("a", 0, 1, 2), {}), ("find", (), {"sub": "a"}), ("count", (), {}),
    ("startswith", (), {}), ("startswith", ("a", 0, 1, 2), {}), ("strip", ("a", "b"), {}), ("center", (), {}), ("center", (5, "x", "y"), {}),
    ("center", (9, "xy"), {}), ("ljust", ("5",), {}), ("zfill", (), {}), ("zfill", (5.5,), {}), ("upper", (1,), {}), ("partition", (), {}),
    ("partition", ("",), {}), ("rpartition", ("",), {}), ("splitlines", ("x",), {}), ("expandtabs", (4.0,), {}), ("expandtabs", (), {"tabsize": 2**70}),
    ("translate", (), {}), ("removeprefix", (1,), {}), ("index", (";",), {}), ("rindex", (";",), {}), ("isdigit", (1,), {}), ("splitlines", (), {"keepends": True, "x": 1}), ("splitlines", (True, False), {}), ("format_map", (), {}),
    ("__format__", (), {}), ("__format__", ("", ""), {}), ("__getnewargs__", (1,), {}), ("count", ("a", None, None, None), {}),
    ("zfill", (2**63,), {}), ("center", (-(2**63),), {}), ("ljust", (True,), {}), ("split", (",", 2**64), {}), ("split", (",", -2**64), {}),
    ("rsplit", (",", True), {}), ("__contains__", (1,), {}), ("__contains__", ("b",), {}), ("__len__", (), {}), ("__mod__", (1,), {}),
    ("__rmod__", ("x",), {}), ("__rmul__", (2,), {}), ("__getitem__", (-1,), {}),
]:
    call(s, name, *args, **kw)
for name, args in [("maketrans", ()), ("maketrans", ("a", "b", "c", "d")), ("upper", ()), ("upper", (5,)), ("split", (1.5,)),
                   ("join", ("-", ["a", "b"])), ("format", ("{}-{}", 1, 2)), ("__format__", ("ab", ">4")), 
                   ("__new__", ()), ("center", ("ab", 6, "+"))]:
    record("typecall", "", name, args, None, lambda: getattr(str, name)(*args))
call("{0}", "format", x=1)
for name, args in [("find", (None,)), ("replace", (None, "x")), ("replace", ("a", None)), ("partition", (None,)), ("removeprefix", (None,)),
                   ("removesuffix", (None,)), ("count", (None,)), ("startswith", (None,)), ("split", (None, None)), ("center", (3, None)),
                   ("join", ([None],)), ("strip", (1,)), ("translate", (None,)), ("__format__", (None,)), ("zfill", (None,)), ("index", (None,))]:
    call("a", name, *args)
for v in [1, 1.5, True]:
    record("format", v, "", (None,), None, lambda: type(v).__format__(v, None))
record("typecall", "", "maketrans", ("a", None), None, lambda: str.maketrans("a", None))
record("new", "", "", (1, None), None, lambda: str(1, None))

path = os.path.join("tests", "ProtoPython.Objects.Tests", "data", "str_methods.jsonl.gz")
text = "".join(json.dumps(case, ensure_ascii=True, sort_keys=True) + "\n" for case in out)
with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as f:
    f.write(text.encode("ascii"))
print(len(out), "cases ->", path)
