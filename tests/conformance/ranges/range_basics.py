# range: len, indexing, negative steps, in, reversed, equality, repr, errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for r in [range(5), range(2, 10), range(10, 2), range(0, 10, 3), range(10, 0, -3), range(-5, 5, 2),
          range(0), range(5, 5), range(0, -10, -1), range(1, 2, 100)]:
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, r.start, r.stop, r.step)
show("range(0,1,0)", lambda: range(0, 1, 0))
show("range(1.5)", lambda: range(1.5))
show("range('3')", lambda: range("3"))
show("range()", lambda: range())
show("range 4 args", lambda: range(1, 2, 3, 4))
show("range kw", lambda: range(stop=3))
show("index out", lambda: range(3)[3])
show("index neg out", lambda: range(3)[-4])
show("index str", lambda: range(3)["0"])
show("in", lambda: (3 in range(0, 10, 3), 4 in range(0, 10, 3), -3 in range(0, -10, -3), 10 in range(10)))
show("in float", lambda: (3.0 in range(5), 3.5 in range(5), True in range(2)))
show("in str", lambda: "a" in range(3))
show("index", lambda: range(0, 20, 5).index(15))
show("index miss", lambda: range(0, 20, 5).index(3))
show("count", lambda: (range(10).count(3), range(10).count(3.0), range(10).count(11)))
show("reversed", lambda: list(reversed(range(1, 10, 4))))
show("reversed empty", lambda: list(reversed(range(0))))
show("eq", lambda: (range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2]))
show("hash eq", lambda: hash(range(0, 5, 2)) == hash(range(0, 6, 2)))
show("lt", lambda: range(1) < range(2))
show("bool", lambda: (bool(range(0)), bool(range(1)), bool(range(5, 0))))
show("setitem", lambda: range(3).__setitem__(0, 1))
show("sum", lambda: (sum(range(101)), sum(range(0, 100, 7)), sum(range(10, 0, -1))))
show("min max", lambda: (min(range(3, 9)), max(range(3, 9, 2)), max(range(0), default=None)))
show("tuple list", lambda: (tuple(range(3)), list(range(-2, 2))))
show("bool args", lambda: list(range(True, 4)))
class Idx:
    def __index__(self):
        return 4
show("index obj", lambda: list(range(Idx())))
show("index obj step", lambda: range(0, 20, Idx()))
