# list methods: append/extend/insert/pop/remove/index/count/clear/copy/reverse and their errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

a = [3, 1, 4, 1, 5, 9, 2, 6]
show("index", lambda: a.index(1))
show("index start", lambda: a.index(1, 2))
show("index start end", lambda: a.index(5, 0, 5))
show("index miss", lambda: a.index(7))
show("index miss range", lambda: a.index(9, 0, 3))
show("index neg start", lambda: a.index(6, -1))
show("index str", lambda: ["a"].index("b"))
show("count", lambda: (a.count(1), a.count(7), a.count("1")))
show("remove miss", lambda: a.remove(42))
show("pop empty", lambda: [].pop())
show("pop out", lambda: [1].pop(3))
show("pop neg", lambda: [1, 2, 3].pop(-1))
show("pop neg out", lambda: [1, 2, 3].pop(-4))
show("pop str", lambda: [1].pop("0"))
show("insert big", lambda: (lambda l: (l.insert(100, "end"), l)[1])([1, 2]))
show("insert neg big", lambda: (lambda l: (l.insert(-100, "start"), l)[1])([1, 2]))
show("insert neg", lambda: (lambda l: (l.insert(-1, "x"), l)[1])([1, 2]))
show("insert float", lambda: [].insert(0.0, 1))
show("extend int", lambda: [].extend(5))
show("extend self", lambda: (lambda l: (l.extend(l), l)[1])([1, 2]))
show("extend gen", lambda: (lambda l: (l.extend(x * x for x in range(4)), l)[1])([]))
show("extend dict", lambda: (lambda l: (l.extend({"a": 1, "b": 2}), l)[1])([]))
show("append none", lambda: [].append(None))
show("append two", lambda: [].append(1, 2))
b = a.copy()
b.reverse()
show("copy reversed", lambda: (a, b))
show("clear", lambda: (b.clear(), b))
show("list()", lambda: (list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3))))
show("list(int)", lambda: list(5))
show("list(2 args)", lambda: list([1], [2]))
show("len", lambda: len([None] * 7))
show("reverse empty", lambda: ([].reverse(), []))
show("count nested", lambda: [[1], [1], 1].count([1]))
show("index nested", lambda: [[1], (1,)].index((1,)))
class Eq:
    def __eq__(self, other):
        return True
show("count with eq", lambda: [1, 2, 3].count(Eq()))
show("index with eq", lambda: [1, 2, 3].index(Eq()))
show("remove with eq", lambda: (lambda l: (l.remove(Eq()), l)[1])([5, 6]))
show("in with eq", lambda: Eq() in [1])
