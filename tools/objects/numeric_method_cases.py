"""The cases of record_numeric_methods.py: int, bool, float and complex methods, constructors, operators."""
import math

inf, nan = math.inf, math.nan

INTS = [0, 1, -1, 2, 5, -5, 7, 10, 15, 25, -25, 35, 45, 127, 128, 255, 256, -128, -129, 150, 250, -250, 2**31,
        2**32 - 1, 2**53 + 1, 2**62, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 2**64 - 1, -(2**64),
        10**20, -(10**20) + 5, 3**100, 2**200, -(2**200), 12345678901234567890]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1.0, 3.0, -7.25, 1e16, 2.0**52 + 0.5, 2.0**53, 2.0**63,
          -2.0**63, 2.0**64, 1e22, 1e23, 1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, 1e-300, 123456.789, 2.675, 0.125, 0.375, 1234.5678,
          -0.0001234, 9.995, 1.0000000000000002, 0.49999999999999994, 4503599627370497.0, 1e-7, 314.159, inf,
          -inf, nan]
COMPLEX = [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, -1.5 + 2.5j, 3 - 4j, 0.5 + 0.25j,
           complex(1e308, 1e308), complex(inf, 0), complex(0, inf), complex(inf, nan), complex(nan, 0),
           complex(nan, nan), complex(5e-324, 1), complex(1, -0.0), complex(2, 0), complex(-inf, inf),
           complex(1e-310, -1e-310), complex(3, 1e300)]


def generate(case, MyInt, MyFloat, MyComplex):
    ints(case, MyInt, MyFloat, MyComplex)
    bools(case)
    floats(case, MyFloat, MyInt)
    complexes(case, MyComplex, MyFloat, MyInt)


