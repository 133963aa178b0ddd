# Byte values too large for 64 bits are out of range(0, 256) (ValueError), not an overflow;
# bytearray.resize past any possible size is a MemoryError.
import sys

for v in (sys.maxsize, sys.maxsize + 1, -sys.maxsize - 2, 10**100, -10**100, 256, -1):
    for label, f in (
        ("bytes", lambda: bytes([v])),
        ("bytearray", lambda: bytearray([v])),
        ("setitem", lambda: bytearray(b"a").__setitem__(0, v)),
        ("append", lambda: bytearray(b"a").append(v)),
        ("insert", lambda: bytearray(b"a").insert(0, v)),
        ("find", lambda: b"a".find(v)),
        ("in", lambda: v in b"a"),
    ):
        try:
            print(label, f())
        except Exception as e:
            print(label, type(e).__name__, e)

for n in (sys.maxsize, 2**40):
    try:
        bytearray(b"abc").resize(n)
    except MemoryError as e:
        print("resize", n, "MemoryError", e)
b = bytearray(b"abc")
b.resize(5)
print(b)
try:
    b.resize(2**70)
except OverflowError as e:
    print("OverflowError", e)
