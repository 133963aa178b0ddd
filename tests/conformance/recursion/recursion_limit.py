# sys.getrecursionlimit / setrecursionlimit and their argument errors.
import sys
print("default:", sys.getrecursionlimit())
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
def tries(n):
    try:
        return depth_ok(n)
    except RecursionError:
        return "RecursionError"
print(tries(500))
print(tries(5000))
sys.setrecursionlimit(8000)
print("raised to:", sys.getrecursionlimit())
print(tries(5000))
print(tries(20000))
sys.setrecursionlimit(1000)
print("back to:", sys.getrecursionlimit())
print(tries(5000))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
for bad in ["100", 10.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print("too low:", type(e).__name__, "too low" in str(e))
print("still:", sys.getrecursionlimit())
sys.setrecursionlimit(300)
print(tries(100), tries(400))
sys.setrecursionlimit(1000)
print(tries(400))
