# sort/sorted: key, reverse, stability, mixed types TypeError, key errors, mutation during sort.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
show("by age stable", lambda: sorted(people, key=lambda p: p[1]))
show("by age reverse stable", lambda: sorted(people, key=lambda p: p[1], reverse=True))
show("by name", lambda: sorted(people))
show("reverse", lambda: sorted(people, reverse=True))
show("multi key", lambda: sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
show("str sort", lambda: sorted(words))
show("key lower", lambda: sorted(words, key=str.lower))
show("key len rev", lambda: sorted(words, key=len, reverse=True))
show("mixed int float", lambda: sorted([3, 1.5, 2, -0.5, True, 2 ** 70, -(2 ** 70)]))
show("mixed str int", lambda: sorted([1, "a", 2]))
show("mixed none", lambda: sorted([None, 1]))
show("mixed list tuple", lambda: sorted([[1], (1,)]))
show("complex", lambda: sorted([1j, 2j]))
show("dicts", lambda: sorted([{"a": 1}, {"a": 2}]))
show("key error", lambda: sorted([1, 2, 0], key=lambda x: 1 / x))
show("key not callable", lambda: sorted([1, 2], key=5))
show("cmp positional", lambda: [1].sort(lambda x: x))
show("sorted no args", lambda: sorted())
show("list.sort returns", lambda: [3, 1].sort())
show("sort in place", lambda: (lambda l: (l.sort(key=abs), l)[1])([-3, 2, -1, 0]))
show("empty", lambda: sorted([]))
show("nested lists", lambda: sorted([[2, 1], [1, 2, 3], [1, 2], [], [1, "a"]][:-1]))
show("tuples nan", lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
show("stable many", lambda: [x[1] for x in sorted([(i % 3, i) for i in range(15)], key=lambda t: t[0])])
show("reverse stability", lambda: [x[1] for x in sorted([(i % 3, i) for i in range(9)], key=lambda t: t[0], reverse=True)])
show("str chars", lambda: sorted("hello world"))
show("sorted dict", lambda: sorted({"b": 1, "a": 2}))
show("sorted set", lambda: sorted({5, 3, 9}))
show("key=None", lambda: sorted([2, 1], key=None))
def mutate():
    l = [3, 2, 1]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
    return l
show("mutate during sort", mutate)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Lt(%d)" % self.v
show("custom __lt__", lambda: sorted([Lt(3), Lt(1), Lt(2)]))
show("custom rev", lambda: sorted([Lt(3), Lt(1), Lt(2)], reverse=True))
show("many ints", lambda: sorted([(i * 7919) % 1000 for i in range(1000)])[::97])
