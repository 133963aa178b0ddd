# bytes literals, repr escapes, indexing gives ints, slicing gives bytes, iteration.
b = b"hello\x00\xff\n\t'\"\\"
print(repr(b), len(b), b[0], b[-1], b[5], b[6], type(b[0]).__name__, b[1:4], b[::-1], b[::3])
print(list(b), [x for x in b"AZ"], bytes(reversed(b"abc")))
print(repr(b"it's"), repr(b'say "x"'), repr(b"'\""), repr(b""), repr(b"\x7f\x80\r"), str(b"x"))
print(rb"\d\n", br"\x00", b"abc" b"def", b"\101\x42C")
print(repr(bytearray(b"ab\x00")), repr(bytearray()), str(bytearray(b"x'y")))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" < b"\x00", b"abc" != "abc")
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"x" in b"xyz", 120 in b"xyz", b"" in b"x")
for bad in [256, -1, "x", 1.0]:
    try:
        print(bad in b"abc")
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b * 2 if len(b) < 3 else b"ab" * 3, 2 * b"x", b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"x") + b"y")
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + b"b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(3), bytes([65, 66]), bytes(range(5)), bytes(b"xy"), bytes(bytearray(b"z")), bytes(memoryview(b"mv")))
print(bytes("é", "utf-8"), bytes(), bytes(0), bytes((1, 2)), bytes(iter([3])))
for args in [([256],), ([-1],), ("str",), (1.5,), (-1,), (["a"],), ("x", "bad-codec"), (b"x", "utf-8")]:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
class Idx:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Idx()), bytes([Idx()]), bytearray(Idx()))
