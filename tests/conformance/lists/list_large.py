# Larger lists: building, slicing, sorting, reversing, sums — checks bookkeeping on bigger sizes.
n = 20000
a = list(range(n))
print(len(a), a[0], a[-1], sum(a), a[n // 2], a[1234:1240])
a.reverse()
print(a[:5], a[-5:])
a.sort()
print(a[:5] == [0, 1, 2, 3, 4])
b = [(i * 7919) % 10007 for i in range(n)]
print(sum(b), max(b), min(b), len(set(b)))
b.sort()
print(b[:10], b[-10:], b[n // 3])
c = [x / 3 for x in range(1000)]
print(sum(c), c[999], sorted(c, reverse=True)[:3])
d = []
for i in range(5000):
    d.append(i)
    if i % 3 == 0:
        d.pop(0)
print(len(d), d[:5], d[-3:])
e = a[::7]
print(len(e), e[-1], e[100])
del a[::2]
print(len(a), a[:5])
a[100:200] = []
print(len(a), a[99:102])
f = [str(i) for i in range(1000)]
print(len("".join(f)), f.index("999"), "500" in f)
g = [0] * 1000
for i in range(1000):
    g[i * 37 % 1000] += i
print(sum(g), g[:5], max(g))
h = [[i] * 3 for i in range(300)]
print(sum(sum(r) for r in h), h[-1])
