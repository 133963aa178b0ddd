# bit_length, bit_count, as_integer_ratio, is_integer, conjugate, numerator, real/imag.
for v in [0, 1, -1, 2, 7, -8, 255, 256, 2 ** 31, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64, 10 ** 50, -(10 ** 50)]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(),
          v.numerator, v.denominator, v.real, v.imag, v.conjugate())
print(True.bit_length(), True.as_integer_ratio(), False.bit_count())
print(int.bit_length(12), int.bit_count(-255))
print((5).__abs__(), (-5).__neg__(), (5).__pos__(), (5).__invert__())
print((7).__add__(3), (7).__sub__(3), (7).__rsub__(3), (7).__floordiv__(2), (7).__rfloordiv__(50))
print((7).__add__(1.5), (7).__mul__("ab"), (7).__truediv__(2))
print((3).__lt__(4), (3).__eq__(3.0), (3).__eq__("3"), (3).__ne__(3))
print(int.__index__(42), (42).__index__(), (42).__int__(), (42).__float__(), (42).__bool__(), (0).__bool__())
print((17).__round__(), (17).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1))
print((1234567).__round__(-3), (1234567).__round__(2), (12345).__round__(-10))
print((17).__trunc__(), (17).__floor__(), (17).__ceil__())
print((10).__format__("x"), (10).__format__(""), (10).__sizeof__() > 0)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.bit_length("x")
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big").bit_length())
print(sum(x.bit_count() for x in range(1000)))
