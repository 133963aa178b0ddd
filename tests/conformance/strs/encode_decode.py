# str.encode / bytes.decode with common codecs and error handlers and their messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

s = "héllo wörld \u20ac \U0001F600"
for codec in ["utf-8", "UTF8", "utf_8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32-be", "cp1252", "iso-8859-15"]:
    show("encode " + codec, lambda: s.encode(codec))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    show("ascii " + errors, lambda: s.encode("ascii", errors))
show("latin-1 replace", lambda: s.encode("latin-1", "replace"))
show("default", lambda: "é".encode())
show("kw", lambda: "é".encode(encoding="latin-1", errors="strict"))
show("unknown codec", lambda: "a".encode("no-such-codec"))
show("unknown errors", lambda: "é".encode("ascii", "bogus"))
show("unknown errors unused", lambda: "e".encode("ascii", "bogus"))
b = s.encode("utf-8")
show("decode", lambda: b.decode())
show("decode latin-1", lambda: b.decode("latin-1"))
show("decode ascii", lambda: b.decode("ascii"))
show("decode ascii replace", lambda: b.decode("ascii", "replace"))
show("decode truncated", lambda: b"\xe2\x82".decode("utf-8"))
show("decode invalid start", lambda: b"ab\x80cd".decode("utf-8"))
show("decode bad continuation", lambda: b"\xe2\x28\xa1".decode("utf-8"))
show("decode overlong", lambda: b"\xc0\xaf".decode("utf-8"))
show("decode utf-16", lambda: "hi".encode("utf-16").decode("utf-16"))
show("decode utf-16 odd", lambda: b"a\x00b".decode("utf-16-le"))
show("decode utf-8-sig", lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
show("str(bytes, enc)", lambda: str(b"caf\xc3\xa9", "utf-8"))
show("str(bytes, errors)", lambda: str(b"\xff", errors="replace"))
show("str(bytes)", lambda: str(b"abc"))
show("str(str, enc)", lambda: str("abc", "utf-8"))
show("bytes(str)", lambda: bytes("abc"))
show("bytes(str, enc)", lambda: bytes("é", "utf-8"))
show("roundtrip all", lambda: all(chr(c).encode("utf-8").decode("utf-8") == chr(c) for c in list(range(0, 0xD800, 97)) + list(range(0xE000, 0x110000, 997))))
