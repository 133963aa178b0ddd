# startswith / endswith with tuples, start/end ranges, and type errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

s = "hello.world.py"
for p in ["hello", "", "world", "h", "hello.world.py.", ("x", "he"), ("x", "y"), ()]:
    print(repr(p), s.startswith(p), s.endswith(p))
for start, end in [(6, None), (6, 11), (-8, None), (0, 5), (0, 4), (20, None), (None, 5), (-100, None)]:
    print(start, end, s.startswith("world", start, end), s.endswith("world", start, end),
          s.startswith("", start, end), s.endswith(".py", start, end))
show("startswith list", lambda: s.startswith(["a"]))
show("endswith int", lambda: s.endswith(1))
show("startswith tuple with int", lambda: s.startswith(("a", 1)))
show("startswith tuple match first", lambda: s.startswith(("h", 1)))
show("empty in empty", lambda: "".startswith(""))
show("empty past end", lambda: "abc".startswith("", 3))
show("empty past end 2", lambda: "abc".startswith("", 4))
show("endswith empty range", lambda: "abc".endswith("", 2, 1))
show("non-BMP", lambda: "\U0001F600abc".startswith("a", 1))
show("kw", lambda: s.startswith(prefix="h"))
