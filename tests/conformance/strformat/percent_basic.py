# %-formatting: every conversion type with ints, floats, strs and odd values.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for v in [0, 42, -42, 255, 2 ** 70, -(2 ** 64), True]:
    print(repr(v), "%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%s|%r|%a" % ((v,) * 15))
for v in [0.0, -0.0, 3.14159, -2.5, 1e20, 1.5e-7, 123456789.0, 0.5, -1.5]:
    print(repr(v), "%d|%i|%e|%E|%f|%F|%g|%G|%s|%r" % ((v,) * 10))
for v in ["abc", "é", "\n", "\U0001F600", None, [1, "x"], (1,), b"x"]:
    print(repr(v), "%s|%r|%a" % (v, v, v))
show("%c int", lambda: "%c%c%c" % (72, 0x20AC, 0x1F600))
show("%c str", lambda: "%c" % "x")
show("%c long str", lambda: "%c" % "xy")
show("%c big", lambda: "%c" % 0x110000)
show("%c neg", lambda: "%c" % -1)
show("%c float", lambda: "%c" % 65.0)
show("%%", lambda: "100%% sure %s" % "yes")
show("%d str", lambda: "%d" % "5")
show("%x float", lambda: "%x" % 1.5)
show("%o float", lambda: "%o" % 8.0)
show("%f str", lambda: "%f" % "1.0")
show("%d None", lambda: "%d" % None)
show("too few", lambda: "%s %s" % ("a",))
show("too many", lambda: "%s" % ("a", "b"))
show("not all converted", lambda: "no specs" % 5)
show("empty tuple ok", lambda: "no specs" % ())
show("dict no specs", lambda: "no specs" % {"a": 1})
show("list arg", lambda: "%s" % [1, 2])
show("tuple arg", lambda: "%s" % ((1, 2),))
show("bare tuple", lambda: "%s" % (1, 2))
show("bad char", lambda: "%y" % 1)
show("incomplete", lambda: "abc %" % ())
show("incomplete 2", lambda: "%-" % 1)
show("index obj", lambda: "%x %d" % (True, 3.99))
show("%d big float", lambda: "%d" % 1e20)
show("%d inf", lambda: "%d" % float("inf"))
show("%e inf", lambda: "%e|%f|%g|%s|%r|%E|%F|%G" % ((float("inf"),) * 8))
show("%f nan", lambda: "%e|%f|%g|%s|%r|%E|%F|%G" % ((float("-nan"),) * 8))
show("%e big int", lambda: "%e" % 10 ** 400)
