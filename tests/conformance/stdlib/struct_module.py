# struct / _struct: formats, byte orders, alignment, the functions and Struct, and the errors.
import struct


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for fmt in ["i", "@iq", "@qi", "=iq", "<bhilq", ">BHILQ", "!e", "3s2p", "xbx", "?c", "@hd", "@bD", "<F", "0s", "ii10s", "n", "P", "@N"]:
    show("calcsize " + fmt, lambda: struct.calcsize(fmt))
show("pack ints", lambda: struct.pack("<bhiq", -1, -2, -3, -4))
show("pack unsigned", lambda: struct.pack(">BHIQ", 255, 65535, 2**32 - 1, 2**64 - 1))
show("pack native", lambda: struct.pack("@bi", 1, 2))
show("pack floats", lambda: struct.pack("<efd", 1.5, -0.25, 1e100))
show("pack complex", lambda: struct.pack("<FD", 1 + 2j, -1j))
show("pack bool char", lambda: struct.pack("?c?", [], b"x", 7))
show("pack strings", lambda: struct.pack("5s3p2s", b"ab", b"abcdef", bytearray(b"xyz")))
show("pack index", lambda: struct.pack("i", True))
show("unpack", lambda: struct.unpack("<bhiq", struct.pack("<bhiq", -1, -2, -3, -4)))
show("unpack unsigned", lambda: struct.unpack(">BHIQ", b"\xff" * 15))
show("unpack floats", lambda: struct.unpack("<efd", struct.pack("<efd", 1.5, -0.25, 1e100)))
show("unpack nan inf", lambda: struct.unpack("<dd", struct.pack("<dd", float("inf"), -0.0)))
show("unpack strings", lambda: struct.unpack("5s3p?c", b"ab\x00\x00\x00\x02xy\x01z"))
show("unpack_from", lambda: struct.unpack_from("<h", b"\x00\x01\x02\x03", 1))
show("unpack_from kw", lambda: struct.unpack_from("<h", buffer=b"\x00\x01\x02", offset=-2))
show("iter_unpack", lambda: list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print("pack_into", buf)
struct.pack_into("<h", buf, -2, 0x4142)
print("pack_into negative", buf)
s = struct.Struct("<hi")
print(s, s.format, s.size, s.pack(1, 2), s.unpack(s.pack(1, 2)), s.unpack_from(b"\x00" + s.pack(3, 4), 1))
print(struct.Struct(b">q").format, list(s.iter_unpack(s.pack(5, 6) * 2)))

# Errors.
for fmt, v in [("b", 128), ("B", -1), ("<h", 2**15), ("<H", 2**16), ("<i", -2**31 - 1), ("<I", 2**32), ("<q", 2**63), ("<Q", -1), ("l", 2**63), ("b", 1.5), ("b", "x"), ("d", "x"), ("<e", 1e6), ("<f", 1e300), ("c", b"ab"), ("s", "ab")]:
    show("pack %s %r" % (fmt, v), lambda: struct.pack(fmt, v))
show("too few", lambda: struct.pack("ii", 1))
show("too many", lambda: struct.pack("i", 1, 2))
show("bad char", lambda: struct.calcsize("z"))
show("standard n", lambda: struct.calcsize("<n"))
show("count alone", lambda: struct.calcsize("12"))
show("format type", lambda: struct.calcsize(12))
show("unpack size", lambda: struct.unpack("i", b"abc"))
show("unpack_from short", lambda: struct.unpack_from("i", b"abcdef", 4))
show("unpack_from offset", lambda: struct.unpack_from("i", b"abcdef", -9))
show("iter_unpack size", lambda: struct.iter_unpack("i", b"abcdef"))
show("iter_unpack empty", lambda: struct.iter_unpack("", b""))
show("pack_into short", lambda: struct.pack_into("i", bytearray(6), 4, 1))
show("pack_into no space", lambda: struct.pack_into("i", bytearray(6), -2, 1))
show("pack_into offset", lambda: struct.pack_into("i", bytearray(6), -9, 1))
show("pack_into bytes", lambda: struct.pack_into("i", b"123456", 0, 1))
show("unpack str", lambda: struct.unpack("i", "abcd"))
show("error class", lambda: (struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception)))
