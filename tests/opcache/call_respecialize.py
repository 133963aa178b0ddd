# CALL of a function whose __code__ changed after the call site specialized: CPython leaves it
# generic (the function has no version any more).
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)


def f(a):
    return a + 1


def g(a):
    return a * 10


def call_f():
    return f(1)


warm(call_f)
f.__code__ = g.__code__
warm(call_f)
print("after __code__ changed:", forms(call_f, "CALL"), call_f())
