# round() builtin dispatch: ints, floats, bools, custom __round__, errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("ints", lambda: [round(v) for v in (0, 5, -5, 2 ** 70)])
show("ints ndigits", lambda: [round(v, -1) for v in (5, 15, 25, 35, -5, -15, 14, 16)])
show("float half even", lambda: [round(v) for v in (0.5, 1.5, 2.5, 3.5, -0.5, -2.5)])
show("float ndigits", lambda: [round(v, 1) for v in (0.05, 0.15, 0.25, 0.35, 0.45, 2.675 * 10)])
show("float neg ndigits", lambda: [round(v, -2) for v in (149.0, 150.0, 250.0, -250.0, 1e20)])
show("float types", lambda: (type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(1.5, None)).__name__))
show("bool", lambda: (round(True), round(False, 2), type(round(True, 1)).__name__))
class R:
    def __round__(self, n=None):
        return ("round", n)
show("custom", lambda: (round(R()), round(R(), 3), round(R(), None)))
show("no __round__", lambda: round("1.5"))
show("no __round__ obj", lambda: round(object()))
show("list", lambda: round([1.5]))
show("complex", lambda: round(1 + 1j))
show("kw", lambda: round(number=2.567, ndigits=2))
show("huge ndigits", lambda: round(1.5, 2 ** 70))
show("huge neg ndigits float", lambda: round(1.5e300, -(2 ** 70)))
