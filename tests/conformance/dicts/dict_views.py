# keys/values/items views: dynamic, set operations, repr, membership, comparisons, mapping attr.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 99)}), sorted(it - {("a", 1)}), sorted(it | {("z", 0)}))
print(k == {"a", "b", "c", "d"}, k == ["a", "b", "c", "d"], k <= {"a", "b", "c", "d", "e"}, k < k, k >= {"a"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]))
print("a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it, "x" in k, 99 in v)
print(sorted({"x": 1}.keys() | {"y": 2}.keys()), {"x": 1}.keys() & {"x": 2}.keys())
print(v == v, d.values() == d.values(), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping, type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(k & ["a", "b"]), sorted(["a", "d"] & k) if False else sorted({"a", "d"} & k))
try:
    print(v | {1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(k[0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({"u": [1]}.items() & {("u", 1)})
except TypeError as e:
    print(type(e).__name__, e)
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()), e.keys() == set())
ki = iter(d.keys())
print(next(ki), next(ki))
vi = iter(d.values())
print(next(vi), list(vi))
ii = iter(d.items())
pair = next(ii)
print(pair, type(pair).__name__)
nested = {"a": {"b": {"c": 1}}}
print(nested.items(), list(nested["a"].values()))
