# zlib: round trips through every container and level, streaming objects, bytes that CPython's
# zlib produced, checksums and the errors of corrupt input. Compressed bytes are never printed:
# they may differ between zlib implementations at the same level.
import zlib

TEXT = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
DATA = b"hello world " * 300 + bytes(range(256)) * 12

# Made by CPython 3.14's zlib 1.3.
CP_LEVEL9 = (b'x\xda\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01\x14\x97\xc2\x9c')
CP_RAW = b'KLJN\x84!\x00'
CP_STORED = b'x\x01\x01\x0b\x00\xf4\xffstored data\x1a\xb2\x04L'
CP_ZDICT = b'x\xbbs\xe1\tB+\xce\xcfMUHF\x97\x04\x8bBU\x00\x00\xe1\x8a\x0c\xea'
CP_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xffK\xaf\xca,P(H\xac\xcc\xc9OL\xe1J'\x83\x03\x00\n\xf4\xa2 A\x00\x00\x00"
CP_GZIP2 = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb(MK\xcbM\xccS\xc8\xcf\xcb\xa9T(I\xad(\x01\x00\xbe'\xa7\xa7\x11\x00\x00\x00"

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_NO_FLUSH, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(issubclass(zlib.error, Exception), zlib.error.__module__, type(zlib.ZLIB_VERSION))

print("-- checksums")
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(TEXT), zlib.crc32(b"more", zlib.crc32(b"some")), zlib.crc32(b"somemore"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(TEXT), zlib.adler32(b"more", zlib.adler32(b"some")), zlib.adler32(b"somemore"))
print(zlib.crc32(b"x", -1), zlib.adler32(b"x", 2**32 + 5), zlib.adler32(bytes(100000)), zlib.crc32(memoryview(b"abc")))

print("-- CPython's bytes")
print(zlib.decompress(CP_LEVEL9) == TEXT)
print(zlib.decompress(CP_RAW, -15), zlib.decompress(CP_STORED))
print(zlib.decompress(CP_GZIP, 31), zlib.decompress(CP_GZIP, 47) == zlib.decompress(CP_GZIP, 31))
print(zlib.decompress(CP_GZIP2, 16 + zlib.MAX_WBITS), zlib.decompress(CP_LEVEL9, 0) == TEXT)
d = zlib.decompressobj(zdict=b"common words and phrases")
print(d.decompress(CP_ZDICT), d.eof)

print("-- round trips")
for level in (-1, 0, 1, 5, 6, 9):
    c = zlib.compress(DATA, level)
    print(level, zlib.decompress(c) == DATA, len(c) < len(DATA) or level == 0)
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(DATA, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == DATA, wbits < 0 or zlib.decompress(c, 47) == DATA)
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"", wbits=31), 31))
print(zlib.decompress(zlib.compress(b"x"), bufsize=1), zlib.decompress(bytearray(zlib.compress(b"ba"))))
print(zlib.compress(b"header check")[0], zlib.compress(b"", 9)[1] % 64 // 1, zlib.compress(b"", 1)[:2])
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 9, strategy)
    print(strategy, zlib.decompress(co.compress(DATA) + co.flush()) == DATA)

print("-- streaming")
co = zlib.compressobj(9)
parts = [co.compress(DATA[:1000]), co.flush(zlib.Z_SYNC_FLUSH)]
d = zlib.decompressobj()
print(d.decompress(b"".join(parts)) == DATA[:1000])
parts2 = [co.compress(DATA[1000:]), co.flush(zlib.Z_FULL_FLUSH), co.flush()]
print(d.decompress(b"".join(parts2)) == DATA[1000:], d.eof)
stream = b"".join(parts + parts2)
d = zlib.decompressobj()
out = b"".join(d.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7))
print(out == DATA, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = d.decompress(stream + b"trailing", 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 100)
print(out == DATA, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data, d.flush())
d = zlib.decompressobj()
first = d.decompress(stream, 10)
print(len(first), len(d.flush()) + len(first) == len(DATA), d.eof)
try:
    d.decompress(b"x", -1)
except ValueError as e:
    print("ValueError", e)
try:
    d.flush(0)
except ValueError as e:
    print("ValueError", e)

print("-- copies")
co = zlib.compressobj()
head = co.compress(b"shared prefix " * 50)
c2 = co.copy()
a = head + co.compress(b"first ending") + co.flush()
b = head + c2.compress(b"second ending") + c2.flush()
print(zlib.decompress(a)[-12:], zlib.decompress(b)[-13:])
try:
    co.copy()
except ValueError as e:
    print("ValueError", e)
try:
    co.compress(b"after finish")
except zlib.error as e:
    print(e)
try:
    co.flush()
except zlib.error as e:
    print(e)
print(co.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
half = d.decompress(a[:len(a) // 2])
d2 = d.copy()
print(half + d.decompress(a[len(a) // 2:]) == half + d2.decompress(a[len(a) // 2:]), d2.eof)

print("-- dictionaries")
zd = b"a shared dictionary of words"
for wbits in (15, -15):
    co = zlib.compressobj(wbits=wbits, zdict=zd)
    c = co.compress(b"words of a shared dictionary, twice: words of a shared dictionary") + co.flush()
    print(wbits, zlib.decompressobj(wbits, zdict=zd).decompress(c))
try:
    zlib.decompress(CP_ZDICT)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj(zdict=b"wrong dictionary").decompress(CP_ZDICT)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj().decompress(CP_ZDICT)
except zlib.error as e:
    print(e)
try:
    zlib.compressobj(wbits=31, zdict=b"abc")
except ValueError as e:
    print("ValueError", e)
try:
    zlib.decompressobj(zdict="str")
except TypeError as e:
    print("TypeError", e)

print("-- _ZlibDecompressor")
zd = zlib._ZlibDecompressor()
print(zd.needs_input, zd.eof, zd.unused_data)
out = zd.decompress(stream[:50], 10)
print(len(out), zd.needs_input)
out += zd.decompress(b"", 10)
out += zd.decompress(stream[50:] + b"tail")
print(out == DATA, zd.eof, zd.unused_data, zd.needs_input)
try:
    zd.decompress(b"")
except EOFError as e:
    print("EOFError", e)

print("-- errors")
CORRUPT = [
    b"", b"x", b"x\x9c", b"abcd", b"x\x9c\xff\xff", b"\x78\x9c\x07\x00", b"x\x9a\x00\x00",
    b"\x79\x9c\x00", b"\x88\x98\x00", b"x\x9c\x01\x05\x00\x00\x00", CP_LEVEL9[:-1], CP_LEVEL9[:40],
    CP_LEVEL9[:-4] + b"\x00\x00\x00\x00", bytes([0x78, 0x9c, 0x05, 0xc0, 0x01, 0x01]),
    bytes([0x78, 0x9c, 0x63, 0x00, 0x02, 0x00]), bytes([0x78, 0x9c, 0x4b, 0x04, 0x02, 0x00, 0x00]),
]
for bad in CORRUPT:
    try:
        print(zlib.decompress(bad))
    except zlib.error as e:
        print(e)
for bad in [CP_GZIP[:-1], CP_GZIP[:-8] + b"\x00" * 8, CP_GZIP[:-4] + b"\x00" * 4, b"\x1f\x8b\x07" + CP_GZIP[3:], b"\x1f\x8b\x08\xe0" + CP_GZIP[4:], CP_LEVEL9]:
    try:
        print(zlib.decompress(bad, 31))
    except zlib.error as e:
        print(e)
for bad in [b"\x03", b"\xff\xff", b"\x0b\x00"]:
    try:
        print(zlib.decompress(bad, -15))
    except zlib.error as e:
        print(e)
for args in [(b"x", 10), (b"x", -2), (b"x", 6, 7), (b"x", 6, 40)]:
    try:
        zlib.compress(*args)
    except zlib.error as e:
        print(e)
for wbits in (7, -7, 48, 100):
    try:
        zlib.decompress(CP_RAW, wbits)
    except zlib.error as e:
        print(e)
    try:
        zlib.decompressobj(wbits)
    except ValueError as e:
        print("ValueError", e)
for kwargs in [{"level": 11}, {"method": 9}, {"memLevel": 0}, {"strategy": 9}, {"wbits": 0}]:
    try:
        zlib.compressobj(**kwargs)
    except ValueError as e:
        print("ValueError", e)
try:
    zlib.decompress(b"x", bufsize=-1)
except ValueError as e:
    print("ValueError", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError", e)
d = zlib.decompressobj()
try:
    d.decompress(b"x\x9c\x07")
except zlib.error as e:
    print(e)
d = zlib.decompressobj()
print(d.decompress(CP_LEVEL9[:-1]) == TEXT, d.eof, d.flush() == b"", d.eof)

print("-- crafted raw deflate streams")


class Bits:
    def __init__(self):
        self.value = 0
        self.count = 0

    def put(self, value, n):  # header fields and extra bits: least significant bit first
        self.value |= value << self.count
        self.count += n
        return self

    def code(self, code, n):  # Huffman codes: most significant bit first
        for i in range(n - 1, -1, -1):
            self.put((code >> i) & 1, 1)
        return self

    def bytes(self):
        return self.value.to_bytes((self.count + 7) // 8, "little")


def fixed():
    return Bits().put(1, 1).put(1, 2)


def dynamic(hlit, hdist, hclen, clens):
    b = Bits().put(1, 1).put(2, 2).put(hlit, 5).put(hdist, 5).put(hclen, 4)
    for n in clens:
        b.put(n, 3)
    return b


CRAFTED = [
    ("literal then end", fixed().code(0x30 + ord("A"), 8).code(0, 7).bytes()),
    ("match too far back", fixed().code(1, 7).code(0, 5).bytes()),
    ("distance code 30", fixed().code(0x30 + ord("A"), 8).code(1, 7).code(30, 5).bytes()),
    ("length code 286", fixed().code(0xC6, 8).bytes()),
    ("too many symbols", dynamic(30, 0, 0, []).bytes() + bytes(8)),
    ("incomplete code lengths", dynamic(0, 0, 0, [1, 0, 0, 0]).bytes() + bytes(8)),
    ("oversubscribed code lengths", dynamic(0, 0, 0, [1, 1, 1, 0]).bytes() + bytes(8)),
    ("repeat first", dynamic(0, 0, 0, [1, 0, 0, 1]).code(1, 1).bytes() + bytes(8)),
    ("no end of block", dynamic(0, 0, 14, [0, 0, 1] + [0] * 14 + [1]).code(1, 1).put(127, 7).code(1, 1).put(108, 7).code(0, 1).bytes()),
    ("repeat past the end", dynamic(0, 0, 14, [0, 0, 1] + [0] * 14 + [1]).code(1, 1).put(127, 7).code(1, 1).put(127, 7).bytes()),
    ("stored then fixed", Bits().put(0, 1).put(0, 2).bytes() + b"\x02\x00\xfd\xffhi" + fixed().code(0, 7).bytes()),
    ("match inside output", fixed().code(0x30 + ord("z"), 8).code(2, 7).code(0, 5).code(0, 7).bytes()),
]
for name, data in CRAFTED:
    try:
        print(name, zlib.decompress(data, -15))
    except zlib.error as e:
        print(name, e)
    d = zlib.decompressobj(-15)
    try:
        print(name, b"".join(d.decompress(data[i:i + 1]) for i in range(len(data))), d.eof)
    except zlib.error as e:
        print(name, "obj", e)

print("-- gzip")
import gzip
import io
import os
import tempfile

print(gzip.decompress(CP_GZIP), gzip.decompress(CP_GZIP + CP_GZIP2))
g = gzip.compress(DATA, compresslevel=9, mtime=0)
print(g[:4], gzip.decompress(g) == DATA)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(200):
            f.write(f"line {i}\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], end="")
    with gzip.open(path, "rb") as f:
        print(f.read(10), f.seek(100), f.read(5))
    with gzip.GzipFile(path, "ab") as f:
        f.write(b"appended member\n")
    with gzip.open(path) as f:
        print(f.read()[-16:])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="name.txt") as f:
    f.write(b"with a file name")
raw = buf.getvalue()
print(raw[3], raw[10:19], gzip.GzipFile(fileobj=io.BytesIO(raw)).read())
try:
    gzip.decompress(b"not gzip data")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(CP_GZIP[:-3])
except EOFError as e:
    print("EOFError", e)
