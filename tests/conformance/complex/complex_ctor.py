# complex() from strings, numbers, objects; errors and messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for s in ["1+2j", "1-2j", "(1+2j)", " ( -1.5e3-2.5J ) ", "j", "-j", "+j", "2j", "3", "-0j", "1e5",
          "inf", "infj", "nanj", "-inf+nanj", "1 + 2j", "(1+2j", "1+2j)", "", "()", "1+2i", "jj",
          "1_0+2_0j", "1__0j", "0x10j", "1+j", "1-j", "1e-3-1e-3j", "  2j  ", "1.5e+2J"]:
    show("complex(%r)" % s, lambda: complex(s))
show("complex()", lambda: complex())
show("complex(1)", lambda: complex(1))
show("complex(1, 2)", lambda: complex(1, 2))
show("complex(1.5, -0.0)", lambda: complex(1.5, -0.0))
show("complex(1j, 1j)", lambda: complex(1j, 1j))
show("complex(1+2j, 3)", lambda: complex(1 + 2j, 3))
show("complex('1', 2)", lambda: complex("1", 2))
show("complex(1, '2')", lambda: complex(1, "2"))
show("complex(None)", lambda: complex(None))
show("complex([])", lambda: complex([]))
show("complex(real=2, imag=3)", lambda: complex(real=2, imag=3))
show("complex(imag=3)", lambda: complex(imag=3))
show("complex(b'1')", lambda: complex(b"1"))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 7.5
class I:
    def __index__(self):
        return 8
class Bad:
    def __complex__(self):
        return 1.0
show("C", lambda: complex(C()))
show("F", lambda: complex(F()))
show("I", lambda: complex(I()))
show("F, F", lambda: complex(F(), F()))
show("Bad", lambda: complex(Bad()))
show("big int", lambda: complex(10 ** 400))
show("complex.from_number(2)", lambda: complex.from_number(2))
show("complex.from_number(C())", lambda: complex.from_number(C()))
show("complex.from_number('1')", lambda: complex.from_number("1"))
