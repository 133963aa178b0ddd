# LOAD_ATTR guards: a changed class, another type, a new attribute layout.
from support.forms import forms, warm


class A:
    def __init__(self):
        self.x = 1


class B:
    def __init__(self):
        self.y = 0
        self.x = 2


def get_x(o):
    return o.x


a = A()
warm(get_x, a)
print("specialized:", forms(get_x, "LOAD_ATTR"), get_x(a))
A.x = property(lambda self: 10)  # a data descriptor on the class now wins
print("class changed:", get_x(a))
warm(get_x, a)
print("after the class changed:", forms(get_x, "LOAD_ATTR"), get_x(a))


def get_x2(o):
    return o.x


warm(get_x2, B())
print("B:", forms(get_x2, "LOAD_ATTR"))
b2 = B()
warm(get_x2, b2)
print("another B:", forms(get_x2, "LOAD_ATTR"), get_x2(b2))
