"""Scenarios with Python classes for record_containers.py: each function returns a str that the C#
test (Containers/ScenarioTests.cs) reproduces with classes built from C# methods."""


class V:
    """A value whose comparisons are logged: V(n, tag)."""
    log = []

    def __init__(self, n, tag=0):
        self.n = n
        self.tag = tag

    def __lt__(self, other):
        V.log.append((self.n, other.n))
        return self.n < other.n

    def __repr__(self):
        return "V(%d,%d)" % (self.n, self.tag)


def sort_log(ns, **kw):
    V.log = []
    items = [V(n, i) for i, n in enumerate(ns)]
    items.sort(**kw)
    return repr((items, V.log))


def scenario_sort_small():
    return sort_log([5, 3, 8, 1, 9, 2, 7, 3, 5, 0, 4, 6])


def scenario_sort_reverse():
    return sort_log([5, 3, 8, 1, 9, 2, 7, 3, 5, 0, 4, 6], reverse=True)


def scenario_sort_descending_with_equal():
    return sort_log([9, 8, 8, 7, 5, 5, 5, 3, 2, 2, 1, 4, 6, 7])


def scenario_sort_ascending_then_down():
    return sort_log([1, 1, 1, 0, 2, 3, 4, 4, 1])


def scenario_sort_all_equal():
    return sort_log([4, 4, 4, 4])


def scenario_sort_long_result():
    # 200 items: merges differ from timsort's galloping, the stable result must not.
    V.log = []
    items = [V((i * 37) % 23, i) for i in range(200)]
    items.sort()
    return repr(items)


def scenario_sort_lt_raises():
    class Boom(V):
        def __lt__(self, other):
            if len(V.log) == 10:
                raise ValueError("boom")
            return V.__lt__(self, other)
    V.log = []
    items = [Boom(n, i) for i, n in enumerate([5, 3, 8, 1, 9, 2, 7, 3])]
    try:
        items.sort()
    except ValueError as e:
        return repr((items, V.log, str(e)))
    return "no error"


def scenario_sort_modified():
    items = [3, 1, 2]

    def key(x):
        items.append(x)
        return x
    try:
        items.sort(key=key)
    except ValueError as e:
        return repr((items, str(e)))
    return "no error"


def scenario_sort_key_sees_empty():
    items = [3, 1, 2]
    seen = []

    def key(x):
        seen.append(len(items))
        return -x
    items.sort(key=key)
    return repr((items, seen))


class K:
    """Keys with a chosen hash and logged equality."""
    log = []

    def __init__(self, n, h):
        self.n = n
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.log.append((self.n, other.n if isinstance(other, K) else other))
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K(%d)" % self.n


def scenario_dict_custom_eq():
    K.log = []
    d = {}
    d[K(1, 7)] = "a"
    d[K(2, 7)] = "b"
    d[K(1, 7)] = "c"
    d[K(3, 8)] = "d"
    found = (K(2, 7) in d, K(4, 7) in d, d.get(K(3, 8)))
    del d[K(1, 7)]
    return repr((d, found, K.log))


def scenario_set_custom_eq():
    K.log = []
    s = set()
    for n, h in [(1, 5), (2, 5), (3, 13), (1, 5), (4, 5), (5, 21), (2, 5)]:
        s.add(K(n, h))
    s.discard(K(2, 5))
    s.add(K(6, 5))
    return repr((list(s), K(4, 5) in s, K.log))


def scenario_dict_eq_mutates():
    d = {}

    class M:
        def __init__(self, n):
            self.n = n

        def __hash__(self):
            return 1

        def __eq__(self, other):
            if self.n == 1 and "extra" not in d:
                d["extra"] = 0
            return isinstance(other, M) and self.n == other.n

        def __repr__(self):
            return "M(%d)" % self.n
    d[M(1)] = "one"
    d[M(2)] = "two"
    return repr((d, M(2) in d, M(3) in d, d))


def scenario_missing():
    class D(dict):
        def __missing__(self, key):
            return key * 2
    d = D(a=1)
    return repr((d["a"], d[5], 5 in d, d.get(5), d, type(d).__name__))


def scenario_list_subclass():
    class L(list):
        pass
    x = L([1, 2])
    x.attr = 5
    y = x + [3]
    x.append(9)
    return repr((x, x.attr, x.__dict__, type(y).__name__, len(x), x[1:], type(x[1:]).__name__))


def scenario_tuple_subclass():
    class T(tuple):
        pass
    t = T([1, 2, 3])
    t.label = "x"
    return repr((t, t.label, t[0], t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__, t == (1, 2, 3), hash(t) == hash((1, 2, 3))))


def scenario_set_subclass():
    class S(set):
        pass
    s = S([3, 1, 2])
    s.note = "n"
    f = frozenset([1])

    class F(frozenset):
        pass
    g = F([2, 1])
    return repr((s, s.note, s | {9}, type(s | {9}).__name__, type(s.copy()).__name__, g, type(g).__name__, f, frozenset(f) is f, F(g) is g))


def scenario_dict_subclass_update():
    class D(dict):
        def __setitem__(self, k, v):
            dict.__setitem__(self, k, v * 10)
    d = D()
    d["a"] = 1
    d.update(b=2)
    d.setdefault("c", 3)
    e = D.fromkeys([1, 2], 5)
    return repr((d, e, type(e).__name__, d | {"z": 0}, type(d | {"z": 0}).__name__))


SCENARIOS = {name[len("scenario_"):]: f for name, f in globals().items() if name.startswith("scenario_")}
