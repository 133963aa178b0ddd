# Left-to-right evaluation of calls, literals, subscripts and assignments.
log = []
def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value
def f(*args, **kwargs):
    return None
f(t("a"), t("b"), k=t("c"), *[t("d")], **{t("e"): 1})
print(log); log.clear()
{t("k1"): t("v1"), t("k2"): t("v2")}
print("dict literal:", log); log.clear()
[t("x"), (t("y"), t("z"))]
print("list literal:", log); log.clear()
t("obj", {"i": [0, 0]})[t("key", "i")][t("idx", 1)] = t("rhs", 5)
print("subscript assignment:", log); log.clear()
class O:
    pass
o = O()
t("target", o).attr = t("value", 1)
print("attribute assignment:", log); log.clear()
a = {}
a[t("first", "p")], a[t("second", "q")] = t("rhs1", 1), t("rhs2", 2)
print("tuple assignment:", log, a); log.clear()
x = y = t("chained", [])
print("chained assignment:", log, x is y); log.clear()
t("l", 1) + t("r", 2) * t("m", 3)
print("binary ops:", log); log.clear()
t("base", 2) ** t("exp", 3)
print("power:", log); log.clear()
t("cond", True) and t("and-right")
t("c1", 0) if t("test", False) else t("c2")
print("boolean/conditional:", log); log.clear()
def g(a=t("default evaluated at def")):
    return a
print(log); log.clear()
print([t(i) for i in range(3)], log); log.clear()
t("func", f)(t("arg1"), t("arg2"))
print("callee before args:", log); log.clear()
t("seq", [1, 2, 3])[t("lo", 0):t("hi", 2)]
print("slice:", log); log.clear()
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print("targets assigned left to right:", i, lst)
d = {}
d[t("dk", "k")] = t("dv", "v")
print("value before key in assignment:", log); log.clear()
print(t("a1", 1) < t("a2", 2), log); log.clear()
