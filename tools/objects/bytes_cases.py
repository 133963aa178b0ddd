"""The cases record_bytes.py records: generate(run, MV, N) calls run(group, op, operands, kw) for each."""


class It:
    """An iterator over a list, made fresh for each run ({"iter": [...]})."""
    def __init__(self, items):
        self.items = items

SAMPLES = [b"", b"a", b"abc", b"Hello, World", b"  spaced  out\t\n", b"a,b,,c", b"\x00\xff\x80", b"line1\nline2\r\nline3\rend",
           b"hello world hello", b"ABC def GhI", b"123", b"-42", b"+7", b"Title Case Words", b"aaaa", b"'quote\"", b"tab\there"]


def generate(run, MV, N):
    ba = bytearray
    # Constructors.
    for args, kw in [((), {}), ((0,), {}), ((3,), {}), ((-1,), {}), (([1, 2, 255],), {}), (([256],), {}), (([-1],), {}),
                     ((["a"],), {}), (((1, 2),), {}), (([0, 1, 2, 3, 4],), {}), ((b"xyz",), {}), ((ba(b"xyz"),), {}),
                     (("abc",), {}), (("abc", "ascii"), {}), (("h\xe9", "utf-8"), {}), (("h\xe9", "ascii"), {}),
                     (("h\xe9", "ascii", "ignore"), {}), ((1.5,), {}), ((None,), {}), ((b"a", "utf-8"), {}),
                     ((), {"encoding": "utf-8"}), ((), {"errors": "strict"}), (("a",), {"errors": "strict"}),
                     ((1, 2, 3, 4), {}), ((), {"x": 1}), ((1,), {"source": 2}), (("abc",), {"encoding": "utf-16"}),
                     (("abc", 5), {}), (("abc", "utf-8", 5), {}), (("abc", "nope"), {}), ((MV(b"view"),), {}),
                     ((MV(b"abcdef", [1, None, 2]),), {}), ((It([1, 2]),), {}), (([True, False],), {})]:
        for t in ("bytes", "bytearray"):
            run("new", "new", [N(t)] + [x for x in args], kw)

    # Repr through str() of the value's repr is checked in C# separately; here: len, list, hash, indexing.
    for s in SAMPLES:
        for v in (s, ba(s)):
            run("len", "len", [v])
            run("iter", "list", [v])
            for key in (0, 1, -1, -len(s) - 1, len(s), 2**70, slice(None), slice(1, None), slice(None, None, -1),
                        slice(1, 10, 2), slice(-3, None), slice(5, 1, -2), slice(None, None, 0), "a", 1.0, True):
                run("getitem", "binop", [N("[]"), v, key])
        run("hash", "hash", [s])

    # Operators.
    operands = [b"abc", b"abd", b"ab", b"", ba(b"abc"), ba(b"b"), "abc", 3, 0, -1, 2, None, MV(b"abc"), (1,), [1]]
    for op in ("+", "*", "==", "!=", "<", "<=", ">", ">="):
        for a in (b"abc", ba(b"abc"), b"", 2):
            for b in operands:
                if a == 2 and not isinstance(b, (bytes, bytearray, MV)):
                    continue  # int * str/list/tuple: other types' business
                run("op" + op, "binop", [N(op), a, b])
    for a in (b"abc", ba(b"abc"), b""):
        for needle in (b"b", b"bc", b"", b"x", 98, 120, 256, -1, "b", ba(b"ab"), MV(b"c"), 1.0, True):
            run("in", "binop", [N("in"), needle, a])
    for op in ("+=", "*="):
        for b in (b"xy", ba(b"z"), 3, 0, -2, "s", MV(b"mv"), [1]):
            run("inplace" + op, "binop", [N(op), ba(b"abc"), b])
            run("inplace" + op, "binop", [N(op), b"abc", b])

    # Search methods.
    for s in SAMPLES:
        for v in (s, ba(s)):
            for m in ("count", "find", "rfind", "index", "rindex"):
                for args in [(b"l",), (b"o",), (b"",), (b"hello",), (ord("l"),), (b"l", 3), (b"l", -5), (b"l", 2, 8),
                             (b"", 20), (b"", 3, 1), (b"a", None, None), (b"l", None, -2), (300,), ("l",), (),
                             (b"a", 1, 2, 3), (b"a", "x"), (ba(b"l"),), (MV(b"e"),)]:
                    run(m, "call", [v, N(m)] + list(args))
            for m in ("startswith", "endswith"):
                for args in [(b"H",), (b"",), (b"Hello",), (b"end",), ((b"x", b"a"),), ((),), (b"l", 2), (b"l", 2, 3),
                             (b"", 20), ("a",), ((b"a", "b"),), (), (b"a", 1.5), (ba(b"a"),), (b"", 0, 0), (b"", 3, 1)]:
                    run(m, "call", [v, N(m)] + list(args))
            for args in [(b"l", b"L"), (b"", b"-"), (b"", b"-", 2), (b"hello", b""), (b"l", b"LL", 1), (b"x", b"y"),
                         (b"l", b"L", 0), (b"l", b"L", -1), ("l", b"L"), (b"l",), (b"a", b"b", 1, 2), (b"a", b"b", "1")]:
                run("replace", "call", [v, N("replace")] + list(args))
            run("replace", "call", [v, N("replace"), b"a", b"b"], {"count": 1})

    # Split family.
    for s in SAMPLES + [b"  a  b  ", b"a b c d e", b"\x0b\x0cx\x1cy", b"\n\n", b"x\r\n\r\ny\n"]:
        for v in (s, ba(s)):
            for m in ("split", "rsplit"):
                for args, kw in [((), {}), ((None,), {}), ((b",",), {}), ((b" ",), {}), ((b"l",), {}), ((None, 1), {}),
                                 ((b",", 1), {}), ((b"ll", 0), {}), ((), {"maxsplit": 2}), ((), {"sep": b"o"}),
                                 ((b"",), {}), (("a",), {}), ((1, 2, 3), {}), ((), {"foo": 1}), ((None, "x"), {}),
                                 ((b"l",), {"sep": b"l"})]:
                    run(m, "call", [v, N(m)] + list(args), kw)
            for args, kw in [((), {}), ((True,), {}), ((), {"keepends": True}), ((0,), {})]:
                run("splitlines", "call", [v, N("splitlines")] + list(args), kw)
            for m in ("partition", "rpartition"):
                for args in [(b"l",), (b"o w",), (b"zz",), (b"",), ("l",), (), (ba(b"l"),)]:
                    run(m, "call", [v, N(m)] + list(args))
            for m in ("strip", "lstrip", "rstrip"):
                for args in [(), (None,), (b"a",), (b"ad\n",), (b"",), ("a",), (b"a", b"b"), (MV(b" "),)]:
                    run(m, "call", [v, N(m)] + list(args))

    # Case, predicates, padding, misc.
    for s in SAMPLES + [b"hello_world 2x", b"\xe9t\xe9", b"ABC", b"abc", b"Ab1", b" ", b"A1B2", b"aB Cd", b"They'Re"]:
        for v in (s, ba(s)):
            for m in ("upper", "lower", "swapcase", "capitalize", "title", "isalnum", "isalpha", "isascii", "isdigit",
                      "islower", "isspace", "istitle", "isupper", "hex"):
                run(m, "call", [v, N(m)])
            run("upper", "call", [v, N("upper"), 1])
            for m in ("center", "ljust", "rjust"):
                for args in [(0,), (5,), (20,), (21, b"*"), (20, ba(b"-")), (5, "x"), (5, b"xy"), (), (1.5,), (5, b"", 1)]:
                    run(m, "call", [v, N(m)] + list(args))
            for args in [(0,), (6,), (10,), ("5",), ()]:
                run("zfill", "call", [v, N("zfill")] + list(args))
            for args, kw in [((), {}), ((4,), {}), ((0,), {}), ((), {"tabsize": 2}), ((-1,), {})]:
                run("expandtabs", "call", [v, N("expandtabs")] + list(args), kw)
            for args in [(b"He",), (b"",), (b"x",), ("a",), (b"end",)]:
                run("removeprefix", "call", [v, N("removeprefix")] + list(args))
                run("removesuffix", "call", [v, N("removesuffix")] + list(args))
            for args, kw in [((":",), {}), ((b"-", 2), {}), ((" ", -2), {}), (("::",), {}), ((1,), {}), ((), {"sep": "|", "bytes_per_sep": 3}),
                             (("\xe9",), {})]:
                run("hex", "call", [v, N("hex")] + list(args), kw)

    for sep in (b"", b", ", ba(b"-")):
        for items in ([], [b"a"], [b"a", b"b", b"c"], [b"a", ba(b"b"), MV(b"c")], [b"a", "b"], [b"a", 1], (b"x", b"y"), "ab", 5):
            run("join", "call", [sep, N("join"), items])
            run("join", "call", [ba(sep), N("join"), items])
    for t in ("bytes", "bytearray"):
        for text in ("", "00ff", "de ad be ef", " 01 ", "0g", "1", "abc", "0 1", "\u00e9", b"0a0b", 5, "DEAD beef"):
            run("fromhex", "classcall", [N(t), N("fromhex"), text])
        for args in [(b"abc", b"xyz"), (b"ab", b"x"), ("a", "b"), (b"",) * 2, (b"a",)]:
            run("maketrans", "classcall", [N(t), N("maketrans")] + list(args))
    table = bytes.maketrans(b"abc", b"xyz")
    for v in (b"aabbcc hello", ba(b"abc")):
        for args, kw in [((table,), {}), ((None,), {}), ((None, b"l"), {}), ((table, b"ab"), {}), ((b"short",), {}),
                         ((None,), {"delete": b"a"}), ((), {}), (("x" * 256,), {}), ((table,), {"table": table})]:
            run("translate", "call", [v, N("translate")] + list(args), kw)

    # % formatting.
    fmts = [(b"%s", b"abc"), (b"%s", (b"a",)), (b"%b", ba(b"x")), (b"%s", "str"), (b"%s and %s", (b"a", b"b")),
            (b"%d", 42), (b"%d", -7), (b"%5d|", 42), (b"%-5d|", 42), (b"%05d", -42), (b"%+d", 3), (b"% d", 3),
            (b"%x", 255), (b"%X", 255), (b"%#x", 255), (b"%#o", 8), (b"%o", 8), (b"%x", 2**70), (b"%x", 1.5),
            (b"%d", 1.9), (b"%d", "1"), (b"%c", 65), (b"%c", b"z"), (b"%c", 256), (b"%c", "a"), (b"%r", "h\xe9"),
            (b"%a", b"x"), (b"%r", 1), (b"%%", ()), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%(k)s", {b"k": b"v"}),
            (b"%(k)s", (b"v",)), (b"%.2s", b"abcdef"), (b"%10s|", b"abc"), (b"%-10s|", b"abc"), (b"%*d", (5, 1)),
            (b"%.3d", 7), (b"%y", 1), (b"abc%", ()), (b"%f", 1.5), (b"%.2f", 3.14159), (b"%i", True), (b"%u", 5),
            (b"no format", ()), (b"no format", 5), (b"%s", MV(b"m")), (b"%5.1f|", 2.25), (b"%08.3f", -1.5), (b"%f", 10)]
    for spec in (b"%e", b"%E", b"%.3e", b"%.0e", b"%#.0e", b"%g", b"%G", b"%.3g", b"%#g", b"%.0g", b"%10.2e|", b"%-12g|", b"%+g", b"%f", b"%.0f", b"%#.0f"):
        for x in (0.0, -0.0, 1.0, 1.5, 2.5, 0.5, 123456789.0, 1e-5, 0.0001, 1e16, 1.23456789e-7, 3.14159, -2.75, 1e300, 5e-324,
                  float("inf"), float("-nan"), 100000.0, 999999.5, 9.9999999, 7):
            fmts.append((spec, x))
    for fmt, args in fmts:
        run("format", "binop", [N("%"), fmt, args])
        run("format", "binop", [N("%"), ba(fmt), args])

    # bytearray mutators.
    for start in (b"", b"abc", b"hello world"):
        for m, argsets in [("append", [(0,), (255,), (256,), (-1,), ("a",), (b"a",), ()]),
                           ("extend", [(b"xy",), ([1, 2],), ([0, 1, 2],), ("ab",), (5,), ([256],), (["a"],), (ba(b"q"),), (MV(b"mv"),)]),
                           ("insert", [(0, 120), (-1, 120), (100, 120), (-100, 120), (1, 256), (1,), ("a", 1)]),
                           ("pop", [(), (0,), (-1,), (100,), ("a",), (1, 2)]),
                           ("remove", [(ord("l"),), (ord("z"),), (256,), (b"l",)]),
                           ("clear", [()]), ("copy", [()]), ("reverse", [()])]:
            for args in argsets:
                run(m, "call", [ba(start), N(m)] + list(args))
        for key, value in [(0, 65), (-1, 66), (10, 1), (0, 256), (0, "a"), (0, b"a"), (slice(0, 1), b"XYZ"), (slice(1, None), b""),
                           (slice(None), [1, 2, 3]), (slice(None, None, 2), b"QQ"), (slice(None, None, 2), b"Q"),
                           (slice(None, None, -1), b"zyxwvutsrqp"[:len(start)]), (slice(5, 2), b"!!"), (slice(0, 0), 5),
                           (slice(0, 0), "ab"), ("k", 1), (slice(1, 2), MV(b"mv")), (slice(None, None, 3), b"")]:
            run("setitem", "setitem", [ba(start), key, value])
        for key in (0, -1, 20, slice(1, 3), slice(None, None, 2), slice(None, None, -3), "a"):
            run("delitem", "delitem", [ba(start), key])

    # memoryview.
    for data in (b"", b"abcdef", ba(b"abcdef")):
        for sl in (None, [1, 4, None], [None, None, 2], [None, None, -1], [4, 1, -2]):
            mv = MV(data, sl)
            run("mv", "len", [mv])
            run("mv", "list", [mv])
            for m in ("tobytes", "tolist", "hex"):
                run("mv", "call", [mv, N(m)])
            for attr in ("readonly", "format", "itemsize", "nbytes", "ndim", "shape", "strides", "contiguous", "c_contiguous"):
                run("mv", "attr", [mv, N(attr)])
            for key in (0, -1, 2, 10, slice(None), slice(1, None), slice(None, None, -1), "a"):
                run("mv", "binop", [N("[]"), mv, key])
            for other in (data, bytes(data), ba(data), b"zzz", MV(data, sl), "abc", 1):
                run("mv", "binop", [N("=="), mv, other])
                run("mv", "binop", [N("!="), mv, other])
            run("mv", "hash", [mv])
            for key, value in [(0, 65), (0, 256), (0, "a"), (slice(0, 2), b"XY"), (slice(0, 2), b"X"), (-1, 66)]:
                run("mv-set", "setitem", [mv, key, value])
            run("mv-set", "delitem", [mv, 0])
    for args in [(), (1,), ("a",), (b"ab",), (ba(b"ab"),)]:
        run("mv", "new", [N("memoryview")] + list(args))
    for data in (b"abcab", ba(b"abcab")):
        for sl in (None, [None, None, -1]):
            for args in [(97,), (98,), (120,), (b"a",), (97.0,), (98, 2), (98, -2), (97, 1, 2), (), (97, "x")]:
                run("mv-search", "call", [MV(data, sl), N("index")] + list(args))
            for args in [(97,), (b"a",), (97.0,), (300,)]:
                run("mv-search", "call", [MV(data, sl), N("count")] + list(args))
    # A view pins a bytearray's size; releasing it unpins.
    for m, args in [("append", (1,)), ("extend", (b"xy",)), ("pop", ()), ("clear", ()), ("resize", (1,)), ("resize", (3,)),
                    ("reverse", ()), ("insert", (0, 1))]:
        run("exports", "pinned", [ba(b"abc"), N(m)] + list(args))
    for key, value in [(0, 65), (slice(0, 1), b"Z"), (slice(0, 1), b"ZZ"), (slice(0, 2), b""), (0, None)]:
        run("exports", "pinned-set", [ba(b"abc"), key, value])
    run("exports", "pinned", [ba(b"abc"), N("__iadd__"), b"x"])
    run("exports", "pinned", [ba(b"abc"), N("__imul__"), 2])
    for args in [(5,), (1,), (0,), (-1,), ("a",)]:
        run("resize", "call", [ba(b"abc"), N("resize")] + list(args))

    # repr.
    for s in SAMPLES + [b"'", b'"', b"'\"", b"\\", bytes(range(256))]:
        run("repr", "repr", [s])
        run("repr", "repr", [ba(s)])

    codecs(run, N)


