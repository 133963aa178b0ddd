# format-spec mini language on complex numbers and the errors for unsupported parts.
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

vals = [1 + 2j, -1.5 - 0.25j, 0j, -0j, 1e20 + 1e-20j, complex(float("inf"), float("nan")), 3j, 2 + 0j]
specs = ["", "f", ".2f", "e", ".3e", "g", "G", ".1g", "+", " ", "20", "<30", ">30.2f", "^30", "*^30.1f",
         ",.2f", "_.1f", "z.1f", "#g", "n", "+.0f"]
for z in vals:
    print(repr(z), [fmt(z, s) for s in specs])
show("=", lambda: format(1 + 2j, "=20"))
show("0", lambda: format(1 + 2j, "020"))
show("d", lambda: format(1 + 2j, "d"))
show("%", lambda: format(1 + 2j, "%"))
show("x", lambda: format(1 + 2j, "x"))
show("s", lambda: format(1 + 2j, "s"))
show("f-string", lambda: f"{1+2j:>12.3f}|{-3j!r:>8}")
show("%-format", lambda: "%s %r" % (1j, 1 - 1j))
show("%f", lambda: "%f" % (1j,))
