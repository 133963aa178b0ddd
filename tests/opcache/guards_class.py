# Class-level changes under specialized sites: a class attribute rebound, a method replaced.
from support.forms import forms, warm


class A:
    k = 1

    def __init__(self):
        self.v = 1

    def m(self):
        return "A.m"


class B:
    k = 2

    def __init__(self):
        self.v = 2

    def m(self):
        return "B.m"


def get_k():
    return A.k


def call_m(o):
    return o.m()


warm(get_k)
print("class attribute:", forms(get_k, "LOAD_ATTR"), get_k())
A.k = 10
print("rebound:", get_k())
warm(get_k)
print("after rebinding:", forms(get_k, "LOAD_ATTR"), get_k())

a = A()
warm(call_m, a)
print("method:", forms(call_m, "LOAD_ATTR"), forms(call_m, "CALL"), call_m(a))
A.m = lambda self: "patched"
print("replaced:", call_m(a))
warm(call_m, a)
print("after replacing:", forms(call_m, "LOAD_ATTR"), forms(call_m, "CALL"), call_m(a))
