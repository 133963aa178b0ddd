# Nested generator chains: shallow ones work, a 10000-deep chain raises RecursionError.
def chain(n):
    if n == 0:
        yield "bottom"
        yield "bottom again"
    else:
        yield from chain(n - 1)
print(list(chain(50)))
def wrap(n):
    g = iter(["x", "y"])
    for _ in range(n):
        g = (v for v in g)
    return g
print(list(wrap(100)))
try:
    list(chain(10000))
except RecursionError as e:
    print("yield from chain:", type(e).__name__, "maximum recursion depth exceeded" in str(e))
def passthrough(n):
    if n == 0:
        yield 1
        return
    for v in passthrough(n - 1):
        yield v
try:
    next(passthrough(10000))
except RecursionError as e:
    print("for-loop chain:", type(e).__name__)
print(sum(passthrough(200)))
def recurse_gen():
    yield next(recurse_gen())
try:
    next(recurse_gen())
except RecursionError as e:
    print("generator calling itself:", type(e).__name__)
print(list(chain(3)), "still works")
