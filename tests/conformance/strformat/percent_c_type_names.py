# %c's TypeError names the argument's type fully qualified (%T): module and qualname, except for
# builtins and __main__; and bytes %-formatting keys with nested parentheses.


def make():
    class PseudoFloat:
        def __float__(self):
            return 1.5
    return PseudoFloat


Local = make()
Moved = make()
Moved.__module__ = "some.module"
Main = make()
Main.__module__ = "__main__"


class Top:
    pass


for cls in (Local, Moved, Main, Top):
    for fmt in ("%c", b"%c"):
        try:
            print(fmt % (cls(),))
        except TypeError as e:
            print(repr(fmt), e)
for v in (1.5, [1], None):
    try:
        print("%c" % (v,))
    except TypeError as e:
        print(e)

print(b"...%(f(o)o)b..." % {b"f(o)o": b"abc", b"foo": b"bar"})
print(bytearray(b"%(a(b)(c)d)s|%(x)s") % {b"a(b)(c)d": b"1", b"x": b"2"})
for fmt in (b"%(f(o)s", b"%(a", b"%((a)"):
    try:
        print(fmt % {b"f(o": 1})
    except (ValueError, KeyError) as e:
        print(fmt, type(e).__name__, e)
