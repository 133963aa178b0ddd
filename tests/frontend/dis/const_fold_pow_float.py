# Float and complex powers folded as CPython: shortest float reprs near powers of two,
# complex ** via c_powi (integral exponents) or the polar form, negative ** fractional.
halves = (2.0**-25, 2.0**-26, -2.0**-25, 2.0**-24 + 2.0**-34)
p = (3j ** 0j, 3j ** 0, 1j ** -1, 1j ** 200, (1 + 1j) ** 2, 1j ** 0.5, (-1.0) ** 0.5, 2 ** (1 + 1j))
q = (0j ** 0j, 0j ** 2, (1 + 2j) ** -3)
r = 0j ** -1
s = (1e200 + 1j) ** 5
