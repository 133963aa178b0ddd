# KeyError's str uses repr of a single argument.
for args in [(), ("k",), (1,), (None,), ("a", "b"), ((1, 2),), ("",), ("it's",)]:
    e = KeyError(*args)
    print(repr(e), "|", str(e), "|", e.args)
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, str(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(str(e), e.args)
try:
    d[None]
except KeyError as e:
    print(str(e))
try:
    {1}.remove(2)
except KeyError as e:
    print("set.remove:", str(e))
try:
    d.pop("zz")
except KeyError as e:
    print("dict.pop:", str(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", str(e))
try:
    set().pop()
except KeyError as e:
    print("set.pop:", str(e))
class K(dict):
    def __missing__(self, key):
        raise KeyError("custom " + key)
try:
    K()["q"]
except KeyError as e:
    print(str(e))
print(str(LookupError("k")), str(IndexError("k")))
