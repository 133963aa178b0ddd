# repr of recursive dicts, dicts containing lists containing the dict, nested views.
d = {}
d["me"] = d
print(d, repr(d), str(d))
e = {"list": []}
e["list"].append(e)
print(e)
f = {1: {2: {}}}
f[1][2][3] = f
print(f)
g = {"k": d, "j": e}
print(g)
h = {"a": 1}
print(h.keys(), h.values(), h.items())
h["view"] = h.values()
print(h)
i = {"x": None}
i["x"] = i.items()
print(i)
j = {}
j[0] = [j, (j,), {"inner": j}]
print(j)
print({(): {}, "": [], None: set(), 0: frozenset()})
print({"q": "'", "dq": '"', "n": "\n", "\U0001F600": "emoji"})
print({1.5: -0.0, 2 ** 70: float("inf"), -1: float("nan")})
