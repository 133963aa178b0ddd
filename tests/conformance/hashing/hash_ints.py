# hash() of ints: small, negatives (-1 -> -2), 2**61-1 modulus multiples, big ints, bool.
M = 2 ** 61 - 1
vals = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, M - 1, M, M + 1, 2 * M, 2 * M + 5, -M, -M - 1,
        2 ** 61, 2 ** 62, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 2 ** 64 + 1, 10 ** 20, -(10 ** 20),
        2 ** 122, 3 ** 100, -(3 ** 100), M ** 2, M ** 2 - 1]
for v in vals:
    print(v, hash(v))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(M) == hash(0), hash(M + 1) == hash(1))
print([hash(i) for i in range(-5, 6)])
print(hash(int("123456789" * 5)), (123).__hash__(), int.__hash__(-1))
class I(int):
    pass
print(hash(I(-1)), hash(I(2 ** 70)) == hash(2 ** 70))
class H(int):
    def __hash__(self):
        return -1
print(hash(H(5)))
class H2:
    def __hash__(self):
        return 2 ** 64
class H3:
    def __hash__(self):
        return -(2 ** 64) - 1
class H4:
    def __hash__(self):
        return True
print(hash(H2()), hash(H3()), hash(H4()))
