# List comprehensions, nested loops, conditions, scoping, unpacking in loops, enumerate/zip.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cde"]])
print([x if x % 2 else -x for x in range(6)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([i * v for i, v in enumerate([5, 6, 7], start=1)])
print([y for row in [[1, 2], [3], [], [4, 5, 6]] for y in row])
x = "outer"
r = [x for x in range(3)]
print(x, r)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(k, v) for k, v in sorted({"b": 2, "a": 1}.items())])
print([s.upper() for s in "a b c".split()], [len(w) for w in ["", "x", "yy"]])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([*range(3), *"ab", *[None]])
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, (b, c), d = [1, (2, 3), 4]
print(first, rest, init, last, a, b, c, d)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([[0] * 2 for _ in range(2)], [i for i in []], list(x for x in "hi"))
