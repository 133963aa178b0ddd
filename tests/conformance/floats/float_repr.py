# Shortest round-tripping repr of floats, str vs repr, exponent switch points.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1e100, -1.5e-300,
        9007199254740993.0, 0.30000000000000004, 1.1, 2.675, 1234.5678, 1e-7, 12345678.9]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print([1.0, 2.5, -0.0], (0.1,), {0.5: 1e300})
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1, 2.0 ** 53 + 2)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(float(10 ** 20), float(-(2 ** 63)), float(2 ** 1023), float(123))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1024 - 2 ** 970 - 1), float(2 ** 54 + 1), float(2 ** 54 + 3))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1.0 * 3, 4.0 / 2, 7.0 // 2, 2.0 ** 0.5, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
