# dict creation forms, insertion order, lookup errors, key equality (1 == 1.0 == True).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

d = {"b": 1, "a": 2, "c": 3}
d["d"] = 4
d["b"] = 10
print(d, list(d), len(d))
del d["a"]
d["a"] = 5
print(d)
show("dict()", lambda: dict())
show("dict(kw)", lambda: dict(x=1, y=2))
show("dict(pairs)", lambda: dict([("a", 1), ("b", 2)]))
show("dict(pairs, kw)", lambda: dict([("a", 1)], a=2, b=3))
show("dict(dict)", lambda: dict({"z": 0}))
show("dict(zip)", lambda: dict(zip("abc", range(3))))
show("dict(bad pair)", lambda: dict([("a", 1, 2)]))
show("dict(bad item)", lambda: dict([1]))
show("dict(str pairs)", lambda: dict(["ab", "cd"]))
show("dict(int)", lambda: dict(5))
show("dict 2 args", lambda: dict({}, {}))
show("missing", lambda: d["zz"])
show("missing int", lambda: {}[0])
show("missing tuple", lambda: {}[(1, 2)])
show("unhashable", lambda: {}[[1]])
show("unhashable set", lambda: {[1]: 2})
show("del missing", lambda: d.__delitem__("zz"))
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k, list(k), type(list(k)[0]).__name__)
k2 = {True: "bool", 1: "int", 1.0: "float", 0: "zero", False: "false", 0j: "cz"}
print(k2)
print({1: "a", 1.0: "b"}[True], {-0.0: "z"}[0], {0: "x"}[-0.0], {2 ** 64: 1}[2.0 ** 64])
print(len({"a": 1, "a" + "": 2}), {(): 1, (): 2}, {None: None}[None])
d2 = {}
for i in range(10):
    d2[i * i % 7] = i
print(d2, sorted(d2), sorted(d2.values()))
print("a" in d, "zz" not in d, 10 in d.values(), ("b", 10) in d.items(), [k for k in d])
print(d == {"b": 10, "c": 3, "d": 4, "a": 5}, d == dict(d), {1: 2} == {1.0: 2.0}, {1: 2} != {1: 3})
show("lt", lambda: {} < {})
