# %-formatting flags, width, precision, * width/precision and the dict form.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for spec in ["%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "% 05d", "%.3d", "%8.3d", "%-8.3d|",
             "%#o", "%#x", "%#X", "%#5x", "%#05x", "%-#8o|", "%+x", "%.0d", "%0-5d|", "%+ d"]:
    print(spec, repr(spec % 42), repr(spec % -42), repr(spec % 0))
for spec in ["%.2f", "%10.3f", "%-10.1f|", "%010.2f", "%+.1e", "% .3g", "%#.0f", "%#g", "%#.3g", "%.0e",
             "%.15g", "%.20f", "%08.2e", "%+010.3f", "%.100f"]:
    print(spec, repr(spec % 3.14159), repr(spec % -0.000123), repr(spec % 1e16))
for spec in ["%10s|", "%-10s|", "%.2s", "%5.1s|", "%-5.3r|", "%.0s|", "%010s"]:
    print(spec, repr(spec % "hello"))
show("* width", lambda: "%*d|" % (6, 42))
show("* neg width", lambda: "%*d|" % (-6, 42))
show("* prec", lambda: "%.*f" % (2, 3.14159))
show("* both", lambda: "%*.*f|" % (10, 3, 2.5))
show("* str", lambda: "%*s|" % ("5", "x"))
show("* missing", lambda: "%*d" % (5,))
show("dict", lambda: "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
show("dict reuse", lambda: "%(x)s-%(x)r-%(x)5.1f" % {"x": 2.25})
show("dict flags", lambda: "%(n)+08.2f|%(n)-8d|" % {"n": -3.5})
show("dict missing", lambda: "%(missing)s" % {"a": 1})
show("dict with tuple", lambda: "%(a)s" % ({"a": 1},))
show("dict not mapping", lambda: "%(a)s" % (1,))
show("dict and positional", lambda: "%(a)s %s" % {"a": 1})
show("dict paren nesting", lambda: "%(a(b))s" % {"a(b)": 5})
show("unterminated key", lambda: "%(abc" % {"abc": 1})
show("dict star", lambda: "%(a)*d" % {"a": 1})
show("big width", lambda: len("%300d" % 1))
show("huge width", lambda: "%99999999999999999999d" % 1)
show("prec too big", lambda: "%.99999999999d" % 1)
class Mapping:
    def __getitem__(self, key):
        return key.upper()
show("custom mapping", lambda: "%(abc)s %(x)s" % Mapping())
show("bytes %", lambda: b"%s and %d and %5.2f and %x and %c" % (b"bin", 7, 1.5, 255, 65))
show("bytes %s str", lambda: b"%s" % "str")
show("bytes %r", lambda: b"%r|%a" % ("é", "é"))
show("bytes %c", lambda: b"%c%c" % (b"x", 256))
