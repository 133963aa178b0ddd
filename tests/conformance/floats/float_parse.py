# float(str) accepted forms and errors (underscores, whitespace, exponents, unicode digits).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for s in ["1", "1.", ".5", "-.5", "+1.5e3", "1E-3", "1e+3", " 3.25 ", "\t\n-0\n", "1_000.5",
          "1_000_000e-3", "1__0", "_1", "1_", "1._5", "1e1_0", "1e", "e5", ".", "", "  ", "0x10",
          "1,5", "١.٥", "１．５", "nan", "-nan", "infinity", "+inf", "1e500", "-1e500", "1e-500",
          "2.5e-324", "2.4703282292062328e-324", "0.1e1", "00001.5", "1.5j", "12abc", "9" * 400,
          "4.9406564584124654e-324", "179769313486231580793728971405301e276", "1.7976931348623159e308"]:
    show("float(%r)" % s, lambda: float(s))
show("float(b'1.5')", lambda: float(b"1.5"))
show("float(bytearray(b'2'))", lambda: float(bytearray(b"2")))
show("float(memoryview(b'3'))", lambda: float(memoryview(b"3")))
show("float(b'x')", lambda: float(b"x"))
show("float('\\x00')", lambda: float("\x00"))
show("float(10**400)", lambda: float(10 ** 400))
show("long error", lambda: float("z" * 300))
