# Lone surrogates in str: repr, len, concatenation stays separate code points, encoding errors.
hi = "\ud800"
lo = "\udc00"
print(repr(hi), repr(lo), len(hi), len(hi + lo), repr(hi + lo), (hi + lo) == "\U00010000")
pair = hi + lo
print([hex(ord(c)) for c in pair], pair[0] == hi, pair[1] == lo, pair[::-1] == lo + hi)
print(ascii(pair), ascii("\udfff"), repr("\udbff\udfff"), len("\udbff\udfff"))
print(hi.isprintable(), hi.isalpha(), hi.isspace(), hi.isascii(), hi.upper() == hi)
print(chr(0xD800) == hi, ord(chr(0xDFFF)), "\ud800" in "a\ud800b", "a\ud800b".find(lo))
print(sorted([lo, hi, "\U00010000", "\uffff", "a"]) == [ "a", hi, lo, "\uffff", "\U00010000"])
print(hi < "\U00010000", lo < "\uffff", "\ud800x".split("x"))
try:
    hi.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    pair.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(hi.encode("utf-8", "surrogatepass"), pair.encode("utf-8", "surrogatepass"))
print(hi.encode("utf-8", "replace"), hi.encode("utf-8", "ignore"), hi.encode("ascii", "backslashreplace"))
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == hi)
try:
    b"\xed\xa0\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(b"\xff".decode("utf-8", "surrogateescape")), "\udcff".encode("utf-8", "surrogateescape"))
print(repr(b"a\xffb".decode("utf-8", "replace")), repr(b"a\xffb".decode("utf-8", "ignore")))
print(repr(b"a\xffb".decode("utf-8", "backslashreplace")))
s = ""
for cp in (0xD83D, 0xDE00):
    s += chr(cp)
print(len(s), repr(s), s == "\U0001F600")
print({hi: 1, lo: 2}[hi], hash(pair) == hash(hi + lo), repr("x".join([hi, lo])))
