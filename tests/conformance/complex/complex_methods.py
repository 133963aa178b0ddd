# complex dunder methods and attribute behavior.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

z = complex(2, -3)
show("real", lambda: z.real)
show("imag", lambda: z.imag)
show("set real", lambda: setattr(z, "real", 5))
show("__add__", lambda: z.__add__(1))
show("__radd__", lambda: z.__radd__(1.5))
show("__add__ str", lambda: z.__add__("a"))
show("__mul__", lambda: z.__mul__(1j))
show("__truediv__", lambda: z.__truediv__(2))
show("__rtruediv__", lambda: z.__rtruediv__(1))
show("__pow__", lambda: z.__pow__(2))
show("__neg__", lambda: z.__neg__())
show("__pos__", lambda: z.__pos__())
show("__abs__", lambda: z.__abs__())
show("__bool__", lambda: z.__bool__())
show("__eq__", lambda: z.__eq__(2 - 3j))
show("__eq__ int", lambda: complex(2, 0).__eq__(2))
show("__ne__", lambda: z.__ne__(1))
show("__lt__", lambda: z.__lt__(1))
show("__getnewargs__", lambda: z.__getnewargs__())
show("__complex__", lambda: z.__complex__())
show("conjugate", lambda: z.conjugate())
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
show("sub repr", lambda: repr(m))
show("sub add type", lambda: type(m + 1).__name__)
show("sub isinstance", lambda: isinstance(m, complex))
show("complex(sub)", lambda: type(complex(m)).__name__)
show("sorted by abs", lambda: sorted([3j, 1 + 1j, -2, 0.5j], key=abs))
show("sum complex", lambda: sum([1j, 2, 3.5, -1j]))
show("max complex", lambda: max([1j, 2j]))
show("in list", lambda: (1 + 0j) in [1])
show("dict key", lambda: {1: "int"}[complex(1, 0)])
show("set", lambda: len({1, 1.0, 1 + 0j, True}))
