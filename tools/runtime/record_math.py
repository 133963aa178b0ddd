"""Records CPython 3.14's math-module results for ProtoPython's runtime tests.

Run: tools/record-expected math
Writes tests/ProtoPython.Runtime.Tests/Math/goldens/math_cases.jsonl.gz (gzip, mtime 0): one JSON object a line,
{"f": function name, "args": [value...], "kw": {name: value}, "r": value} or, for a raised
exception, {"f", "args", "kw", "err": [type name, str(exc)]}.
A value is "i:<hex(v)>" (int), "f:<16 hex digits of the IEEE bits>" (float), "b:True"/"b:False",
"s:<text>" (str), "n:" (None), or a JSON list ["list", v...] / ["tuple", v...].
"""
import gzip, json, math, os, random, struct, sys

assert sys.version_info[:2] == (3, 14), sys.version

OUT = os.path.join("tests", "ProtoPython.Runtime.Tests", "Math", "goldens", "math_cases.jsonl.gz")


def enc(v):
    if type(v) is bool:
        return "b:" + str(v)
    if type(v) is int:
        return "i:" + hex(v)
    if type(v) is float:
        return "f:" + struct.pack(">d", v).hex()
    if type(v) is str:
        return "s:" + v
    if v is None:
        return "n:"
    if type(v) in (list, tuple):
        return [type(v).__name__] + [enc(x) for x in v]
    raise TypeError(type(v))


cases = []


def record(name, *args, **kw):
    f = getattr(math, name)
    case = {"f": name, "args": [enc(a) for a in args], "kw": {k: enc(v) for k, v in kw.items()}}
    try:
        r = f(*args, **kw)
    except Exception as e:
        case["err"] = [type(e).__name__, str(e)]
    else:
        case["r"] = enc(r)
    cases.append(case)


rng = random.Random(314)

SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, 0.1, -0.1, 1e-300, -1e-300, 5e-324, -5e-324,
           2.2250738585072014e-308, 1e-20, 1e-10, 1e308, -1e308, 1.7976931348623157e308, 709.78, 710.0, -745.2,
           -746.0, 30.0, 100.0, -100.0, 171.5, 172.0, -200.5, -201.5, 0.9999999999999999, 1.0000000000000002,
           math.pi, math.pi / 2, math.e, 1e16, 2.0 ** 52 + 0.5, 2.0 ** 53, 1e22, -1e22,
           math.inf, -math.inf, math.nan, 4.5, -4.5, 1.5, -1.5, 0.25, 7.0, -7.0, 123.456, -1e-5, 1e-5]
INTS = [0, 1, -1, 2, 3, 5, 10, -7, 100, 2 ** 53 + 1, 2 ** 63, -(2 ** 63), 10 ** 20, 2 ** 1023, 2 ** 1024, 2 ** 1100,
        -(2 ** 1100), 10 ** 400, True, False]


def randoms(n):
    out = []
    for _ in range(n):
        kind = rng.randrange(4)
        if kind == 0:
            out.append(rng.uniform(-1.0, 1.0))
        elif kind == 1:
            out.append(rng.uniform(-20.0, 20.0))
        elif kind == 2:
            out.append(rng.uniform(-800.0, 800.0))
        else:
            out.append(math.ldexp(rng.random(), rng.randrange(-1070, 1024)) * rng.choice((1, -1)))
    return out


UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2",
         "expm1", "fabs", "gamma", "lgamma", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "degrees", "radians",
         "isfinite", "isinf", "isnan", "frexp", "modf", "ulp", "ceil", "floor", "trunc", "log", "log2", "log10"]
RANDOM = randoms(40)
for name in UNARY:
    for x in SPECIAL + INTS + RANDOM:
        record(name, x)
    record(name, "a")
    record(name, None)
    record(name)
    record(name, 1.0, 2.0)
    record(name, x=1.0)

for x in [0, 1, 5, 20, 21, 25, 100, 170, -1, -(10 ** 30), 10 ** 30, 2 ** 63, True, 5.0, "5", None]:
    record("factorial", x)
for x in [0, 1, 2, 3, 4, 15, 16, 17, 2 ** 52 - 1, 2 ** 52, 2 ** 64 - 1, 2 ** 64, 10 ** 40 + 1, (10 ** 20 + 7) ** 2,
          (10 ** 20 + 7) ** 2 - 1, 3 ** 301, -1, 2.0, True]:
    record("isqrt", x)

