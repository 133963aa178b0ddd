# Format-spec mini language for floats: precision, types, grouping, z, #, %, specials.
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

specs = ["", ".0", ".1", ".3", ".17", "e", ".0e", "#.0e", "E", "f", ".0f", "#.0f", "F", "g", ".1g",
         "#.3g", "G", "%", ".2%", "n", ",.2f", "_.3f", ",g", "010.2f", "+.2f", " .2f", "z.2f", "z.0f",
         "=+12.3f", "*<12.3e", "^12", ".3n", ",.0f", "_", ","]
for v in [0.0, -0.0, 1.0, -1.5, 0.000123456, 123456.789, 1e16, 1.5e-300, 9.9999, 0.5, -0.004,
          float("inf"), float("-inf"), float("nan"), 1e100]:
    print(repr(v), [fmt(v, s) for s in specs])
show("rounding .0f", lambda: [format(x, ".0f") for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
show("rounding .1f", lambda: [format(x, ".1f") for x in (0.05, 0.15, 0.25, 0.35, 2.675)])
show("g switching", lambda: [format(10.0 ** k, "g") for k in range(-6, 8)])
show("repr switching", lambda: [format(10.0 ** k, "") for k in range(-6, 18)])
show("0 pad nan", lambda: format(float("nan"), "010.2f"))
show("0 pad inf", lambda: format(float("-inf"), "010"))
show("int with float spec", lambda: format(10 ** 20, ".3e"))
show("huge int f", lambda: format(10 ** 400, "f"))
show("huge int e", lambda: format(10 ** 400, "e"))
show("bool float spec", lambda: format(True, ".2f"))
