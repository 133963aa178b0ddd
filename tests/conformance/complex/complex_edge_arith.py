# complex arithmetic edge cases: signed zeros, inf and nan propagation, mixed-mode with floats.
inf = float("inf")
nan = float("nan")
def r(z):
    return repr(z)
print(r(complex(0.0, 0.0) * -1), r(-complex(0.0, 0.0)), r(complex(-0.0, 0.0) + 0), r(0j - 0j), r(-0j + 0j))
print(r(1j * 0.0), r(1j * -0.0), r(complex(1, 0) * complex(1, 0)), r(complex(1, -0.0) * 2))
print(r(complex(inf, 0) * 2), r(complex(inf, 0) * 1j), r(complex(inf, inf) * 0), r(complex(nan, 1) + 1))
print(r(complex(1e308, 1e308) + complex(1e308, 1e308)), r(complex(1e308, 0) * complex(10, 0)))
print(r(complex(1, 1) / complex(1e-320, 1e-320)), r(complex(1e300, 1e300) / complex(1e300, 1e300)))
print(r((1 + 2j) * 2.0), r(2.0 * (1 + 2j)), r((1 + 2j) + 0.5), r(0.5 - (1 + 2j)), r((1 + 2j) / 2.0), r(2.0 / (1 + 2j)))
print(r(1 + 2j - (1 + 2j)), r((3 + 4j) * (3 - 4j)), r((1j) ** 3), r((1j) ** 4), r((1 + 1j) ** 2), r((2 + 0j) ** 0.5))
print(r((-1 + 0j) ** 0.5), r((-1) ** 0.5 if False else pow(-1 + 0j, 0.5)), r((1 + 1j) ** -2), r((0.5 + 0.5j) ** 10))
print(abs(complex(inf, nan)), abs(complex(nan, inf)), abs(complex(nan, 0)), abs(complex(3e200, 4e200)))
print(r(complex(1, 2).conjugate() * complex(1, 2)), r(complex(0, 1).conjugate()), r(complex(-0.0, -0.0).conjugate()))
z = 1 + 1j
for _ in range(5):
    z = z * z + (0.1 - 0.2j)
print(r(z))
try:
    print(complex(1e308, 1e308) ** 2)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((1e200j) ** 3)
except OverflowError as e:
    print(type(e).__name__, e)
