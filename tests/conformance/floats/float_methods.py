# is_integer, as_integer_ratio, conjugate, real/imag, float() of objects.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for v in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0 ** 60, 1 / 3]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate())
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
class BadFloat:
    def __float__(self):
        return 1
class MyFloat(float):
    pass
show("WithFloat", lambda: float(WithFloat()))
show("WithIndex", lambda: float(WithIndex()))
show("BadFloat", lambda: float(BadFloat()))
show("float(None)", lambda: float(None))
show("float([])", lambda: float([]))
show("float()", lambda: float())
show("float(True)", lambda: float(True))
show("MyFloat", lambda: MyFloat(1.25))
show("MyFloat type", lambda: type(MyFloat(1) + 1).__name__)
show("float(MyFloat)", lambda: type(float(MyFloat(2))).__name__)
show("float.__new__", lambda: float.__new__(MyFloat, "3.5"))
show("float(x=1)", lambda: float(x=1))
show("1.5.__round__()", lambda: (1.5).__round__())
show("2.5.__round__(0)", lambda: (2.5).__round__(0))
show("float.__trunc__", lambda: (-3.7).__trunc__())
show("float.__floor__", lambda: (-3.2).__floor__())
show("float.__ceil__", lambda: (-3.2).__ceil__())
show("__int__", lambda: (3.99).__int__())
show("__getformat__", lambda: float.__getformat__("double"))
show("__divmod__", lambda: (7.5).__divmod__(2))
show("__rpow__", lambda: (2.0).__rpow__(3))
show("__add__ str", lambda: (1.0).__add__("x"))
show("__eq__ int", lambda: (1.0).__eq__(1))
show("__lt__ big", lambda: (1e308).__lt__(10 ** 400))
show("__mod__", lambda: (-7.5).__mod__(2))
show("__abs__", lambda: (-0.0).__abs__())
show("__bool__", lambda: ((0.0).__bool__(), (-0.0).__bool__(), (1e-300).__bool__()))
