# sys.hash_info constants and numeric hash invariants derived from them.
import sys
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
P = hi.modulus
print(P == 2 ** 61 - 1, hash(float("inf")) == hi.inf, hash(float("-inf")) == -hi.inf)
print(hash(1j) == hi.imag, hash(2j) == 2 * hi.imag % P if 2 * hi.imag < P else "wrap")
def num_hash(n):
    h = abs(n) % P
    if n < 0:
        h = -h
    return -2 if h == -1 else h
for n in [0, 1, -1, P - 1, P, P + 1, -P, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30), 3 ** 90]:
    print(n, hash(n), hash(n) == num_hash(n))
def float_hash(x):
    n, d = x.as_integer_ratio()
    inv = pow(d, P - 2, P)
    h = abs(n) * inv % P
    if n < 0:
        h = -h
    return -2 if h == -1 else h
for x in [0.5, -0.5, 0.1, 1e-10, 3.25, -1e300, 2.0 ** -60, 1 / 3]:
    print(repr(x), hash(x), hash(x) == float_hash(x))
def complex_hash(z):
    h = (hash(z.real) + hi.imag * hash(z.imag)) % 2 ** 64
    if h >= 2 ** 63:
        h -= 2 ** 64
    return -2 if h == -1 else h
for z in [1 + 1j, 0.5 - 2j, -3j, complex(1e10, -1e10)]:
    print(repr(z), hash(z), hash(z) == complex_hash(z))
