# name: fib
# tags: calls, recursion, int
# size: fib(27), computed twice (634,000 calls each)
# description: Naive doubly recursive Fibonacci: the cost of a Python-to-Python call and small-int adds.
# result: fib(27)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 27
a = fib(N)
b = fib(N)
assert a == b
print(f"fib {N}: {a}")