PAIRS = [(0.0, 0.0), (-0.0, -1.0), (0.0, -1.0), (1.0, 0.0), (-1.0, -0.0), (math.inf, math.inf), (-math.inf, math.inf),
         (math.inf, -math.inf), (math.nan, 1.0), (1.0, math.nan), (math.nan, 0.0), (1.0, math.inf), (2.0, math.inf),
         (0.5, -math.inf), (-1.0, math.inf), (math.inf, 1.0), (math.inf, -1.0), (math.inf, 0.0), (-math.inf, 3.0),
         (-math.inf, -3.0), (-math.inf, 2.0), (-math.inf, -2.5), (10, 3), (11, 3), (-10, 3), (10, -3), (3.5, 1.0),
         (4.5, 1.0), (5.5, 1.0), (-2.0, 0.5), (-2.0, 3.0), (-8.0, 1.0 / 3), (2.0, 1024.0), (2.0, -1075.0),
         (1e308, 10.0), (0.0, -1.0), (-0.0, -3.0), (-0.0, 3.0), (5e-324, 0.5), (1e-300, 1e-300), (7, 2 ** 1100),
         (2 ** 1100, 2), (True, 2), (1, "a"), ("a", 1)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log"]:
    for x, y in PAIRS:
        record(name, x, y)
    for _ in range(25):
        x, y = rng.choice(RANDOM + SPECIAL), rng.choice(RANDOM + SPECIAL)
        record(name, x, y)
    record(name, 1.0)
    record(name, 1.0, 2.0, 3.0)
for x, y in [(1.0, 2.0), (1.0, 0.0), (-1.0, -1.0), (0.0, 2.0), (1.0, 2 ** 70), (1.0, -(2 ** 70)), (1.0, 3.0),
             (1.0, True), (math.inf, 5), (0.0, 5), (1.5, -1074), (1.5, -1075), (1.0, 1023), (1.0, 1024), (3, 4)]:
    record("ldexp", x, y)
for x, y, s in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 5), (0.0, -1.0, 3), (-0.0, 1.0, 1), (1.0, -1.0, 2 ** 70),
                (1.0, 0.5, 10 ** 6), (math.nan, 1.0, 2), (1.0, math.nan, 2), (1.0, 1.0, 3), (1.0, 2.0, -1),
                (1.0, 2.0, 2.0), (5e-324, -5e-324, 1), (5e-324, -5e-324, 2), (-1.0, 1.0, 2 ** 62)]:
    record("nextafter", x, y, steps=s)
record("nextafter", 1.0, 2.0, steps=None)
record("nextafter", 1.0, 2.0, step=1)

for args in [(), (3, 4), (3, 4, 12), (1e308, 1e308), (5e-324, 5e-324), (5e-324, 1e-310, 3e-320), (math.inf, math.nan),
             (math.nan, 1.0), (0.0, -0.0), (-3.0,), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (1e-200, 1e-200, 1e-200),
             (2 ** 1100, 1), (1, "a")] + [tuple(randoms(rng.randrange(2, 7))) for _ in range(30)]:
    record("hypot", *args)
for p, q in [((0, 0), (3, 4)), ([1.5, 2.5, -3.0], (0.5, 0.5, 0.5)), ((), ()), ((1,), (1, 2)), ((math.inf,), (math.inf,)),
             ((1e308, -1e308), (-1e308, 1e308)), ([1, "a"], [1, 2])] + \
        [(tuple(randoms(3)), tuple(randoms(3))) for _ in range(20)]:
    record("dist", p, q)
record("dist", 1, 2)

for args in [(), (0,), (-12,), (12, 18), (-12, 18), (0, 0), (2 ** 100, 2 ** 80 * 3), (3, 5, 7), (1, 2.0),
             (10 ** 30, 15, 10 ** 20), (True, 4), (6, 10, 15)]:
    record("gcd", *args)
    record("lcm", *args)
for n, k in [(10, 3), (3, 10), (0, 0), (5, 5), (60, 30), (100, 50), (10 ** 20, 3), (-1, 2), (2, -1), (5, 2.0),
             (5.0, 2), (True, True), (2 ** 64, 2), (1000, 998)]:
    record("comb", n, k)
    record("perm", n, k)
