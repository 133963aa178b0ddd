# ascii/repr/str/format builtins on many types; repr of builtins, types, functions shapes.
vals = [0, -1.5, 2 ** 70, 1 + 2j, "é\n", b"\x00a", bytearray(b"x"), [1, "a"], (None,), {1: "b"}, {2},
        frozenset(), range(3), slice(1, 2), True, None, Ellipsis, NotImplemented, ..., int, str, type, object]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v), "|", format(v))
print(repr(len), repr(print), str(abs), repr([].append)[:26])
def f():
    pass
print(repr(f)[:13], repr(lambda: 0)[:22], f.__name__, (lambda: 0).__name__, f.__qualname__)
class K:
    def m(self):
        pass
print(repr(K), repr(K.m)[:15], K.__name__, K.__qualname__, K.m.__qualname__, K().m.__name__)
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), repr(StopIteration()), str(Exception(1, 2)))
print(repr(Exception()), str(Exception()), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
print(ascii("\u4e16\x7f\x80"), ascii(["\u00e9"]), repr("\u00e9"))
print(format(12, ""), format(1.5, ""), format("s", ""), format(None, ""), format(True, ""), format(1j, ""))
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
b = Both()
print(str(b), repr(b), ascii(b), format(b), f"{b}", f"{b!r}", "%s|%r|%a" % (b, b, b), [b], {"k": b})
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(str(o), format(o), repr(o).startswith("<__main__.OnlyStr object at "), [str(o)])
print(repr(1.0), repr(-0.0), repr(1e100), repr(2 ** 64), repr("a\\b"), repr(b"a\\b"), ascii(b"\\"))
