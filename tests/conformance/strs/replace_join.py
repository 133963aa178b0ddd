# replace (count, empty old, growth) and join (types, errors).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("replace", lambda: "one two one two".replace("one", "1"))
show("replace count", lambda: "aaaa".replace("a", "b", 2))
show("replace count 0", lambda: "aaaa".replace("a", "b", 0))
show("replace count -1", lambda: "aaaa".replace("a", "b", -1))
show("replace kw count", lambda: "aaaa".replace("a", "b", count=3))
show("replace empty old", lambda: "abc".replace("", "-"))
show("replace empty old count", lambda: "abc".replace("", "-", 2))
show("replace empty str", lambda: "".replace("", "x"))
show("replace to empty", lambda: "banana".replace("an", ""))
show("replace grows", lambda: "a.b.c".replace(".", "..."))
show("replace miss", lambda: "abc".replace("z", "y"))
show("replace non-BMP", lambda: "a\U0001F600b".replace("\U0001F600", "\u00e9"))
show("replace int", lambda: "abc".replace(1, "x"))
show("replace overlapping", lambda: "aaa".replace("aa", "b"))
show("join", lambda: ", ".join(["a", "b", "c"]))
show("join empty", lambda: ", ".join([]))
show("join one", lambda: ", ".join(["x"]))
show("join gen", lambda: "-".join(str(i) for i in range(5)))
show("join str", lambda: "-".join("abc"))
show("join dict", lambda: "+".join({"k1": 1, "k2": 2}))
show("join int", lambda: "-".join(["a", 1]))
show("join bytes", lambda: "-".join([b"a"]))
show("join none", lambda: "-".join(None))
show("join int item 0", lambda: "".join([1]))
show("join tuple", lambda: "::".join(("x", "", "y")))
show("join unicode", lambda: "\u00e9".join(["\U0001F600", "z"]))
show("concat", lambda: "ab" + "cd")
show("concat int", lambda: "ab" + 1)
show("mul", lambda: "ab" * 3)
show("rmul", lambda: 3 * "ab")
show("mul 0", lambda: "ab" * 0)
show("mul neg", lambda: "ab" * -2)
show("mul float", lambda: "ab" * 2.0)
show("mul bool", lambda: "ab" * True)
show("mul huge", lambda: "ab" * (2 ** 62))
show("mul bigint", lambda: "ab" * (2 ** 100))
s = "x"
s += "y"
s *= 3
print(s)
