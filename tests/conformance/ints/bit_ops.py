# Bitwise operators on negatives and big ints (two's-complement semantics on infinite width).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, -(2 ** 64) + 1, 2 ** 100 + 12345, -(2 ** 100) - 7]
for a in vals:
    print(a, ~a, -a - 1 == ~a)
for a in vals[:7]:
    for b in (3, -3, 2 ** 64 + 5, -(2 ** 70)):
        print(a, b, a & b, a | b, a ^ b)
for a in (1, -1, 5, -5, 2 ** 64, -(2 ** 64) - 3):
    print("shift", a, a << 0, a << 1, a << 63, a << 64, a << 100, a >> 1, a >> 63, a >> 64, a >> 1000)
for bad in (-1, -(2 ** 70)):
    try:
        1 << bad
    except ValueError as e:
        print("<<", bad, type(e).__name__, e)
    try:
        1 >> bad
    except ValueError as e:
        print(">>", bad, type(e).__name__, e)
print(0 << 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
print(type(True & 1).__name__, 0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
m = 0
for i in range(0, 130, 7):
    m |= 1 << i
print(m, bin(m).count("1"))
m &= ~(1 << 63)
print(m, m >> 60)
m ^= -1
print(m)
