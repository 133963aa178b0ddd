# strip / lstrip / rstrip / removeprefix / removesuffix, with chars and whitespace kinds.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

s = " \t\n hello world \r\x0b\x0c "
show("strip", lambda: s.strip())
show("lstrip", lambda: s.lstrip())
show("rstrip", lambda: s.rstrip())
show("strip chars", lambda: "xxhixyx".strip("xy"))
show("lstrip chars", lambda: "xxhixyx".lstrip("xy"))
show("rstrip chars", lambda: "xxhixyx".rstrip("xy"))
show("strip None", lambda: "  a  ".strip(None))
show("strip empty", lambda: "  a  ".strip(""))
show("strip all", lambda: "aaaa".strip("a"))
show("strip unicode ws", lambda: "\u3000\xa0\u2003x\u2029\x85".strip())
show("strip non-BMP", lambda: "\U0001F600a\U0001F600".strip("\U0001F600"))
show("strip int", lambda: "a".strip(1))
show("removeprefix", lambda: "TestCase".removeprefix("Test"))
show("removeprefix miss", lambda: "TestCase".removeprefix("Case"))
show("removeprefix empty", lambda: "abc".removeprefix(""))
show("removesuffix", lambda: "file.tar.gz".removesuffix(".gz"))
show("removesuffix whole", lambda: "abc".removesuffix("abc"))
show("removesuffix miss", lambda: "abc".removesuffix("abcd"))
show("removeprefix tuple", lambda: "abc".removeprefix(("a",)))
show("removesuffix None", lambda: "abc".removesuffix(None))
show("strip too many", lambda: "a".strip("a", "b"))
lines = ["  one  ", "two\n", "\tthree", ""]
print([l.strip() for l in lines], [l.rstrip("\n") for l in lines])
print("|".join(x.strip(".,!") for x in "Hello, world! ...ok.".split()))
