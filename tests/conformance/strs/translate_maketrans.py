# str.maketrans forms and str.translate with dicts, None deletion, lookups and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

t = str.maketrans("abc", "xyz")
show("table", lambda: sorted(t.items()))
show("translate", lambda: "aabbcc-d".translate(t))
t2 = str.maketrans("ab", "AB", "cd")
show("table2", lambda: sorted(t2.items()))
show("translate2", lambda: "abcdefabcd".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
show("table3", lambda: sorted(t3.items()))
show("translate3", lambda: "abcde".translate(t3))
show("maketrans unequal", lambda: str.maketrans("ab", "x"))
show("maketrans long key", lambda: str.maketrans({"ab": "x"}))
show("maketrans non-dict", lambda: str.maketrans(["a"]))
show("maketrans 2nd not str", lambda: str.maketrans("a", 1))
show("translate dict int", lambda: "abc".translate({97: 98, 98: "\U0001F600"}))
show("translate bad value", lambda: "abc".translate({97: 1.5}))
show("translate big int", lambda: "abc".translate({97: 0x110000}))
show("translate list", lambda: "abc".translate(["A", "B", "C"] * 40))
show("translate short list", lambda: "a~".translate(["x"] * 100))
class Table:
    def __getitem__(self, key):
        if key == ord("z"):
            raise LookupError
        return key + 1
show("translate custom", lambda: "abz".translate(Table()))
class BadTable:
    def __getitem__(self, key):
        raise ValueError("nope")
show("translate raising", lambda: "a".translate(BadTable()))
show("translate non-BMP key", lambda: "x\U0001F600y".translate({0x1F600: "smile"}))
show("rot13", lambda: "Hello, World!".translate(str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")))
