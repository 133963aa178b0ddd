# Iteration order of small-int sets is deterministic in CPython; print sorted anyway plus views.
s = {5, 3, 9, 1}
print(sorted(s), len(s), 3 in s, sorted(s, reverse=True))
print(sorted(x * 2 for x in s), sum(s), min(s), max(s), any(x > 8 for x in s))
t = set()
for i in [4, 2, 4, 8, 2, 6]:
    t.add(i)
print(sorted(t), len(t))
print(sorted(set(range(10)) - {0, 9}), sorted({-3, -1, -2} | {0}))
it = iter({42})
print(next(it), next(it, "done"))
empty = set()
print(empty, repr(empty), str(frozenset()), len(empty), bool(empty), list(empty))
u = {1, 2}
v = u
v |= {3}
w = u | {4}
print(sorted(u), sorted(v), sorted(w), u is v, u is w)
a = frozenset({1})
b = a
b |= {2}
print(sorted(a), sorted(b), a is b, type(b).__name__)
print(set([1, 2]) == frozenset([1, 2]), {1, 2}.__eq__(frozenset([1, 2])), {1}.__ne__({1}))
print({1, 2}.__or__([3]), {1, 2}.__and__(5), {1}.__lt__({1, 2}))
