# for-loop targets can be attributes, subscripts, tuples; loop variables survive the loop.
class NS:
    pass
ns = NS()
for ns.value in range(3):
    pass
print(ns.value)
slots = [None, None]
for slots[0] in "xyz":
    pass
print(slots)
d = {}
for d["key"], d["other"] in [(1, 2), (3, 4)]:
    pass
print(d)
for i in range(5):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", "de"]:
    print(first, rest)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print("appending while iterating sees new items:", items)
nums = [1, 2, 3, 4]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("removing while iterating skips:", nums)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new_" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print("changing values is fine:", d)
r = range(3)
for i in r:
    r = range(100)
print("rebinding the iterable does not matter:", i)
for i in range(3):
    i = 10
    print(i, end=" ")
print()
it = iter([1, 2, 3, 4, 5])
for x in it:
    print("took", x, "skipped", next(it, None))
