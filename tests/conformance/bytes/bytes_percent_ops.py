# bytes arithmetic/ops: comparisons, sorting, sets and dict keys, bytes(str) errors, list conversions.
data = [b"b", b"a", b"", b"ab", b"\xff", b"A", b"a\x00"]
print(sorted(data), min(data), max(data), sorted(data, key=len))
print({b"a": 1, bytes([97]): 2}, len({b"x", b"x", bytes(b"x")}), b"a" in {b"a"})
try:
    print({bytearray(b"a"): 1})
except TypeError as e:
    print(type(e).__name__, e)
print(b"%d-%s" % (5, b"x"), b"%(a)s" % {b"a": b"dict"}, b"%5.1f|" % 2.25, b"%%")
print(list(b"\x00\x7f\x80\xff"), bytes([0, 127, 128, 255]), tuple(bytearray(b"ab")))
print(b"abc"[1], b"abc"[1:2], bytearray(b"abc")[1], bytearray(b"abc")[1:2], b"abc"[-1:])
print(b"x".join([b"1", b"2", b"3"]), b"-".join(bytearray(b"ab").split(b"a")))
print(int.from_bytes(b"ab", "big"), b"ab".hex(), bytes.fromhex("6162"))
total = 0
for byte in b"checksum":
    total = (total * 31 + byte) % 65521
print(total)
print(bytes(x ^ 0x55 for x in b"secret"), bytes(x ^ 0x55 for x in bytes(x ^ 0x55 for x in b"secret")))
print(b"a" * 3 + b"b" * 2, b"abc".count(b"") , len(b"\x00" * 100), (b"ab" * 50)[97:])
print(b"abc".__len__(), b"abc".__getitem__(0), b"abc".__contains__(98), b"abc".__add__(b"d"))
print(bytes.__mul__(b"z", 2), bytearray.__iadd__(bytearray(b"q"), b"r"), b"abc".__mod__(()) if False else "")
try:
    print(b"%s" % "text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b"%d" % b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b"ab" * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
