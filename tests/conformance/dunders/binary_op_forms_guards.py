# BINARY_OP sites specialized for in-place str concatenation, list slices and a Python
# __getitem__, while the operand types and the classes change.


def concat(parts):
    s = ""
    for p in parts:
        s += p
    return s


print(concat(["ab"] * 40))
print(concat(["x"] * 30 + [str(i) for i in range(5)]))
try:
    concat(["a"] * 30 + [1])
except TypeError as e:
    print("TypeError", e)


class S(str):
    pass


print(repr(concat([S("s")] * 3 + ["t"] * 30)), type(concat([S("s")])).__name__)


def other_local(n):
    s = "a"
    t = ""
    for i in range(n):
        t = s + "b"      # stores to another local: not in place
        s = s + "c"      # s = s + ...: in place
    return len(s), t[-3:]


print(other_local(50))


def alias(n):
    s = "q"
    keep = []
    for _ in range(n):
        keep.append(s)
        s += "z"
    return keep[3], s[-3:], len(s)


print(alias(40))


def slices(seq, n):
    out = None
    for _ in range(n):
        out = (seq[1:3], seq[::-1], seq[-2:], seq[:0], seq[5:100])
    return out


print(slices([1, 2, 3, 4, 5, 6], 60))
print(slices((1, 2, 3, 4, 5, 6), 60))
print(slices("abcdef", 60))


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


print(slices(L([1, 2, 3, 4, 5, 6]), 3))


class Seq:
    def __getitem__(self, i):
        if i == 99:
            raise IndexError("ninety-nine")
        return i * 2


def index(o, n):
    t = 0
    for i in range(n):
        t += o[i]
    return t


print(index(Seq(), 60))
Seq.__getitem__ = lambda self, i: -i
print(index(Seq(), 60))
try:
    print(index(Seq(), 200))
except IndexError as e:
    print("IndexError", e)


def getitem_kw(self, i, scale=3):
    return i * scale


Seq.__getitem__ = getitem_kw
print(index(Seq(), 60))
getitem_kw.__defaults__ = (5,)
print(index(Seq(), 60))


class Sub(Seq):
    def __getitem__(self, i):
        return super().__getitem__(i) + 1


print(index(Sub(), 60))


def mixed(objs):
    return [o[2] for o in objs]


print(mixed([Seq(), Sub(), [0, 1, 2], {2: "two"}, "abc"] * 12)[:5])


class Raises:
    def __getitem__(self, i):
        raise KeyError(i)


def catch(o, n):
    c = 0
    for i in range(n):
        try:
            o[i]
        except KeyError:
            c += 1
    return c


print(catch(Raises(), 60))


class Deep:
    def __getitem__(self, i):
        return self[i - 1] if i > 0 else 0


print(Deep()[300])
try:
    Deep()[100000]
except RecursionError:
    print("RecursionError")


# `in` on str (CONTAINS_OP_STR, ours) with the operand types changing.
def has(s, subs):
    return [x in s for x in subs]


print(has("hello world", ["o w", "", "xyz", "hello world!"] * 15).count(True))


class MyStr(str):
    def __contains__(self, x):
        return True


print(has(MyStr("a"), ["b"] * 3), has("abc", [S("b"), S("z")]))
try:
    has("abc", ["a"] * 30 + [1])
except TypeError as e:
    print("TypeError", e)
