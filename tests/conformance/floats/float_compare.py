# Float comparisons, sorting with negatives/zeros, min/max and equality with ints.
vals = [3.5, -0.0, 0.0, -2.25, 1e-300, -1e300, 2, -3, float("inf"), float("-inf"), 1e300, 0.1]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=abs))
print(max(vals), min(vals), max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
for a, b in [(0.1 + 0.2, 0.3), (1.0, 1), (-0.0, 0.0), (1e16, 10 ** 16), (1e16 + 1, 10 ** 16 + 1), (0.5, 1 / 2)]:
    print(a, b, a == b, a < b, a > b, a != b, a <= b, a >= b)
print(0.1 < 0.10000000000000001, 0.1 == 0.10000000000000001, 0.1 < 0.1000000000000001)
print(1.0 == 1 == True, 0.0 == False, [1.0, 2.0] == [1, 2], (0.5, 1) < (0.5, 2))
print(3.0 in [3], 3 in (3.0,), [0.0].index(-0.0), [1, 2.0, 3].count(2))
try:
    print(1.0 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sorted([1.0, None]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.5 >= [1])
except TypeError as e:
    print(type(e).__name__, e)
print(1.5 == "1.5", 1.5 != None, 0.0 == None)
