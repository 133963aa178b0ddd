# bytes whitespace set differs from str (only ASCII), split edge cases, count/find with ints.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("ws split", lambda: b"a\x1cb\x85c\xa0d\x0be\x0cf \tg\rh\ni".split())
show("ws strip", lambda: b"\x0b\x0c \t\r\nx\x1c".strip())
show("isspace", lambda: [bytes([c]).isspace() for c in (9, 10, 11, 12, 13, 28, 32, 133, 160)])
show("split maxsplit", lambda: (b"a b c d".split(None, 2), b"a b c d".rsplit(None, 2)))
show("split empty", lambda: (b"".split(), b"".split(b","), b",".split(b",")))
show("split empty sep", lambda: b"abc".split(b""))
show("find int", lambda: (b"abc".find(98), b"abc".find(98, 2), b"abc".rfind(97)))
show("count int", lambda: (b"banana".count(97), b"banana".count(b"an"), b"banana".count(b"")))
show("index int missing", lambda: b"abc".index(100))
show("in int bad", lambda: 300 in b"abc")
show("startswith int", lambda: b"abc".startswith(97))
show("replace count", lambda: (b"aaaa".replace(b"a", b"b", 2), b"aaaa".replace(b"aa", b"")))
show("partition miss", lambda: (b"abc".partition(b"x"), b"abc".rpartition(b"x")))
show("splitlines edge", lambda: (b"".splitlines(), b"\n".splitlines(), b"a\r".splitlines(True)))
show("strip None", lambda: b"  x  ".strip(None))
show("lstrip bytearray", lambda: bytearray(b"xxy").lstrip(b"x"))
show("title digits", lambda: b"1st 2nd abc_def".title())
show("swapcase", lambda: b"AbC\xc4".swapcase())
show("center odd", lambda: [b"a".center(n, b"*") for n in range(1, 6)])
show("expandtabs", lambda: (b"\t".expandtabs(0), b"a\tb".expandtabs(1), b"ab\r\tc".expandtabs(4)))
