# CALL of a function whose __code__ changed after the call site specialized: CPython leaves it
# generic (the function has no version any more).
from support.forms import forms, warm


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
