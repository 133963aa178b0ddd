# Misc builtins: hash/type/id-free identity, bool(), callable(), issubclass, sorted on dict items, zip/enumerate combos.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("hash int", lambda: (hash(42), hash(-1), hash(0)))
show("hash float", lambda: (hash(1.5), hash(-0.0)))
show("hash tuple", lambda: hash((1, 2, 3)))
show("hash list", lambda: hash([1]))
show("type name", lambda: [type(x).__name__ for x in (1, 1.0, 1j, "s", b"b", [], (), {}, set(), None, len, range(1))])
show("type(type)", lambda: type(type).__name__)
show("dict sorted items", lambda: sorted({"b": 2, "a": 3}.items(), key=lambda kv: kv[1]))
show("zip enumerate", lambda: [(i, a, b) for i, (a, b) in enumerate(zip("ab", "cd"), 1)])
show("dict(zip)", lambda: dict(zip(range(3), "xyz")))
show("reversed enumerate", lambda: list(reversed(list(enumerate("abc")))))
show("sorted reversed", lambda: sorted(reversed([1, 3, 2])))
show("map str join", lambda: ",".join(map(str, range(5))))
show("min max strings", lambda: (min("banana", "apple", "cherry"), max(["x", "yy", "z"], key=len)))
show("abs round", lambda: (abs(-2.5), round(-2.5), round(-3.5), abs(round(-0.4))))
show("bool of objects", lambda: [bool(x) for x in (0, 1, "", "0", [], [[]], {}, {0: 0}, None, 0.0, 0j)])
show("chr ord roundtrip", lambda: "".join(chr(ord(c) + 1) for c in "HAL"))
show("divmod pair", lambda: [divmod(n, 60) for n in (0, 59, 60, 3599, -1)])
show("pow identities", lambda: (pow(0, 0), pow(0.0, 0), pow(1, -1), pow(-1, -1), pow(2, -2)))
show("format spec builtin", lambda: (format(0.5, "%"), format(255, "08b"), format("x", "^5")))
show("isinstance many", lambda: [isinstance(x, (int, float)) for x in (1, 1.0, True, "1", None)])
show("len of many", lambda: [len(x) for x in ("", [], {}, (1,), range(10, 0, -3), b"xy")])
show("sum of bools", lambda: sum(x > 2 for x in range(6)))
show("any generator stops", lambda: any(x > 2 for x in range(10 ** 9)))
show("next on map", lambda: next(map(lambda x: x * 2, [21])))
show("filter then sorted", lambda: sorted(filter(lambda w: len(w) > 2, "a bb ccc dddd ee".split()), key=len, reverse=True))