def ints(case, MyInt, MyFloat, MyComplex):
    for v in INTS:
        for m in ["bit_length", "bit_count", "as_integer_ratio", "is_integer", "conjugate", "__trunc__", "__floor__",
                  "__ceil__", "__getnewargs__", "__round__", "__index__", "__int__", "__float__", "__abs__", "__neg__",
                  "__pos__", "__invert__", "__bool__", "__repr__", "__hash__"]:
            case("m", m, v)
        for a in ["real", "imag", "numerator", "denominator"]:
            case("a", a, v)
        for n in [None, 0, 1, -1, -2, -3, -5, -19, -20, -21, -30, -45, 2**64, True]:
            case("m", "__round__", v, (n,))
        for length in [0, 1, 2, 8, 9, 16, 27]:
            for order in ["big", "little"]:
                for signed in [False, True]:
                    case("m", "to_bytes", v, (length, order), {"signed": signed})
        case("m", "to_bytes", v)
        case("m", "to_bytes", v, (), {"byteorder": "little", "length": 12})
        for other in [3, -3, 2.5, 1j, "x", MyInt(4)]:
            for name in ["__add__", "__radd__", "__mul__", "__truediv__", "__floordiv__", "__divmod__", "__rdivmod__",
                         "__lshift__", "__eq__", "__lt__"]:
                case("m", name, v, (other,))
    for args, kw in [((-1,), {}), (("a",), {}), ((1, "middle"), {}), ((1, 5), {}), ((), {"foo": 1}),
                     ((1, "big", 3), {}), ((1,), {"length": 1}), ((1, "big"), {"signed": 1, "sined": 2}),
                     ((2**64,), {}), ((1.5,), {}), ((None,), {}), ((), {"signed": True}), ((), {"length": 3})]:
        case("m", "to_bytes", 5, args, kw)
        case("m", "to_bytes", -300, args, kw)
    for args, kw in [(([1, 2], "little"), {}), (([],), {}), (([256],), {}), (([-1],), {}), (("ab",), {}), ((5,), {}),
                     ((), {}), (([1], "big", True), {}), (([255, 255],), {"signed": True}), (([255, 1], "little"), {"signed": True}),
                     (([0x80] + [0] * 15, "big"), {"signed": True}), (((1, 2, 3),), {"byteorder": "little"}),
                     (([1], "middle"), {}), (([1], 5), {}), (([1],), {"bytes": [2]}), (([1],), {"qqqqq": 1}),
                     ((list(range(256)),), {}), (([7] * 20, "little"), {"signed": True}), ((["x"],), {})]:
        case("m", "from_bytes", int, args, kw)
    case("m", "from_bytes", MyInt, ([1, 2],))
    case("m", "from_bytes", bool, ([1],))
    for args in [(1, 2), ("a",), (1.5,), (MyInt(3),)]:
        case("m", "__round__", 15, args)
        case("m", "bit_length", 15, args)

    # int() constructor
    for args, kw in [((), {}), ((5,), {}), ((-5.7,), {}), ((5.99,), {}), ((-0.0,), {}), ((1e300,), {}), ((inf,), {}),
                     ((-inf,), {}), ((nan,), {}), ((2.0**63,), {}), (("  12 ",), {}), (("0x1f", 16), {}), (("0x1f", 0), {}),
                     (("1_000",), {}), (("z", 36), {}), (("10", 37), {}), (("10", 1), {}), (("10", -1), {}), (("10", 0), {}),
                     ((5, 10), {}), (("5",), {"base": 2}), (("101",), {"base": 2}), ((), {"base": 5}), ((), {"x": 5}),
                     ((1, 2, 3), {}), (("5",), {"qqqqq": 1}), ((True,), {}), ((False,), {}), ((MyInt(5),), {}),
                     ((MyFloat(2.5),), {}), ((1j,), {}), (([],), {}), ((None,), {}), (("5" * 4301,), {}), (("x",), {}),
                     (("",), {}), ((" -0b101 ", 0), {}), (("1e5",), {}), ((1, 2, 3), {"base": 4}), ((5, 2**70), {}),
                     (("5", "a"), {}), (("5", 2.5), {}), (("5",), {"base": None}), (("\u0663\u0664",), {}),
                     ((2**100,), {}), ((-(2**100),), {}), ((3.0,), {}), (("9" * 30, 36), {})]:
        case("call", "", int, args, kw)
        if not kw.get("x"):
            case("call", "", MyInt, args, kw)

    # int subclass instances through every operator
    a, b = MyInt(7), MyInt(-3)
    big = MyInt(2**70)
    for x in [a, b, big, MyInt(0)]:
        for y in [2, -2, a, b, big, 2.5, 1j, True]:
            for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
                         "xor"]:
                if name == "pow" and isinstance(y, int) and abs(y) > 100:
                    continue
                if name in ("lshift", "rshift") and isinstance(y, int) and abs(y) > 1000:
                    continue
                case("op", name, None, (x, y))
                case("op", name, None, (y, x)) if not (name == "pow" and abs(x) > 100) and not (name in ("lshift", "rshift") and abs(x) > 1000) else None
            for name in ["eq", "ne", "lt", "le", "gt", "ge"]:
                case("cmp", name, None, (x, y))
        for name in ["neg", "pos", "abs", "invert", "repr", "str", "hash", "bool", "index"]:
            case("u", name, None, (x,))
        for m in ["bit_length", "conjugate", "as_integer_ratio", "__round__", "__trunc__", "__float__", "__int__",
                  "__index__", "__getnewargs__", "is_integer"]:
            case("m", m, x)
        for att in ["real", "imag", "numerator", "denominator"]:
            case("a", att, x)
        case("m", "__round__", x, (-1,))
        case("op", "pow3", None, (x, 3, MyInt(5)))
        case("op", "pow3", None, (3, x, 7))
    case("call", "", MyInt, ("12", 16))
    case("call", "", MyInt, (MyInt(9),))
    for cls, args in [(int, (bool, 1)), (int, (MyInt, 5)), (int, (MyInt, "7", 8)), (int, (float, 1)), (int, (5,)),
                      (float, (MyFloat, "2.5")), (float, (int, 2)), (complex, (MyComplex, 1, 2)), (complex, (float, 1)),
                      (bool, (bool, 3)), (int, (int, 2.5))]:
        case("m", "__new__", cls, args)


