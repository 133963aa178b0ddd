# Float lists: mixed with ints, nan handling in count/index/in, -0.0 vs 0.0, sort.
nan = float("nan")
a = [1.5, 2.5, 3.5]
a.append(4)
print(a, [type(x).__name__ for x in a])
b = [0.0, -0.0, 1.0]
print(b.count(0), b.index(-0.0), -0.0 in b, b == [0, 0, 1], [str(x) for x in b])
c = [nan, 1.0, nan]
print(nan in c, float("nan") in c, c.count(nan), c.index(nan), c.count(float("nan")), c == c, [nan] == [nan])
d = [3.0, 1.0, 2.0, -1e300, 1e300, float("inf"), float("-inf")]
d.sort()
print(d)
d.sort(reverse=True)
print(d)
e = [1.0, 2.0]
e[0] = "x"
print(e)
f = [0.1] * 3
f[1] += 0.2
print(f, sum(f), max(f))
g = [1.0, 2.0, 3.0]
g[1:2] = [4, 5, 6]
print(g, len(g))
h = [2.5, 1, 1.5, 2, True, 0.5]
h.sort()
print(h)
i = [1.0, 2.0, 3.0]
i.insert(1, 1.5)
i.insert(-1, 2 ** 70)
print(i)
j = [x / 2 for x in range(6)]
print(j, j[::-1], j[1::2], j.pop(2), j)
k = [1.0, 1, True, 1 + 0j]
print(k.count(1), k.index(True), len(set(k)), k)
l = [5e-324, 1.7976931348623157e308, -0.0]
print(l, sorted(l), repr(l))
m = [float(i) for i in range(5)]
del m[1]
del m[-1]
print(m)
m.extend(range(3))
print(m)
m.remove(0)
print(m, m.remove(0), m)
