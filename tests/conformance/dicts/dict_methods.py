# get/setdefault/pop/popitem/update/fromkeys/copy/clear and their errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

d = {"a": 1, "b": 2}
show("get", lambda: (d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0)))
show("get kw", lambda: d.get("a", default=0))
show("get no args", lambda: d.get())
show("setdefault existing", lambda: d.setdefault("a", 100))
show("setdefault new", lambda: d.setdefault("c", []))
show("setdefault none", lambda: d.setdefault("n"))
show("after", lambda: d)
show("pop", lambda: d.pop("n"))
show("pop default", lambda: d.pop("zz", "dflt"))
show("pop missing", lambda: d.pop("zz"))
show("pop None default", lambda: d.pop("zz", None))
show("popitem", lambda: d.popitem())
show("after popitem", lambda: d)
show("popitem empty", lambda: {}.popitem())
show("update dict", lambda: (d.update({"x": 1}), d)[1])
show("update pairs", lambda: (d.update([("y", 2)]), d)[1])
show("update kw", lambda: (d.update(z=3, a=-1), d)[1])
show("update both", lambda: (d.update({"p": 0}, q=1), d)[1])
show("update bad", lambda: d.update(5))
show("update bad seq", lambda: d.update([1, 2]))
show("update len-3", lambda: d.update([(1, 2, 3)]))
show("update 2 pos", lambda: d.update({}, {}))
show("fromkeys", lambda: dict.fromkeys("abc"))
show("fromkeys value", lambda: dict.fromkeys(range(3), 0))
show("fromkeys shared", lambda: (lambda f: (f[0].append(1), f)[1])(dict.fromkeys([0, 1], [])))
show("fromkeys dup", lambda: dict.fromkeys([1, 1.0, True, 2]))
show("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
c = d.copy()
c["new"] = 1
show("copy independent", lambda: ("new" in d, "new" in c))
show("clear", lambda: (c.clear(), c)[1])
show("keys list", lambda: list(d.keys()))
show("values list", lambda: list(d.values()))
show("items list", lambda: list(d.items()))
show("reversed", lambda: list(reversed(d)))
show("reversed items", lambda: list(reversed(d.items())))
show("len", lambda: len(d))
class Sub(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
s = Sub(a=1)
show("__missing__", lambda: (s["a"], s["b"], s.get("b"), "b" in s))
show("subclass repr", lambda: repr(s))
show("fromkeys subclass", lambda: type(Sub.fromkeys("ab")).__name__)
