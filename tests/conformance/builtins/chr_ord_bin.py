# chr/ord/bin/oct/hex with edge values and error messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for cp in [0, 9, 10, 32, 65, 127, 128, 160, 255, 256, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c))
show("chr neg", lambda: chr(-1))
show("chr too big", lambda: chr(0x110000))
show("chr huge", lambda: chr(2 ** 64))
show("chr float", lambda: chr(65.0))
show("chr str", lambda: chr("A"))
show("chr bool", lambda: chr(True))
show("ord multi", lambda: ord("ab"))
show("ord empty", lambda: ord(""))
show("ord bytes", lambda: ord(b"A"))
show("ord bytes multi", lambda: ord(b"AB"))
show("ord bytearray", lambda: ord(bytearray(b"z")))
show("ord int", lambda: ord(65))
show("ord non-BMP", lambda: ord("\U0001F600"))
show("ord surrogate", lambda: ord("\udc80"))
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) + 1]:
    print(n, bin(n), oct(n), hex(n))
show("bin float", lambda: bin(1.0))
show("hex str", lambda: hex("10"))
show("oct None", lambda: oct(None))
class I:
    def __index__(self):
        return -10
show("index obj", lambda: (bin(I()), oct(I()), hex(I())))
show("hex bool", lambda: (hex(True), bin(False)))
show("roundtrip", lambda: all(int(hex(n), 16) == n and int(bin(n), 0) == n for n in range(-300, 300, 7)))
