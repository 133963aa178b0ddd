# An instance's __class__ assigned under a specialized LOAD_ATTR_INSTANCE_VALUE site.
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


def call_m(o):
    return o.m()


def get_v(o):
    return o.v


a = A()
warm(get_v, a)
print("instance value:", forms(get_v, "LOAD_ATTR"), get_v(a))
a.__class__ = B
print("__class__ assigned:", get_v(a), call_m(a))
warm(get_v, a)
print("after __class__:", forms(get_v, "LOAD_ATTR"), get_v(a))
