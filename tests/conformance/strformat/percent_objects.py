# %-formatting with objects implementing __int__/__index__/__float__/__str__/__repr__.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

class Idx:
    def __index__(self):
        return 11
class Flt:
    def __float__(self):
        return 2.5
class IntOnly:
    def __int__(self):
        return 7
class SR:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
show("idx d", lambda: "%d %x %o %X" % (Idx(), Idx(), Idx(), Idx()))
show("idx f", lambda: "%f" % Idx())
show("flt f", lambda: "%.2f %e %g" % (Flt(), Flt(), Flt()))
show("flt d", lambda: "%d" % Flt())
show("intonly d", lambda: "%d" % IntOnly())
show("intonly x", lambda: "%x" % IntOnly())
show("sr", lambda: "%s %r %a %5s|%-5r|" % (SR(), SR(), SR(), SR(), SR()))
show("idx c", lambda: "%c" % Idx())
show("str subclass", lambda: "%s" % type("S2", (str,), {})("sub"))
show("int subclass", lambda: "%d %s" % (type("I2", (int,), {})(5), type("I3", (int,), {"__repr__": lambda s: "I3!"})(6)))
show("float subclass", lambda: "%.1f" % type("F2", (float,), {})(1.25))
show("%s of dict", lambda: "%s" % {"a": 1})
show("%s of dict tuple", lambda: "%s %s" % ({"a": 1}, [2]))
show("mapping with %s no key", lambda: "%s" % {"x": 1})
show("%r bytes", lambda: "%r" % b"\x00")
show("%a nonascii", lambda: "%a" % "\u4e16\U0001F600")
show("long fmt", lambda: "%s" * 50 % tuple(range(50)))
