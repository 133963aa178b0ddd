# bytes.decode and bytes.translate / bytes.maketrans.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("decode", lambda: b"caf\xc3\xa9".decode())
show("decode latin", lambda: b"caf\xe9".decode("latin-1"))
show("decode error", lambda: b"caf\xe9".decode())
show("decode replace", lambda: b"caf\xe9!".decode("utf-8", "replace"))
show("decode ignore", lambda: b"caf\xe9!".decode(errors="ignore"))
show("decode ascii", lambda: b"\x80".decode("ascii"))
show("decode bytearray", lambda: bytearray(b"\xe2\x82\xac").decode())
t = bytes.maketrans(b"abc", b"xyz")
show("maketrans len", lambda: (len(t), t[97:100]))
show("translate", lambda: b"aabbcc".translate(t))
show("translate delete", lambda: b"aabbcc".translate(t, b"b"))
show("translate None", lambda: b"hello".translate(None, b"l"))
show("translate None kw", lambda: b"hello".translate(None, delete=b"lo"))
show("translate short table", lambda: b"a".translate(b"abc"))
show("maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
show("maketrans str", lambda: bytes.maketrans("a", "b"))
show("bytearray translate", lambda: bytearray(b"abc").translate(t))
show("bytearray.maketrans", lambda: bytearray.maketrans(b"a", b"b")[97])
show("upper non-ascii untouched", lambda: b"\xe9a".upper())
show("isalpha non-ascii", lambda: b"\xe9".isalpha())
show("decode utf-16", lambda: b"\xff\xfeh\x00i\x00".decode("utf-16"))
show("decode unknown", lambda: b"x".decode("nope"))
