# Characters outside the BMP: len, ord/chr, indexing, slicing, iteration, comparison, encode.
s = "a\U0001F600b\U00010348c\U0010FFFF"
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(s[1] == "\U0001F600", s[3], s[-1] == chr(0x10FFFF), s[1:4], s[::2], s[::-1] == "".join(reversed(s)))
print(repr(s), ascii(s), repr("\U0001F600"), ascii("\U0001F600"))
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-16-le")[:6], len(s.encode("utf-32-le")))
print(s.encode("utf-8").decode("utf-8") == s)
print(chr(0x1F600) == "\U0001F600", chr(0x10FFFF) == "\U0010ffff", "\N{GRINNING FACE}" == "\U0001F600")
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print("\U0001F600" > "\uffff", "\uffff" > "\ud7ff", sorted(["\U0001F600", "z", "\uff21", "\xe9"]))
print(max("a\U0001F600\u4e16"), min("\U0001F600\u4e16z"))
print("\U0001F600" * 3, len("\U0001F600" * 3), ("x" + "\U0001F600").find("\U0001F600"))
print([c for c in "\U0001F600\U0001F601"], list(map(len, "\U0001F600\U0001F601")))
print("\U0001F600".isprintable(), "\U000E0001".isprintable(), "\U0001D7D8".isdigit(), "\U00010348".isalpha())
print("\U0001F600x".upper(), "\U00010428".upper(), "\U00010400".lower(), "\U00010400".casefold())
d = {"\U0001F600": 1, "\U0001F601": 2}
print(d["\U0001F600"], "\U0001F601" in d, sorted(d))
print(f"{'\U0001F600':*^5}", "%-3s|" % "\U0001F600", "{:>3}".format("\U0001F600"))
print(str(b"\xf0\x9f\x98\x80", "utf-8"), len(str(b"\xf0\x9f\x98\x80", "utf-8")))
