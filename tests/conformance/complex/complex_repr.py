# repr/str forms of complex numbers: signed zeros, nan, inf, integral parts, exponents.
vals = [0j, -0j, 1j, -1j, 1 + 0j, -1 + 0j, 1 - 0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0),
        1.5 + 2.5j, -1.5 - 2.5j, 1e20j, 1e-20 + 1e20j, complex(1e16, 1e16), 3 + 4j, 0.1 + 0.2j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag)
inf = float("inf")
nan = float("nan")
for z in [complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan),
          complex(nan, nan), complex(inf, nan), complex(-nan, -inf)]:
    print(repr(z), z.real, z.imag)
print([1j, 2 + 0j], (1 - 1j,), {1j: -1j})
print(f"{1+2j}", "%s" % (3 - 4j), "{}".format(-2j), format(1 + 1j), format(1.5j, ""))
print(1j * 1j, (1j) ** 2, 2j / 1j, -(1 + 2j), +(1 - 2j), -(0j), -(-0j))
print(complex(1, 2) == 1 + 2j, complex(2) == 2, 2 == complex(2, 0), 1j == 1, (1 + 0j) == 1.0)
print(repr(complex(1, 1e-310)), repr(complex(123456789012345678, 0)), repr(complex(0.5, -0.25)))
for re_, im in [(0.0, 1e-7), (1e-7, 0.0), (123.0, 1e16), (1e16, -1e-16), (-2.5, float("-inf")), (1, -0.0)]:
    z = complex(re_, im)
    print(repr(z), str(z), repr(-z), repr(z.conjugate()), f"{z}", "%s" % z)
print(eval(repr(3 - 4j)) == 3 - 4j, complex(repr(1.5 - 2j)) == 1.5 - 2j, complex(str(-0j)))
print(repr(complex("-0-0j")), repr(complex("-0+0j")), repr(complex("0-0j")))
print(repr(1j * 1e300 * 1e10), repr(complex(1e300 * 1e10, 0) * 0))
