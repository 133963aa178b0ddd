# tuple construction, repr (incl. 1-tuple), indexing, slicing, count/index, immutability errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

t = (1, "two", 3.0, None, (5,), [6])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(repr((1,)), repr(()), str((None,)), 1, (1), ((1,),), tuple(range(3)), tuple({"a": 1}))
show("count", lambda: (t.count(1), t.count(1.0), t.count([6]), t.count("x")))
show("index", lambda: (t.index("two"), t.index((5,)), t.index(3)))
show("index miss", lambda: t.index("zz"))
show("index range", lambda: (1, 2, 1, 2).index(1, 1, 3))
show("index range miss", lambda: (1, 2, 1, 2).index(2, 0, 1))
show("setitem", lambda: t.__setitem__(0, 1))
show("delitem", lambda: t.__delitem__(0))
show("append", lambda: t.append(1))
show("out of range", lambda: t[6])
show("neg out of range", lambda: t[-7])
show("str index", lambda: t["0"])
show("mutate inner", lambda: (t[5].append(7), t)[1])
show("tuple(5)", lambda: tuple(5))
show("tuple 2 args", lambda: tuple([1], [2]))
show("concat", lambda: (1, 2) + (3,))
show("concat list", lambda: (1, 2) + [3])
show("mul", lambda: ((1, 2) * 2, 2 * (0,), (1,) * 0, (1,) * -3))
show("in", lambda: (2 in (1, 2), [6] in t, 9 not in t))
show("compare", lambda: ((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2.0)))
show("compare mixed", lambda: (1, "a") < (1, 2))
show("compare first differs", lambda: (0, "a") < (1, 2))
show("compare list", lambda: (1,) < [1])
show("eq list", lambda: (1,) == [1])
show("min max", lambda: (min((3, 1, 2)), max([(1, "b"), (1, "a")])))
show("iadd rebinding", lambda: (lambda a: (a.__add__((2,)), a))((1,)))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
try:
    t[5] += [8]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