def bools(case):
    for args, kw in [((), {}), ((0,), {}), ((2,), {}), (("",), {}), (("a",), {}), ((0.0,), {}), ((nan,), {}), ((0j,), {}),
                     ((1, 2), {}), ((), {"x": 1}), (([],), {}), ((None,), {})]:
        case("call", "", bool, args, kw)
    for v in [True, False]:
        for name in ["neg", "pos", "abs", "repr", "str", "hash", "bool", "index"]:
            case("u", name, None, (v,))
        for m in ["bit_length", "bit_count", "as_integer_ratio", "conjugate", "__round__", "is_integer", "__int__",
                  "__float__", "__index__", "__getnewargs__", "__repr__", "__trunc__"]:
            case("m", m, v)
        for att in ["real", "imag", "numerator", "denominator"]:
            case("a", att, v)
        for w in [True, False, 0, 1, 2, -1, 2.5, 1j]:
            for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor", "lshift", "rshift"]:
                case("op", name, None, (v, w))
                case("op", name, None, (w, v))
            for name in ["eq", "lt", "ge"]:
                case("cmp", name, None, (v, w))
    case("sub", "", bool)
    case("sub", "", int)
    case("m", "to_bytes", True, (2, "little"))
    case("m", "__round__", True, (-1,))


def floats(case, MyFloat, MyInt):
    for v in FLOATS:
        for m in ["hex", "as_integer_ratio", "is_integer", "conjugate", "__trunc__", "__floor__", "__ceil__", "__round__",
                  "__getnewargs__", "__int__", "__float__", "__abs__", "__neg__", "__pos__", "__bool__", "__repr__"]:
            case("m", m, v)
        for att in ["real", "imag"]:
            case("a", att, v)
        if not math.isnan(v):
            case("m", "__hash__", v)
        for n in [None, 0, 1, 2, 3, -1, -2, 5, 10, 15, 16, 17, 20, 100, 300, 308, 309, 322, 323, 324, -307, -308, -309,
                  400, -400, 2**70, -(2**70)]:
            case("m", "__round__", v, (n,))
        case("m", "fromhex", float, (v.hex(),))
        for other in [2, -3, 2.5, 1j, 2**80, "x", MyFloat(1.5), MyInt(2)]:
            for name in ["__add__", "__rsub__", "__mul__", "__truediv__", "__rtruediv__", "__floordiv__", "__mod__",
                         "__pow__", "__rpow__", "__eq__", "__lt__", "__divmod__"]:
                case("m", name, v, (other,))
    for x in [2.675, 0.125, 0.375, 1.005, 5e-324, 1.5, -1.5, 0.5, 1e300, 12345.6789, -0.0001234, 2.5e-5, 8.125e10]:
        for n in range(-12, 14):
            case("m", "__round__", x, (n,))
    for args in [(1, 2), ("a",), (1.5,), (MyInt(3),)]:
        case("m", "__round__", 1.25, args)
    case("m", "__round__", 1.25, (), {"ndigits": 1})
    for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1p-1076", "0x1.fffffffffffffp1023",
              "0x1.fffffffffffff8p1023", "0x1p1024", "0x.8p1", "0x1.", "1", "a", "  0xAp-2  ", "0x", "0x.", "0xp1",
              "0x1p", "0x1p+", "0x1.0p-5 x", "inf", "-Infinity", "nan", "+nan", "0x1.00000000000008p0",
              "0x1.00000000000018p0", "0x1.00000000000008000001p0", "0x0p0", "-0x0p0", "0x1p-99999999999999",
              "0x1p99999999999999", "1.8p1", "0X1P3", "0x1_0p0", "", " ", "0x1.23456789abcdefp-1030",
              "0x" + "0" * 100 + "1p0", "0x1" + "0" * 300 + "p-1200", "0x1.1.1p0"]:
        case("m", "fromhex", float, (s,))
    case("m", "fromhex", float, (5,))
    case("m", "fromhex", MyFloat, ("0x1p1",))
    case("m", "fromhex", float, ("0x1", "0x2"))
    for args in [(5,), (2**1024,), (True,), ("1",), (1j,), (MyFloat(2.5),), (MyInt(3),), (nan,), ([],)]:
        case("m", "from_number", float, args)
        case("m", "from_number", MyFloat, args)
    for args in [("double",), ("float",), ("x",), (1,)]:
        case("m", "__getformat__", float, args)

    # float() constructor
    for args, kw in [((), {}), (("  1.5 ",), {}), (("1_0",), {}), (("x",), {}), ((" ",), {}), ((MyFloat(2.5),), {}),
                     ((True,), {}), ((2**1024,), {}), ((2**1023,), {}), ((1j,), {}), (([],), {}), ((None,), {}),
                     ((), {"x": 1}), ((1, 2), {}), (("nan",), {}), (("-inf",), {}), ((MyInt(7),), {}), ((-0.0,), {}),
                     (("1e500",), {}), (("\u0661.5",), {}), (("0x10",), {}), ((12345678901234567891,), {})]:
        case("call", "", float, args, kw)
        case("call", "", MyFloat, args, kw)

    # float subclass instances through the operators
    for x in [MyFloat(1.5), MyFloat(-2.5), MyFloat(0.0), MyFloat(inf), MyFloat(nan)]:
        for y in [2, 2.5, MyFloat(0.5), 1j, MyInt(3)]:
            for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"]:
                case("op", name, None, (x, y))
                case("op", name, None, (y, x))
            for name in ["eq", "ne", "lt", "ge"]:
                case("cmp", name, None, (x, y))
        for name in ["neg", "pos", "abs", "repr", "str", "bool"]:
            case("u", name, None, (x,))
        if not math.isnan(float(x)):
            case("u", "hash", None, (x,))
        for m in ["hex", "as_integer_ratio", "is_integer", "conjugate", "__round__", "__trunc__", "__floor__",
                  "__ceil__", "__int__", "__float__", "__getnewargs__"]:
            case("m", m, x)
        case("m", "__round__", x, (1,))
        for att in ["real", "imag"]:
            case("a", att, x)


