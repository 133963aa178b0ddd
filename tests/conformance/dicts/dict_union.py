# dict | and |=, dict comprehensions, ** unpacking merges and ordering rules.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
show("a | b", lambda: a | b)
show("b | a", lambda: b | a)
show("a | {}", lambda: a | {})
show("a | list", lambda: a | [("q", 1)])
show("list | a", lambda: [("q", 1)] | a)
c = dict(a)
c |= b
show("|=", lambda: c)
c |= [("w", 0)]
show("|= pairs", lambda: c)
show("|= bad", lambda: c.__ior__(5))
show("** merge", lambda: {**a, **b, "x": -1})
show("** order", lambda: {"x": 0, **a})
show("** non-mapping", lambda: {**[1]})
show("dict(**)", lambda: dict(**a, w=5))
show("dict(**) dup", lambda: dict(**a, x=5))
show("comprehension", lambda: {i: i * i for i in range(5)})
show("comp filter", lambda: {k: v for k, v in b.items() if v > 25})
show("comp swap", lambda: {v: k for k, v in a.items()})
show("comp dup keys", lambda: {i % 3: i for i in range(10)})
show("comp from str", lambda: {c: ord(c) for c in "abca"})
show("comp nested", lambda: {i: {j: i * j for j in range(3)} for i in range(2)})
show("comp unhashable", lambda: {[i]: i for i in range(2)})
class M(dict):
    pass
show("subclass |", lambda: type(M(a=1) | {"b": 2}).__name__)
show("dict | subclass", lambda: type({"b": 2} | M(a=1)).__name__)
def kw(**kwargs):
    return kwargs
show("kwargs order", lambda: kw(z=1, a=2, m=3))
show("kwargs merge dup", lambda: kw(**{"a": 1}, **{"a": 2}))
show("kwargs non-str key", lambda: kw(**{1: 2}))
