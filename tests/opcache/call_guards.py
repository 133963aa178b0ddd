# CALL guards: a function's __code__ and __defaults__ change under a specialized call site.
from support.forms import forms, warm


def f(a):
    return a + 1


def g(a):
    return a * 10


def call_f():
    return f(1)


warm(call_f)
print("specialized:", forms(call_f, "CALL"), call_f())
f.__code__ = g.__code__
print("after __code__ changed:", call_f())


def h(a, b=1):
    return a + b


def call_h():
    return h(1)


warm(call_h)
print("with a default:", forms(call_h, "CALL"), call_h())
h.__defaults__ = (5,)
print("after __defaults__ changed:", call_h())
