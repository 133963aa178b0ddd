# print of nested structures, sep/end arguments, and repr vs str inside containers.
data = {"name": "x", "tags": ["a", "b"], "nested": {"t": (1, 2.5, None), "s": {3}},
        "empty": [[], {}, (), ""]}
print(data)
print([1, [2, [3, [4, []]]]], (1,), ((),), [()], {(): []})
print(["quote's", 'dq"', "both'\"", "tab\t", "nl\n", "uni é", "\x00"])
print(str(["a"]), repr("a"), str("a"), [str(1), repr(1.0)])
print(1, "two", 3.0, None, True, sep=" | ")
print("no newline", end="")
print(" <- continued", end="!\n")
print("a", "b", sep="")
print()
print(sep="x")
print(*[1, 2, 3], sep=", ", end=".\n")
print([1.0, 1e16, 1.5e-7, float("inf"), -float("inf"), 0.1 + 0.2])
print({1: "one", True: "true?", 1.0: "float one"})
print(b"bytes\x00\xff", bytearray(b"ba"), [b"in list"])
print(range(5), range(1, 10, 2), slice(1, 2), slice(None))
print(list(range(0)), tuple("ab"), set(), frozenset([1]), dict())
print(complex(1, -2), 2j, -0.0, 10 ** 20, -(2 ** 70))
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "R as str"
print(R(), [R()], {"k": R()}, (R(),))
print(type(data), type(None), print)
print(len, [len])
nested = []
for i in range(4):
    nested = [i, nested]
print(nested)
print("%s %r %d %5.2f %x %%" % ("s", "r", 42, 3.14159, 255))
print("%(a)s-%(b)s" % {"a": 1, "b": 2})
print(repr("\\"), repr("'"), repr('"'), repr("'\""))
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