def complexes(case, MyComplex, MyFloat, MyInt):
    reals = [0, 2, -3, 2**60 + 1, 0.0, -0.0, 1.5, -2.5, inf, -inf, nan, 2**1100, True]
    for z in COMPLEX:
        for name in ["neg", "pos", "abs", "repr", "str", "bool"]:
            case("u", name, None, (z,))
        if not (math.isnan(z.real) or math.isnan(z.imag)):
            case("u", "hash", None, (z,))
        for m in ["conjugate", "__getnewargs__", "__complex__", "__abs__", "__bool__", "__neg__", "__pos__"]:
            case("m", m, z)
        for att in ["real", "imag"]:
            case("a", att, z)
        for w in COMPLEX + reals:
            for name in ["add", "sub", "mul", "truediv"]:
                case("op", name, None, (z, w))
                if not isinstance(w, complex):
                    case("op", name, None, (w, z))
            for name in ["eq", "ne"]:
                case("cmp", name, None, (z, w))
                if not isinstance(w, complex):
                    case("cmp", name, None, (w, z))
        for e in [0, 1, 2, 3, -1, -2, 5, 0.5, 2.0, -3.0, 100, 101, -100, -101, 1j, 1 + 1j, 0j, 1e300]:
            case("op", "pow", None, (z, e))
        for name in ["mod", "floordiv", "lshift"]:
            case("op", name, None, (z, 2))
        for name in ["lt", "ge"]:
            case("cmp", name, None, (z, 1))
    base = [1 + 2j, -1.5 + 0.5j, 0.6 + 0.8j, 1.0000001 + 0j, 2j, -1 + 0j, 10 + 10j]
    for z in base:
        for k in list(range(-8, 12)) + [50, 99, 100, 101, -99, -100, 0.5, -0.5, 1.5, 2 + 0j, 0.5j]:
            case("op", "pow", None, (z, k))
    for a, b in [(0j, 0), (0j, -1), (0j, 1j), (0j, 2), (0j, 0.5), (0j, -0.5), (0, 1j), (2, 1j), (1.5, 1 + 1j),
                 (-8.0, 1 / 3), (-8, 0.5), (-2.0, 1.5), (-1.0, 0.5), (-0.5, -0.5), (1e300 + 1e300j, 2),
                 (1j, 2**70), (2, 1e300j), (1e200j, 3), (complex(inf, 0), 2), (complex(nan, 0), 0)]:
        case("op", "pow", None, (a, b))
    case("op", "pow3", None, (1j, 2, 3))
    case("op", "pow3", None, (2, 1j, 3))

    # complex() constructor
    strings = ["1+2j", " ( 1+2j ) ", "1-2j", "j", "-j", "+j", "1j", "-1.5e3j", "1e3", "inf", "-infj", "nanj", "1+nanj",
               "infinity+infinityj", "1_0+2_0j", "1__0j", "(1+2j", "1+2j)", "()", "", " ", "1+2", "1+j", "1-j", "j1",
               "1+2jj", "1e", "1e+j", ".5j", "5.j", "1 +2j", "\u00a01+2j\u2003", "\u0661+\u0662j", "+1.5-2.5J",
               "0x1+2j", "1+-2j", "--1j", "1+2j ", "((1+2j))", "1e5e5", "-0", "-0j", "-0-0j", "1_j", "_1j", "1j_",
               "1.5e-3+2.5E+4j", "nan+nanj", "-nan-nanj", "Infj", "1+infj", "1+in", "1+(2j)", "\x00", "1e308+1e309j",
               "1.7976931348623159e308", "4.9e-324j", "i", "1i"]
    for s in strings:
        case("call", "", complex, (s,))
    case("call", "", MyComplex, ("1+2j",))
    for args, kw in [((), {}), ((1, 2), {}), ((1.5,), {}), ((1, 2.5), {}), ((1j, 2), {}), ((1j, 1j), {}),
                     (("1", 2), {}), ((1, "2"), {}), (([],), {}), ((1, []), {}), (([], 1), {}), ((None,), {}),
                     ((), {"real": 1, "imag": 2}), ((), {"imag": 2}), ((), {"foo": 1}), ((1, 2, 3), {}),
                     ((True, False), {}), ((MyComplex(1 + 2j),), {}), ((MyFloat(1.5), MyInt(2)), {}), ((2**1024,), {}),
                     ((1,), {"real": 2}), ((-0.0, -0.0), {}), ((0.0, -0.0), {}), ((-0.0,), {}), ((1 + 2j, -0.0), {}),
                     ((inf, nan), {}), ((2**53 + 1, 1), {}), ((1, 2**1024), {}), ((MyComplex(3j), 1), {}),
                     ((None, 1), {}), ((1, None), {})]:
        case("call", "", complex, args, kw)
        case("call", "", MyComplex, args, kw)
    for args in [("1",), (2,), (2.5,), (1 + 2j,), (MyComplex(1j),), ([],), (True,), (2**1024,)]:
        case("m", "from_number", complex, args)
        case("m", "from_number", MyComplex, args)

    # complex subclass instances
    for x in [MyComplex(1 + 2j), MyComplex(-0.5j), MyComplex(0j)]:
        for y in [2, 2.5, 1j, MyComplex(1 - 1j), MyFloat(0.5), MyInt(3)]:
            for name in ["add", "sub", "mul", "truediv", "pow"]:
                case("op", name, None, (x, y))
                case("op", name, None, (y, x))
            for name in ["eq", "ne"]:
                case("cmp", name, None, (x, y))
        for name in ["neg", "pos", "abs", "repr", "str", "bool", "hash"]:
            case("u", name, None, (x,))
        for m in ["conjugate", "__complex__", "__getnewargs__"]:
            case("m", m, x)
        for att in ["real", "imag"]:
            case("a", att, x)
    # exact int/float equality with complex
    for n in [2**53 + 1, 2**53, -(2**63), 10**400, True, 0]:
        case("cmp", "eq", None, (complex(float(n) if abs(n) < 2**1000 else 0.0, 0), n))
        case("cmp", "eq", None, (n, complex(float(n) if abs(n) < 2**1000 else 0.0, 0)))
    case("cmp", "eq", None, (complex(1, 1), 1))
