# How hashing drives container behaviour: dict/set dedup across numeric types, keys keep first object.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, type(next(iter(d))).__name__)
s = set()
s.add(0.0)
s.add(0)
s.add(False)
s.add(-0.0)
print(s, type(next(iter(s))).__name__)
s2 = {2 ** 61 - 1, 0}
print(sorted(s2), len(s2), (2 ** 61 - 1) in s2, 0.0 in s2)
m = {2 ** 61: "a", 1: "b"}
print(m[2 ** 61], m[1], hash(2 ** 61) == hash(1))
keys = [10 ** k for k in range(0, 25, 4)] + [float(10 ** k) for k in range(0, 25, 4)]
dd = {}
for k in keys:
    dd[k] = dd.get(k, 0) + 1
print(list(dd.items()))
print({-1: "m1", -2: "m2"}, {-1: "a"}.get(-2), {-2: "b"}.get(-1))
print(len({(1, 2), (1.0, 2.0), (True, 2)}), len({frozenset([1]), frozenset([1.0])}))
fs = frozenset([1, 2])
print({fs: "x"}[frozenset([2.0, 1.0])], {(fs, 1): "y"}[(frozenset([1, 2]), True)])
