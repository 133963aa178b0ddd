# memoryview basics: len, indexing, slicing, tobytes, tolist, readonly, writes through, release.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.readonly, m.tobytes(), m.tolist(), m[1:4].tobytes(), m[::2].tobytes())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous, m.c_contiguous)
print(bytes(m[::-1]), m == b"abcdef", m[1:3] == b"bc", m == memoryview(b"abcdef"), list(m[:2]))
show("write readonly", lambda: m.__setitem__(0, 1))
show("index out", lambda: m[10])
show("hash", lambda: hash(memoryview(b"ab")) == hash(b"ab"))
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly, mv.tobytes())
show("write wrong size", lambda: mv.__setitem__(slice(0, 2), b"x"))
show("write 256", lambda: mv.__setitem__(0, 256))
show("resize while exported", lambda: ba.append(1))
mv.release()
show("after release", lambda: mv[0])
ba.append(33)
print(ba)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
show("closed", lambda: len(cm))
show("str arg", lambda: memoryview("abc"))
show("int arg", lambda: memoryview(5))
mb = memoryview(bytearray(range(8)))
print(mb[2:6].tolist(), mb[2:6][1], bytes(mb[5:1:-2]), mb.hex(), mb[::3].hex())
sub = mb[4:]
sub[0] = 99
print(mb.tolist(), mb.obj == bytearray(b"\x00\x01\x02\x03c\x05\x06\x07"))
print(bytes(memoryview(b"x") * 1) if False else "nomul", b"".join([memoryview(b"a"), memoryview(b"b")]))
show("toreadonly", lambda: memoryview(bytearray(b"a")).toreadonly().readonly)
show("cast", lambda: memoryview(b"\x01\x00\x02\x00").cast("H").tolist())
show("tobytes order", lambda: memoryview(b"ab").tobytes("C"))
