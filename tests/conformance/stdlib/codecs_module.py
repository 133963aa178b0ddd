# codecs / _codecs: the registry, error handlers, the codec functions and the encodings package.
import codecs


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for name in ["utf-8", "UTF8", "Latin-1", "ascii", "utf_16", "UTF-16-LE", "utf-32-be", "cp1252", "iso8859-15", "mac-roman", "hex", "rot13"]:
    show("lookup " + name, lambda: codecs.lookup(name).name)
show("lookup unknown", lambda: codecs.lookup("no-such-codec"))
show("lookup type", lambda: codecs.lookup(1))

# Encoding and decoding through the registry (codecs the runtime does not build in).
text = "Grüße € ‚quoted‘ ©"
for enc in ["cp1252", "iso-8859-15", "mac_roman", "cp437", "utf-16", "utf-32-le"]:
    show("encode " + enc, lambda: text.encode(enc, "replace"))
    show("roundtrip " + enc, lambda: text.encode(enc, "replace").decode(enc))
show("cp1252 strict", lambda: "a\u0100b".encode("cp1252"))
show("cp1252 decode undefined", lambda: b"a\x81b".decode("cp1252"))
show("cp1252 decode replace", lambda: b"a\x81b".decode("cp1252", "replace"))
show("cp1252 xmlcharref", lambda: "a\u0100b".encode("cp1252", "xmlcharrefreplace"))
show("codecs.encode rot13", lambda: codecs.encode("Hello", "rot13"))
show("codecs.decode hex", lambda: codecs.decode(b"68656c6c6f", "hex"))
show("codecs.encode base64", lambda: codecs.encode(b"hello", "base64"))
show("str.encode rot13", lambda: "x".encode("rot13"))
show("bytes.decode hex", lambda: b"00".decode("hex"))
show("encode default", lambda: codecs.encode("é"))
show("decode default", lambda: codecs.decode(b"\xc3\xa9"))
show("encode errors", lambda: codecs.encode("é", "ascii", "strict"))

# Error handlers.
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    show("lookup_error " + h, lambda: codecs.lookup_error(h).__name__)
show("lookup_error unknown", lambda: codecs.lookup_error("nope"))
exc = UnicodeEncodeError("ascii", "aé€b", 1, 3, "ordinal not in range(128)")
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    show("handler " + h, lambda: codecs.lookup_error(h)(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
for h in ["ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace"]:
    show("decode handler " + h, lambda: codecs.lookup_error(h)(dexc))
show("strict handler", lambda: codecs.strict_errors(exc))


def custom(e):
    return ("<%d:%d>" % (e.start, e.end), e.end)


codecs.register_error("test.custom", custom)
show("custom encode", lambda: "aéb€".encode("ascii", "test.custom"))
show("custom decode", lambda: b"a\xffb".decode("utf-8", "test.custom"))
show("custom latin-1", lambda: "a\u0100".encode("latin-1", "test.custom"))
codecs.register_error("test.bad", lambda e: "oops")
show("bad handler", lambda: "é".encode("ascii", "test.bad"))
codecs.register_error("test.skip", lambda e: ("", -1))
show("negative position", lambda: "aéb".encode("ascii", "test.skip"))
show("register_error not callable", lambda: codecs.register_error("x", 1))
show("surrogateescape roundtrip", lambda: b"ab\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
show("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass"))


# Search functions.
def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None


codecs.register(search)
show("custom codec encode", lambda: "abc".encode("My-Codec"))
show("custom codec decode", lambda: b"ABC".decode("my codec"))
show("custom codec info", lambda: codecs.lookup("MY_CODEC").name)
codecs.unregister(search)
show("after unregister", lambda: "abc".encode("my_codec"))
show("register not callable", lambda: codecs.register(1))

# The functions of _codecs the encodings package uses.
show("utf_8_encode", lambda: codecs.utf_8_encode("aé"))
show("utf_8_decode partial", lambda: codecs.utf_8_decode(b"a\xe2\x82", None, False))
show("utf_8_decode final", lambda: codecs.utf_8_decode(b"a\xe2\x82", None, True))
show("utf_16_encode", lambda: codecs.utf_16_encode("ab"))
show("utf_16_be_encode", lambda: codecs.utf_16_be_encode("ab"))
show("utf_16_ex_decode", lambda: codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00"))
show("utf_16_le_decode partial", lambda: codecs.utf_16_le_decode(b"a\x00=\xd8", None, False))
show("utf_32_decode", lambda: codecs.utf_32_decode("hi".encode("utf-32")))
show("latin_1_encode", lambda: codecs.latin_1_encode("é"))
show("ascii_decode error", lambda: codecs.ascii_decode(b"\xff"))
show("charmap_decode", lambda: codecs.charmap_decode(b"\x80a", "strict", {0x80: "€", 0x61: 0x62}))
show("charmap_encode dict", lambda: codecs.charmap_encode("ab", "strict", {ord("a"): 1, ord("b"): b"xy"}))
show("charmap_build", lambda: type(codecs.charmap_build("abc")).__name__)
show("escape_encode", lambda: codecs.escape_encode(b"a'\n\x00\\"))
show("escape_decode", lambda: codecs.escape_decode(b"a\\x41\\n\\101\\q"))
show("escape_decode bad", lambda: codecs.escape_decode(b"ab\\x4"))
show("unicode_escape_encode", lambda: codecs.unicode_escape_encode("a\té\u20ac\U0001F600\\"))
show("unicode_escape_decode", lambda: codecs.unicode_escape_decode(b"a\\t\\xe9\\u20ac\\U0001F600\\N{BULLET}"))
show("unicode_escape bad", lambda: b"\\u12".decode("unicode_escape"))
show("raw_unicode_escape", lambda: codecs.raw_unicode_escape_encode("aé\u20ac"))
show("raw_unicode_escape_decode", lambda: codecs.raw_unicode_escape_decode(b"a\\u20ac\\n"))
show("readbuffer_encode", lambda: codecs.readbuffer_encode("abc"))
show("utf_8_encode type", lambda: codecs.utf_8_encode(b"x"))
show("utf_8_decode type", lambda: codecs.utf_8_decode("x"))

# Incremental and stream codecs.
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "€é".encode()])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!"], "utf-8")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
