# Building tuples from generators/iterables of different sizes; tuple repetition and slicing of big tuples.
t = tuple(i * i for i in range(1000))
print(len(t), t[10], t[-1], t[::250], sum(t), t.index(144), t.count(0))
u = t[100:110]
print(u, u + u[:2], len(u * 3), (u * 3)[9:12])
v = tuple(str(i) for i in range(20))
print(v[5:8], "".join(v), tuple(reversed(v))[:3])
w = tuple(map(float, range(5)))
print(w, tuple(sorted(w, reverse=True)), max(w), min(w))
x = ()
for i in range(5):
    x += (i,)
print(x, x * 2, x[::-1], x[1:-1])
y = tuple(range(5)) * 1000
print(len(y), y[4999], y.count(3), y.index(4, 10))
z = tuple(zip(range(3), "abc", [True, False, None]))
print(z, tuple(map(tuple, zip(*z))))
print(tuple(dict.fromkeys("abracadabra")), tuple(sorted(set("abracadabra"))))
print(tuple(enumerate(t[:3], 1)), tuple(filter(lambda n: n % 2, t[:10])))
a = tuple(range(100))
b = a[:]
c = tuple(list(a))
print(a == b == c, a is b, a < a + (0,), a[50:] + a[:50] == a[50:] + a[:50])
print(sum(1 for _ in a), any(x > 98 for x in a), tuple(x for x in a if x % 33 == 0))
