# Set comprehensions, set() of generators, large sets, remove-during-iteration error.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", sorted(r) if isinstance(r, (set, frozenset)) else repr(r))

show("comp", lambda: {x % 5 for x in range(100)})
show("comp cond", lambda: {x * x for x in range(-5, 6) if x})
show("gen", lambda: set(x // 3 for x in range(10)))
show("from range big", lambda: len(set(range(0, 100000, 7))))
show("sum big", lambda: sum(set(range(1000)) - set(range(0, 1000, 2))))
def add_during():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
def remove_during():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
def ok_copy():
    s = {1, 2, 3, 4}
    for x in list(s):
        if x % 2:
            s.remove(x)
    return s
show("add during", add_during)
show("remove during", remove_during)
show("copy ok", ok_copy)
s = set()
for i in range(50):
    s.add(i * 7 % 13)
show("mod set", lambda: s)
for i in range(13):
    s.discard(i)
show("emptied", lambda: s)
show("empty bool", lambda: bool(s))
show("neg and big", lambda: {-1, -2, 2 ** 64, -(2 ** 64), 0})
show("floats", lambda: {0.5, -0.0, 0.0, 1e300})
show("nan set", lambda: len({float("nan"), float("nan")}))
nan = float("nan")
show("same nan", lambda: len({nan, nan}))
show("min max", lambda: (min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3})))
show("sorted reverse", lambda: sorted({3, 1, 2}, reverse=True))
show("tuple set", lambda: {(1, 2), (1, 2), (2, 1)})
show("set eq list", lambda: {1, 2} == [1, 2])
