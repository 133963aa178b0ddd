# any/all short-circuiting, abs on numeric types and objects, divmod, pow builtin forms.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

seen = []
def track(v):
    seen.append(v)
    return v
show("any short", lambda: (any(track(v) for v in [0, 2, 3]), list(seen)))
seen.clear()
show("all short", lambda: (all(track(v) for v in [1, 0, 3]), list(seen)))
show("any empty", lambda: (any([]), all([]), any(""), all("")))
show("any int", lambda: any(5))
show("all strs", lambda: all(["a", "", "b"]))
show("abs", lambda: (abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100))))
show("abs inf nan", lambda: (abs(float("-inf")), abs(float("nan"))))
show("abs str", lambda: abs("x"))
class A:
    def __abs__(self):
        return "abs!"
show("abs custom", lambda: abs(A()))
show("divmod ints", lambda: [divmod(a, b) for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]])
show("divmod floats", lambda: [divmod(a, b) for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5)]])
show("divmod zero", lambda: divmod(1, 0))
show("divmod float zero", lambda: divmod(1.0, 0))
show("divmod str", lambda: divmod("a", 1))
show("divmod complex", lambda: divmod(1j, 1))
class D:
    def __divmod__(self, other):
        return ("dm", other)
    def __rdivmod__(self, other):
        return ("rdm", other)
show("divmod custom", lambda: (divmod(D(), 2), divmod(3, D())))
show("pow 2", lambda: (pow(2, 8), pow(2.0, -1), pow(-8, 1 / 3).__class__.__name__))
show("pow 3", lambda: (pow(5, 3, 13), pow(-5, 3, 13), pow(5, -1, 13)))
show("pow 3 float", lambda: pow(2.0, 3, 5))
show("pow 3 noninvertible", lambda: pow(6, -1, 9))
show("pow mod 0", lambda: pow(2, 3, 0))
show("pow kw", lambda: pow(exp=2, base=5, mod=3))
class Pw:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
show("pow custom", lambda: (pow(Pw(), 2), pow(Pw(), 2, 7), 3 ** Pw()))
show("pow custom 3 rpow", lambda: pow(3, Pw(), 5))