for n in [5, 0, -1, 5.0, 20]:
    record("perm", n)
record("perm", 5, None)
record("comb", 1)
record("perm")

FSUMS = [[], [0.1] * 10, [1e100, 1.0, -1e100], [1e308, 1e308], [math.inf, -math.inf], [math.inf, 1.0],
         [math.nan, 1.0], [1e-16, 1, 1e16], [1, 2, 3], [2 ** 1100], [1.0, "a"], [-0.0], [0.0, -0.0], [-0.0, -0.0],
         [1e308, -1e308, 1e308], [5e-324] * 7, [1.7976931348623157e308, 9.979201547673598e291]]
for _ in range(30):
    FSUMS.append([rng.choice((1, -1)) * math.ldexp(rng.random(), rng.randrange(-60, 60)) for _ in range(rng.randrange(1, 30))])
for xs in FSUMS:
    record("fsum", xs)
record("fsum", 1)

for xs, kw in [([1, 2, 3, 4], {}), ([], {}), ([0.5, 4], {}), (list(range(1, 21)), {}), (list(range(1, 30)), {}),
               ([2.0, 3], {"start": 2}), ([], {"start": 2.5}), ([3, 0.5, 2 ** 70], {}), ([True, 3], {}),
               ([2 ** 62, 4], {}), ([1e308, 10.0], {}), ([1, None], {}), ([2, 3], {"start": None})]:
    record("prod", xs, **kw)
record("prod")
record("prod", [1], 2)
record("prod", [2], strt=1)

SUMPRODS = [([1, 2, 3], [4, 5, 6]), ([], []), ([1], [2, 3]), ([1.5, 2.5], [3, 4]), ([1, 2.5], [True, 2]),
            ([0.1] * 10, [10] * 10), ([1e308, 1e308], [10.0, -10.0]), ([2 ** 62, 2 ** 62], [4, 4]),
            ([2 ** 100, 1.5], [3, 2.0]), ([1.0, 2 ** 1100], [2.0, 1]), ([math.inf, 1.0], [1.0, 2.0]),
            ([1, 2.0, 3, 4.0], [1.5, 2, 3.5, 4]), ([1, None], [2, 3]), ([1, 2], [3, None]), ([3, 2.5, 1], [2, 4.0, 0.5])]
for _ in range(30):
    n = rng.randrange(1, 12)
    SUMPRODS.append(([math.ldexp(rng.random(), rng.randrange(-30, 30)) * rng.choice((1, -1)) for _ in range(n)],
                     [rng.uniform(-10, 10) for _ in range(n)]))
for p, q in SUMPRODS:
    record("sumprod", p, q)
record("sumprod", [1])

for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (0.0, 1e-12, {"abs_tol": 1e-9}), (math.inf, math.inf, {}),
                 (math.inf, -math.inf, {}), (math.nan, math.nan, {}), (1.0, 1.05, {"rel_tol": 0.1}),
                 (1, 2, {"rel_tol": -1}), (1, 2, {"abs_tol": -1.0}), (1, 2, {"tol": 1}), (1, 2, {"rel_tl": 1}),
                 (0.0, -0.0, {}), (1e308, math.inf, {}), (1, "a", {})]:
    record("isclose", a, b, **kw)
record("isclose", 1.0)
record("isclose", 1.0, 2.0, 3.0)
record("isclose", a=1.0, b=1.0)

for x, y, z in [(2.0, 3.0, 4.0), (0.1, 10.0, -1.0), (1e308, 10.0, 0.0), (math.inf, 0.0, 1.0), (math.inf, 1.0, -math.inf),
                (math.nan, 1.0, 1.0), (1.0, 1.0, math.inf), (1 + 2 ** -52, 1 - 2 ** -52, -1.0), (3, 4, 5),
                (1e-300, 1e-300, 0.0), (-0.0, 1.0, 0.0), (0.0, 1.0, -0.0)]:
    record("fma", x, y, z)
record("fma", 1.0, 2.0)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
text = "".join(json.dumps(case, sort_keys=True) + "\n" for case in cases)
with open(OUT, "wb") as f:
    f.write(gzip.compress(text.encode(), mtime=0))
print(f"record_math: {len(cases)} cases -> {OUT}")
