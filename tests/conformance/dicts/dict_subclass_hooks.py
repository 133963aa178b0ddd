# dict subclasses: __missing__, overridden __getitem__/__setitem__ (bypassed by update/get), defaults.
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, dict(d), d.get("zz"), "zz" in d)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["x"] = 1
u.update(y=2)
u.setdefault("z", 3)
print(u, u["X"], u.get("x"), u.get("Y"), "y" in u)
print(Upper({"k": 1}), Upper(k=1))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], len(c), sorted(c.items(), key=lambda kv: -kv[1])[:2])
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2, c=3)
print(list(o), list(o.keys()), dict(o), [k for k in o])
class MissingRaises(dict):
    def __missing__(self, key):
        raise KeyError("custom " + repr(key))
try:
    MissingRaises()["q"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(Default(int).copy()).__name__, type(Counter() | {}).__name__, isinstance(c, dict))
