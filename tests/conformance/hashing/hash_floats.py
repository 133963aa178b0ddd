# hash() of floats: equals hash of equal ints/fractions, inf, -0.0; nan hash is identity-based (not printed).
import math
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 1.5, 2.5, 1e10, 1e20, 1e100, 1e308, 5e-324, 2.0 ** 61,
        2.0 ** 62, -(2.0 ** 63), 1 / 3, 123.456, math.pi, math.inf, -math.inf]
for v in vals:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(1e20) == hash(10 ** 20), hash(2.0 ** 80) == hash(2 ** 80), hash(-0.0) == hash(0))
nan = float("nan")
print(hash(nan) == hash(nan), type(hash(nan)).__name__)
print(hash(1 + 0j), hash(1j), hash(-1j), hash(2.5 - 1.5j), hash(complex(0, 0)), hash(complex(1e20, 0)) == hash(10 ** 20))
print(hash(complex(math.inf, 0)), hash(complex(0, -math.inf)))
print(float.__hash__(2.0), (0.25).__hash__())
d = {}
for x in [1, 1.0, True, 1 + 0j, 2, 2.0, 0.5, 0.5 + 0j]:
    d[x] = repr(x)
print(d)
for k in range(-3, 4):
    f = 2.0 ** (61 * k)
    print(k, hash(f), hash(f) == hash(int(f)) if k >= 0 else "frac")
print(hash(0.5) == hash(-0.5) * -1, hash(1.5), hash(-1.5), hash(2.0 ** -1), hash(3.0 ** -5))
print(hash(1e-300), hash(-1e-300), hash(2.5e-308), hash(123456.789e3))
print([hash(float(i)) == hash(i) for i in (0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 62)])
