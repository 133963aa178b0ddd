# Recursion through closures, nested functions, lambdas and decorators.
def make_counter_tree():
    def count(tree):
        if isinstance(tree, int):
            return 1
        return sum(count(sub) for sub in tree)
    return count
print(make_counter_tree()([1, [2, 3], [[4], 5]]))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))
print(fact(10))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def outer():
    depth = 0
    def inner(n):
        nonlocal depth
        depth = max(depth, n)
        return n if n >= 40 else inner(n + 1)
    inner(0)
    return depth
print(outer())
def trace(fn):
    calls = []
    def wrapper(*args):
        calls.append(args)
        return fn(*args)
    wrapper.calls = calls
    return wrapper
@trace
def combos(n, k):
    if k == 0 or k == n:
        return 1
    return combos(n - 1, k - 1) + combos(n - 1, k)
print(combos(6, 3), len(combos.calls), combos.calls[:4])
@trace
def endless(n):
    return endless(n + 1)
try:
    endless(0)
except RecursionError as e:
    print(type(e).__name__, len(endless.calls) > 10)
