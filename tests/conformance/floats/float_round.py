# round() half-even on floats, ndigits positive/negative, representation effects.
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375,
        1234.5678, -1234.5678, 1e15 + 0.5, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), round(v) if abs(v) < 1e300 else "big", round(v, 0), round(v, 1), round(v, 2),
          round(v, -1), round(v, -2), round(v, 5))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print(type(e).__name__, e)
print(round(1.7976931348623157e308, -300), round(1.7976931348623157e308, -309))
print(round(1e300), type(round(1e300)).__name__)
print(round(0.5, 400), round(123.456, -400), round(-123.456, -400), round(-0.0, 2))
print(round(2.5, None), round(-2.5, None), round(1.23456789e-10, 12))
for n in range(-3, 4):
    print(n, round(12345.6789, n), round(-0.00056789, n + 4))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round()
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(round(float(2 ** 60) + 0.5), round(4503599627370497.0), round(4503599627370496.5))
