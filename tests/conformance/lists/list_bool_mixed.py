# Lists holding bools, ints, floats, None and objects: equality, membership, identity, sort.
vals = [True, 1, 1.0, False, 0, 0.0, None, "1", (1,), [1]]
for v in vals:
    print(repr(v), vals.count(v), vals.index(v), v in vals[3:])
mixed = [3, True, 2.5, False, -1]
mixed.sort()
print(mixed, [type(x).__name__ for x in mixed])
print(sorted([False, True, 0, 1]), sorted([1, True, 1.0]), sorted([1.0, True, 1]))
flags = [True] * 3 + [False] * 2
print(flags, sum(flags), flags.count(True), flags.index(False), flags.count(1.0))
flags[0] = 5
flags.append(None)
print(flags, [bool(x) for x in flags])
objs = [object, None, len, int]
print([o is None for o in objs], objs.index(None), len in objs, objs.count(int))
a = [None] * 4
a[2] = 0
print(a, a.index(0), a.count(None))
b = [[]] * 2 + [[]]
b[0].append(1)
print(b, b.count([1]), b.count([]), b.index([]))
c = [1, 1.0, True, 1 + 0j]
print([type(x).__name__ for x in c], c.count(True), len(set(map(repr, c))))
d = list(map(int, ["1", "2", "3"]))
d.append(float(d[-1]))
d.append(str(d[0]))
print(d, d == [1, 2, 3, 3.0, "1"], d != [1, 2, 3, 3, "1"])
