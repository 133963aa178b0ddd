# Many inserts and deletes: dict stays consistent (len, order, lookups) through resizes.
d = {}
for i in range(20000):
    d[i] = i * 2
for i in range(0, 20000, 3):
    del d[i]
print(len(d), d[1], d[19999], 3 in d, list(d)[:5], list(d)[-2:])
for i in range(0, 20000, 3):
    d[i] = -i
print(len(d), list(d)[-3:], d[0], d[3], sum(d.values()))
s = {}
for i in range(5000):
    s["k%d" % i] = i
    if i % 2:
        del s["k%d" % (i - 1)]
print(len(s), list(s)[:3], s["k4999"], "k4998" in s)
f = {}
for i in range(1000):
    f[i / 4] = i
print(len(f), f[0.25], f[249.75], f.get(1), f.get(1.0), list(f)[:6])
while len(f) > 5:
    f.popitem()
print(f)
keys = [(i, str(i)) for i in range(500)]
t = dict.fromkeys(keys, 0)
for k in keys[::2]:
    t[k] += 1
print(sum(t.values()), t[(10, "10")], t[(11, "11")], len(t))
t.clear()
print(t, len(t))
