# repr of recursive and deeply nested containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a, a[2][2][2] is a)
b = [a, [a]]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
d = {"self": None}
d["self"] = d
print(d)
e = [d, {"list": a}]
print(e)
f = [1]
g = [f]
f.append(g)
print(f, g)
t = ([],)
t[0].append(t)
print(t)
try:
    print(a == a)
except RecursionError as e:
    print(type(e).__name__)
x = [1]
y = [1]
x.append(y)
y.append(x)
print(x)
nested = []
cur = nested
for i in range(20):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(nested)
print(repr([[[[[]]]]]), repr([(), {}, set(), frozenset(), ""]))
s = [1]
s[0] = s
print(s, [s, s])
