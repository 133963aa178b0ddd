# format() of floats with common specs and the float-specific errors.
def fmt(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

vals = [0.0, -0.0, 1.0, 1234.5678, -0.000123456, 1e20, 1e-10, 123456789.0, float("inf"), float("nan"), 2.5, 0.125]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^12.3e", "e", "E", "g", "G", ".3g", ".10g", "%", ".1%",
         "+", " ", "+.2e", ",.2f", "_.3f", "015.3f", "z.1f", "#g", "#.0f", ".0e", "n", "=+12.2f", "*>10g"]
for v in vals:
    print(repr(v), [fmt(v, s) for s in specs])
show("d", lambda: format(1.5, "d"))
show("x", lambda: format(1.5, "x"))
show("c", lambda: format(1.5, "c"))
show("s", lambda: format(1.5, "s"))
show(",_", lambda: format(1.5, ",_f"))
show("big prec", lambda: format(1.5, ".50f"))
show("bad", lambda: format(1.5, "10.2.3f"))
show("= with str fill", lambda: format(-1.5, "x=10"))
show("precision too big", lambda: format(1.5, ".9999999999999999999f"))
show("z g", lambda: format(-0.0001, "z.2f"))
show("z neg", lambda: format(-0.0, "z"))
show("f big", lambda: format(1e300, "f")[:20])
show("g 17", lambda: format(0.1, ".17g"))
show("r 20", lambda: format(2 / 3, ".20f"))
