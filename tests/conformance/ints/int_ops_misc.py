# Unary ops, abs, augmented assignment, chained comparisons, int and bool mixtures.
vals = [0, 3, -3, 2 ** 63, -(2 ** 63), 10 ** 20]
for v in vals:
    print(v, -v, +v, abs(v), ~v, not v, v == -(-v))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 2 ** 64 > 2 ** 63 > 2 ** 62)
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, abs(-True))
print(5 + True, 5 * False, 2 ** True, True ** 5, divmod(True, 2))
print(max(3, -2, 2 ** 70), min(3, -2, -(2 ** 70)), sum([2 ** 62] * 8))
acc = 0
for i in range(-5, 6):
    acc += i * i * i
    acc -= i // 3
    acc *= 1 if i else -1
print(acc)
n = 2 ** 62
n += n
print(n, type(n).__name__)
n += n
print(n)
n -= 2 ** 64
print(n)
x = -17
print(x % 5, x % -5, -x % 5, x // 5, x // -5, (-x) // -5)
print(abs(-(2 ** 63)), abs(-(2 ** 64)), abs(0))
try:
    print(1 + "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("1" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(abs("x"))
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", 1 == None, None == 0)
