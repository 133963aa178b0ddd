# find / rfind / index / rindex / count with start/end, negatives and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(0, None), (1, None), (-4, None), (3, 8), (8, 3), (-100, 100), (100, None), (None, -1), (None, None)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end),
          s.find("", start, end), s.rfind("", start, end), s.count("", start, end))
show("index ok", lambda: s.index("cad"))
show("index miss", lambda: s.index("x"))
show("rindex miss", lambda: s.rindex("x"))
show("index range", lambda: s.index("a", 1, 3))
show("rindex", lambda: s.rindex("abra"))
show("find int", lambda: s.find(1))
show("find float start", lambda: s.find("a", 1.5))
show("find None start", lambda: s.find("a", None, 5))
show("count overlapping", lambda: "aaaa".count("aa"))
show("count empty", lambda: "".count(""))
show("find in empty", lambda: "".find(""))
show("find empty past end", lambda: "abc".find("", 4))
show("count empty past end", lambda: "abc".count("", 4))
show("non-BMP find", lambda: "x\U0001F600y\U0001F600".find("\U0001F600", 2))
show("non-BMP rfind", lambda: "x\U0001F600y\U0001F600".rfind("y"))
show("in int", lambda: 1 in "abc")
show("in empty", lambda: "" in "")
show("index kw", lambda: s.index(sub="a"))
show("big text", lambda: ("ab" * 1000 + "c").find("abc"))
show("rfind big", lambda: ("ab" * 1000 + "c" + "ab" * 10).rfind("bc"))
show("count big", lambda: ("abc" * 500).count("ca"))
