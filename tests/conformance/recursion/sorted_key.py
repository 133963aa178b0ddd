# sorted(key=...) calling recursive functions, and recursion errors from inside sort.
def digit_sum(n):
    return n if n < 10 else digit_sum(sum(int(c) for c in str(n)))
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
nums = [99, 12, 38, 7, 1000, 55, 81]
print(sorted(nums, key=digit_sum))
print(sorted(nums, key=lambda n: (digit_sum(n), -n)))
nested = [[1], [[2]], 3, [[[4]]], []]
print(sorted(nested, key=depth, reverse=True))
print(sorted(range(10), key=lambda n: fib(n * 7) % 10))
def runaway(x):
    return runaway(x) + 1
try:
    sorted([3, 1, 2], key=runaway)
except RecursionError as e:
    print(type(e).__name__, "maximum recursion depth exceeded" in str(e))
data = [5, 3, 9]
try:
    data.sort(key=runaway)
except RecursionError:
    print("list unchanged:", data)
class Rec:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self < other
try:
    sorted([Rec(1), Rec(2)])
except RecursionError as e:
    print("__lt__:", type(e).__name__)
print(max(nums, key=digit_sum), min(nums, key=digit_sum))
print(sorted(["b", ["a", ["c"]], "aa"], key=lambda x: depth(x) if isinstance(x, list) else -len(x)))
