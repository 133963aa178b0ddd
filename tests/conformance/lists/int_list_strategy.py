# Lists that start as all-int and switch storage when other types arrive.
a = [1, 2, 3]
a.append(4.5)
print(a, type(a[3]).__name__, type(a[0]).__name__)
b = [10, 20, 30]
b[1] = "twenty"
print(b, b.index("twenty"), b.count(10))
c = list(range(5))
c.insert(2, None)
print(c, len(c), c.index(None))
d = [1, 2, 3]
d.extend([4.0, "5", [6]])
print(d, d[-1][0])
e = [0] * 5
e[4] = True
print(e, e.count(1), e.count(True), e.count(0), e.index(True))
f = [2 ** 62, 2 ** 63, -(2 ** 63) - 1]
f.append(1)
print(f, sum(f), max(f), min(f), sorted(f))
g = [1, 2, 3]
g += [4.0]
g += (5, 6)
g += "ab"
print(g)
h = [1, 2, 3, 4, 5]
h[1:3] = [1.5, 2.5, 3.5]
print(h)
h[::2] = ["a", "b", "c"]
print(h)
i = [5, 3, 1]
i.append(2)
i.sort()
print(i, i == [1, 2, 3, 5], i == [1.0, 2.0, 3.0, 5.0], 3.0 in i, i.index(3.0), i.count(2.0))
j = [1, 2]
j.append(2 ** 100)
j.append(-(2 ** 100))
print(j, sorted(j), j.index(2 ** 100))
k = [True, False]
k.append(2)
print(k, sum(k), k.count(1), [x + 1 for x in k])
l = [1, 2, 3]
l.remove(2.0)
print(l)
l.remove(True)
print(l)
m = [1, 2, 3]
m[0] = 1.0
print(m, [type(x).__name__ for x in m])
n = []
for v in (1, 2.0, "3", None, (4,)):
    n.append(v)
    print(n)
o = [1, 2, 3]
o.pop()
o.append(3.0)
o.pop()
o.append(3)
print(o, [type(x).__name__ for x in o])
