# Generator expressions are lazy; only the first iterable is evaluated at once.
log = []
def src(n):
    log.append(f"src({n})")
    for i in range(n):
        log.append(f"yield {i}")
        yield i
def f(x):
    log.append(f"f({x})")
    return x * 10
g = (f(x) for x in src(3))
print("created:", log)
print(next(g), log)
log.clear()
print(list(g), log)
try:
    (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
g = (x for x in [1] for y in 5)
try:
    next(g)
except TypeError as e:
    print("lazy second iterable:", type(e).__name__, e)
g = (undefined_name for _ in [])
print("no NameError until iterated:", list(g))
g = (undefined_name for _ in [1])
try:
    list(g)
except NameError as e:
    print(type(e).__name__, e)
items = [1, 2, 3]
g = (x * 2 for x in items)
items.append(4)
print(list(g))
items = [1, 2, 3]
g = (x * 2 for x in items)
items = [100]
print(list(g))
g = (x for x in range(3))
print(list(g), list(g))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["bb", "a", "ccc"]))
print(any(log.append(i) or i > 2 for i in range(10)), log[-4:])
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(type(x for x in []).__name__)
print(list(x for x in "ab" if x != "a"))
