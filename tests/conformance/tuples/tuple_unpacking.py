# Tuple packing/unpacking, starred assignment, swaps, nested unpacking and errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1, 2, 3
print(x, type(x).__name__)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = (1,)
print(head, tail)
h, *t = "hello"
print(h, t)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def f():
    return 1, "x", [2]
n, s, l = f()
print(n, s, l, f())
def g(*args):
    return args
print(g(), g(1), g(1, 2), g(*[3, 4]), g(*"ab", *(5,)))
tpl = (*range(3), *"xy", 9)
print(tpl, (*[],), (*(), 1))
for bad in [(1, 2, 3), (1,), 5, "abc", None]:
    try:
        u, v = bad
        print("ok", u, v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    u, v = gen()
except ValueError as e:
    print(type(e).__name__, e)
m, n = gen() if False else (10, 20)
print(m, n)
data = [(1, "a"), (2, "b")]
nums, letters = zip(*data)
print(nums, letters)
print(divmod(17, 5), (lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3))
(a), b = [7, 8]
[c, d] = (9, 10)
print(a, b, c, d)
