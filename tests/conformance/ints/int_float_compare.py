# Exact comparisons between ints and floats, including around 2**53 and huge values.
import math
a = 2 ** 53
print(a == float(a), a + 1 == float(a + 1), float(a + 1) == float(a), a + 1 > float(a), a + 1 < float(a + 2))
print(float(2 ** 53 + 1), int(float(2 ** 53 + 1)), 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 == 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 400 > 1e308, 10 ** 400 < math.inf, -(10 ** 400) > -math.inf, 10 ** 400 == math.inf)
nan = float("nan")
print(1 == nan, 1 != nan, 1 < nan, 1 >= nan, 10 ** 400 < nan, 10 ** 400 != nan)
print(0 == -0.0, 0 == 0.0, 1 == 1.0, -1 == -1.0, 3 < 3.5, 3 > 2.9999999999999996, 4 <= 4.0)
print(1 < 1.0000000000000002, 9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0)
for v in (0.5, 1.5, -0.5, 2.0 ** 60, 1e20, -1e20, 123.0):
    n = int(v)
    print(v, n, n == v, n < v, n > v, n + 1 > v)
print(sorted([3, 2.5, -1, 2 ** 70, 1e21, -0.0, 0, True]))
print(max(2 ** 53 + 1, float(2 ** 53)), min(1, 1.0), max(1.0, 1), min(-0.0, 0), min(0, -0.0))
print(1 in [1.0], 1.0 in {1}, 2 ** 53 + 1 in {float(2 ** 53 + 1)}, {1: "a"}[1.0])
print(int(1e20) == 10 ** 20, int(1e23), 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(math.isclose(1, 1.0000000001), 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
for k in (52, 53, 54, 63, 64, 100, 1023, 1024):
    n = 2 ** k
    f = float(n) if k < 1024 else float("inf")
    print(k, n == f, n + 1 == f, n - 1 < f, n + 1 > f, (n + 1) != f)
print(hash(2 ** 53 + 1) == hash(float(2 ** 53 + 1)), float(2 ** 53 + 1) == 2 ** 53)