ENCODINGS = ["utf-8", "UTF8", "utf_8", "U8", "utf8", "ascii", "US-ASCII", "646", "latin-1", "latin1", "iso-8859-1", "ISO8859_1",
             "L1", "utf-16", "utf-16-le", "UTF-16BE", "utf_16le", "utf-32", "utf-32-le", "utf-32-be", "u32", "utf-8-sig",
             "no-such-codec", "utf.8", " utf 8 "]
ERRORS = ["strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace",
          "namereplace", "bogus"]
TEXTS = ["", "abc", "h\xe9llo", "\xff\x80", "\u20ac uro", "\U0001f600!", "a\udc80b", "\udcff\udc41", "\ud800", "x\ud83d\ude00",
         "\udfff\ud800", "mixed \xe9\u20ac\U0001f600\udc80", "\x00\x7f"]
DATA = [b"", b"abc", b"h\xc3\xa9llo", b"\xff", b"\x80abc", b"a\xe2\x82", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98",
        b"\xf0\x9fA", b"\xed\xa0\x80", b"\xed\xb2\x80", b"\xc0\xaf", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"\xf5", b"a\xc3",
        b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00b\x00", b"a\x00b", b"\x00\xd8", b"\x00\xdc\x41\x00", b"\x00\xd8\x41\x00",
        b"\x3d\xd8\x00\xde", b"\xff\xfe\x00\x00a\x00\x00\x00", b"a\x00\x00\x00\x00\xd8\x00\x00", b"\x00\x00\x11\x00",
        b"abc\x00\x00", b"\xe9t\xe9", b"\x7f\x80"]


def codecs(run, N):
    for text in TEXTS:
        for e in ENCODINGS:
            for err in ERRORS:
                run("encode", "call", [text, N("encode"), e, err])
        run("encode", "call", [text, N("encode")])
    for data in DATA:
        for e in ENCODINGS:
            for err in ERRORS:
                run("decode", "call", [data, N("decode"), e, err])
        run("decode", "call", [data, N("decode")])
        run("decode", "call", [bytearray(data), N("decode"), "latin-1"])
    for args, kw in [((), {"encoding": "ascii"}), ((), {"errors": "replace"}), ((1,), {}), (("utf-8", 1), {}),
                     (("utf-8", "strict", 1), {}), (("ascii",), {"encoding": "ascii"})]:
        run("encode-args", "call", ["h\xe9", N("encode")] + list(args), kw)
        run("decode-args", "call", [b"h\xe9", N("decode")] + list(args), kw)
