# Iterating ranges: iterator protocol, len of iterator hints, nested loops, enumerate/zip.
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
total = 0
for i in range(10, -10, -3):
    total += i
    print(i, end=" ")
print("|", total)
pairs = [(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 2]
print(pairs)
print(list(enumerate(range(5, 8))), list(zip(range(3), range(10, 13), range(20, 30))))
r = range(5)
print(list(r), list(r), [x for x in r if x % 2], sum(1 for _ in r))
ri = reversed(range(2 ** 64 - 3, 2 ** 64))
print(list(ri))
print(list(range(-3)), list(range(3, -3, -2)), list(range(0, 1, 2)))
acc = []
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        acc.append((i, j))
    else:
        acc.append("no-break")
print(acc)
for i in range(0):
    print("never")
else:
    print("else on empty")
print(range(10).__len__(), range(10).__contains__(5), range(10).__getitem__(-1), range(3).__iter__().__next__())
print(list(map(lambda x: x * x, range(6))), list(filter(lambda x: x % 3 == 0, range(10))))
print(max(range(-5, 5), key=abs), sorted(range(5), reverse=True), any(range(1)), all(range(1, 4)))
