# str/repr/bin/oct/hex of ints, literals with underscores and prefixes.
vals = [0, 1, -1, 7, -7, 255, -255, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 64) - 1, 10 ** 25, -(16 ** 20)]
for v in vals:
    print(str(v), repr(v), bin(v), oct(v), hex(v), v.__repr__(), int.__str__(v))
print(1_000, 0x_FF, 0o_17, 0b_1010, 0XAB, 0O77, 0B11, 1_2_3)
print(0xdead_beef, 0o1234_5670, 0b1111_0000_1111_0000)
print(00, 0_0, -0, +5, - -5, ~~7)
print(int("0" * 50 + "1"), str(int("-000123")))
print(repr(True), repr(False), str(True), int(True) + 0)
print([1, -2, 3], (4,), {5: -6})
print(bin(-0), hex(-0), oct(-0))
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex("a")
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), int(Idx()), [0] * 3 == [0] * Idx() or "no")
print(str(12345678901234567890), len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(str(-(3 ** 300))[:30])
