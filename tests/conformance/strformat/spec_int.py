# Format-spec mini language for ints: fill, align, sign, #, 0, width, grouping, types.
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

specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "0>5", "+", "-", " ", "+5", "=+6", "05", "+06", "z",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", ",", "_", ",d", "_x", "_b", "#_o", "08,",
         "010,", "c", "n", "e", ".2e", "f", ".1f", "g", "%", ".0%", "G", "E"]
for v in [0, 7, -7, 255, 1234567, -1234567890, 2 ** 64, True]:
    print(repr(v), [fmt(v, s) for s in specs])
show("precision int", lambda: format(5, ".2"))
show("precision d", lambda: format(5, ".2d"))
show("c neg", lambda: format(-1, "c"))
show("c big", lambda: format(0x110000, "c"))
show("c sign", lambda: format(65, "+c"))
show("c alt", lambda: format(65, "#c"))
show("s", lambda: format(5, "s"))
show(", with n", lambda: format(5, ",n"))
show(", with b", lambda: format(5, ",b"))
show("_ with o", lambda: format(10 ** 9, "_o"))
show("both , _", lambda: format(5, ",_"))
show("bad", lambda: format(5, "5.5.5"))
show("bad type", lambda: format(5, "y"))
show("unknown fill align", lambda: format(5, "xx5"))
show("z int", lambda: format(-0, "z"))
show("width huge", lambda: format(5, "99999999999999999999"))
show("grouping .,", lambda: format(1234567, ".,"))
show("fill brace", lambda: format(5, "{<3"))
show("fill non-BMP", lambda: format(5, "\U0001F600^5"))
show("0 with align", lambda: format(-5, "<05"))
show("0 with fill", lambda: format(-5, "x=05"))
show("big grouped", lambda: format(10 ** 30, ","))
show("neg grouped 0", lambda: format(-1234, "010,"))
show("neg grouped 0 2", lambda: format(-1234, "09,"))
show("hex big", lambda: format(-(2 ** 70), "#_x"))
