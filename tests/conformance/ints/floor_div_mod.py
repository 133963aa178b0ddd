# // and % floor semantics with negatives, big ints, divmod and zero division.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (6, 3), (-6, 3),
         (2 ** 64 + 1, 3), (-(2 ** 64) - 1, 3), (2 ** 64, -(2 ** 32) - 1), (-(2 ** 70), -(2 ** 35)),
         (9223372036854775807, -1), (-9223372036854775808, -1), (-9223372036854775808, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r), q * b + r == a)
for a in (5, -5, 2 ** 65, 0):
    try:
        a // 0
    except ZeroDivisionError as e:
        print("//", a, type(e).__name__, e)
    try:
        a % 0
    except ZeroDivisionError as e:
        print("%", a, type(e).__name__, e)
    try:
        divmod(a, 0)
    except ZeroDivisionError as e:
        print("divmod", a, type(e).__name__, e)
    try:
        a / 0
    except ZeroDivisionError as e:
        print("/", a, type(e).__name__, e)
print(7 / 2, -7 / 2, 1 / 3, 2 ** 64 / 2, 10 ** 30 / 10 ** 10)
print((2 ** 1000) / (2 ** 998), 1 / (2 ** 70))
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399))
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(10 ** 20, 7), divmod(-(10 ** 20), 7))
x = 100
x //= -7
print(x)
x %= -3
print(x)
