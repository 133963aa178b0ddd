# del statements, mutation while iterating (index-based semantics), list aliasing and copies.
a = list(range(10))
del a[0]
del a[-1]
del a[2:4]
del a[::3]
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3]
seen = []
for x in c:
    seen.append(x)
    if len(c) < 6:
        c.append(x * 10)
print(c, seen)
d = [1, 2, 3, 4]
it = iter(d)
print(next(it))
d.clear()
print(list(it), d)
e = [1, 2, 3]
it = iter(e)
next(it)
e.insert(0, 0)
print(list(it))
f = [1, 2, 3]
g = f
h = f[:]
i = list(f)
f.append(4)
print(f, g, h, i, f is g, f is h)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
r = [1, 2, 3]
rit = reversed(r)
r.append(4)
print(list(rit))
r2 = [1, 2, 3]
rit2 = reversed(r2)
next(rit2)
r2.clear()
print(list(rit2))
lst = [5]
try:
    del lst[1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst["a"]
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
del x[:]
print(x, len(x))
y = [0, 1, 2, 3, 4, 5]
y[1:5] = y[4:0:-1]
print(y)
