# bytes.hex with separators, bytes.fromhex / bytearray.fromhex and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

b = bytes(range(0, 256, 17))
show("hex", lambda: b.hex())
show("hex sep", lambda: b.hex(":"))
show("hex sep 2", lambda: b.hex("-", 2))
show("hex sep -2", lambda: b.hex("-", -2))
show("hex sep 3", lambda: b"\x01\x02\x03\x04\x05".hex(" ", 3))
show("hex sep -3", lambda: b"\x01\x02\x03\x04\x05".hex(" ", -3))
show("hex bytes sep", lambda: b"\x01\x02".hex(b"|"))
show("hex long sep", lambda: b"\x01\x02".hex("::"))
show("hex non-ascii sep", lambda: b"\x01\x02".hex("\xe9"))
show("hex empty", lambda: b"".hex())
show("hex empty sep", lambda: b"".hex(":"))
show("bytearray hex", lambda: bytearray(b"\xde\xad").hex())
show("memoryview hex", lambda: memoryview(b"\xbe\xef").hex(","))
show("fromhex", lambda: bytes.fromhex("deadBEEF"))
show("fromhex spaces", lambda: bytes.fromhex(" de ad  be ef "))
show("fromhex tabs", lambda: bytes.fromhex("de\tad\nbe"))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("fromhex bad char", lambda: bytes.fromhex("zz"))
show("fromhex split pair", lambda: bytes.fromhex("a b"))
show("fromhex empty", lambda: bytes.fromhex(""))
show("fromhex bytes arg", lambda: bytes.fromhex(b"ab"))
show("fromhex int", lambda: bytes.fromhex(12))
show("bytearray.fromhex", lambda: bytearray.fromhex("00 ff"))
show("roundtrip", lambda: bytes.fromhex(bytes(range(256)).hex()) == bytes(range(256)))
class MyBytes(bytes):
    pass
show("subclass fromhex", lambda: type(MyBytes.fromhex("41")).__name__)
show("subclass value", lambda: MyBytes.fromhex("4142"))
show("hex non-ascii bytes sep", lambda: b"\x01\x02".hex(b"\xff"))
show("hex sep 0", lambda: b"\x01\x02".hex(":", 0))
